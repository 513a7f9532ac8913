// An Atom feed (RFC 4287) of new editions and corrections, newest first.
import type { APIRoute } from 'astro';
import { changeLog, describeRevision, revisedFigure } from '../lib/site/changes.ts';
import { SITE_NAME } from '../lib/site/page-title.ts';
import { siteData } from '../lib/site/site-data.ts';
import { SITE_URL } from '../lib/site/site-url.ts';

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const url = (p: string) => new URL(p, SITE_URL).href;

export const GET: APIRoute = async () => {
  const log = changeLog(await siteData());
  const entries = log.map((e) => {
    const [title, link, summary] = e.kind === 'edition'
      ? [`Edition ${e.edition.id} published: ${e.edition.source.title}`, `/reports/${e.edition.id}/`, `${e.edition.figures.length} figures from ${e.edition.source.title}, each linked to the sentence that states it. Data version ${e.edition.version}.`]
      : [`Correction: ${revisedFigure(e.revision, e.metric)}`, `/trends/${e.revision.metric}/#corrections`, `${describeRevision(e.revision, e.metric)} Why: ${e.revision.reason} (${e.title}, now version ${e.revision.version}.)`];
    return [
      '  <entry>',
      `    <title>${escape(title)}</title>`,
      `    <link href="${escape(url(link))}"/>`,
      `    <id>${escape(url(`/changes/#${e.id}`))}</id>`,
      `    <updated>${e.date}</updated>`,
      `    <summary>${escape(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escape(SITE_NAME)}: new editions and corrections</title>`,
    `  <link rel="self" href="${escape(url('/feed.xml'))}"/>`,
    `  <link href="${escape(url('/changes/'))}"/>`,
    `  <id>${escape(url('/feed.xml'))}</id>`,
    `  <updated>${log[0]?.date ?? '1970-01-01T00:00:00Z'}</updated>`,
    `  <author><name>${escape(SITE_NAME)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
