// Every file /data/ offers (see downloads.ts).
import type { APIRoute, GetStaticPaths } from 'astro';
import { downloads } from '../../lib/site/downloads.ts';

export const getStaticPaths = (() => downloads().map((d) => ({ params: { file: d.path } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = { csv: 'text/csv; charset=utf-8', json: 'application/json', txt: 'text/plain; charset=utf-8' };

export const GET: APIRoute = ({ params }) => {
  const body = downloads().find((d) => d.path === params.file)!.body();
  return new Response(typeof body === 'string' ? body : new Uint8Array(body), { headers: { 'Content-Type': TYPES[params.file!.split('.').pop()!] ?? 'application/octet-stream' } });
};
