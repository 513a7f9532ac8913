import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_URL } from '../../../lib/site/site-url.ts';
import { figuresCsv } from '../../../lib/trends/exports.ts';
import { downloadPaths, trendsAt } from '../../../lib/trends/trends.ts';

// A measure whose figures moved keeps these addresses, serving where its figures went.
export const getStaticPaths = downloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const entries = await trendsAt(params.id!);
  return new Response(figuresCsv(entries.flatMap((e) => e.trend.figures), SITE_URL), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
