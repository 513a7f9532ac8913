import type { APIRoute, GetStaticPaths } from 'astro';
import { SITE_URL } from '../../../lib/site/site-url.ts';
import { standaloneSvg, toPng } from '../../../lib/trends/exports.ts';
import { downloadPaths, sourceTitles, trendsAt } from '../../../lib/trends/trends.ts';

// A measure whose figures moved keeps these addresses, serving where its figures went.
export const getStaticPaths = downloadPaths satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const [entry] = await trendsAt(params.id!);
  return new Response(new Uint8Array(toPng(standaloneSvg(entry!, await sourceTitles(), SITE_URL))), { headers: { 'Content-Type': 'image/png' } });
};
