import type { APIRoute, GetStaticPaths } from 'astro';
import { drawCard } from '../../lib/cards/draw-card.ts';
import { shareCards } from '../../lib/cards/share-cards.ts';
import { toPng } from '../../lib/trends/exports.ts';

// Each page's share card (og:image), beside the page: /card.png for the home page, /trends/x/card.png...
export const getStaticPaths = (async () => [...(await shareCards()).keys()].map((path) => ({
  params: { page: path === '/' ? undefined : path.slice(1, -1) },
}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const card = (await shareCards()).get(params.page ? `/${params.page}/` : '/')!;
  return new Response(new Uint8Array(toPng(drawCard(card))), { headers: { 'Content-Type': 'image/png' } });
};
