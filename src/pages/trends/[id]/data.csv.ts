import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_URL } from '../../../lib/site/site-url.ts';
import { figuresCsv } from '../../../lib/trends/exports.ts';
import { trends } from '../../../lib/trends/trends.ts';

export const getStaticPaths = (async () => [...(await trends()).keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const entry = (await trends()).get(params.id!)!;
  return new Response(figuresCsv(entry.trend.figures, SITE_URL), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
