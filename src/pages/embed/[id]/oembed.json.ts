import type { APIRoute, GetStaticPaths } from 'astro';
import { oembed } from '../../../lib/site/oembed.ts';
import { trends } from '../../../lib/trends/trends.ts';

// One per embeddable measure: a measure whose figures moved has no embed of its own, so no oEmbed.
export const getStaticPaths = (async () => [...(await trends()).keys()].map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const entry = (await trends()).get(params.id!)!;
  return new Response(`${JSON.stringify(oembed(entry), null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
