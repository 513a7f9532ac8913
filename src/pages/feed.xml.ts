// An Atom feed (RFC 4287) of new editions and corrections, newest first.
import type { APIRoute } from 'astro';
import { changeLog, describeRevision, revisedFigure } from '../lib/site/changes.ts';
import { escapeXml } from '../lib/site/format.ts';
import { SITE_NAME } from '../lib/site/page-title.ts';
import { siteData } from '../lib/site/site-data.ts';
import { siteUrl as url } from '../lib/site/site-url.ts';

export const GET: APIRoute = async () => {
  const data = await siteData();
  const log = changeLog(data);
  const entries = log.map((e) => {
    const [title, link, summary] = e.kind === 'edition'
      ? [`Edition ${e.edition.id} published: ${e.edition.source.title}`, `/reports/${e.edition.id}/`, `${e.edition.figures.length} figures from ${e.edition.source.title}, each linked to the sentence that states it. Data version ${e.edition.version}.`]
      : [`Correction: ${revisedFigure(e.revision, e.metric)}`, `/trends/${e.revision.metric}/#corrections`, `${describeRevision(e.revision, data.metrics)} Why: ${e.revision.reason} (${e.title}, now version ${e.revision.version}.)`];
    return [
      '  <entry>',
      `    <title>${escapeXml(title)}</title>`,
      `    <link href="${escapeXml(url(link))}"/>`,
      `    <id>${escapeXml(url(`/changes/#${e.id}`))}</id>`,
      `    <updated>${e.date}</updated>`,
      `    <summary>${escapeXml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  const xml = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <title>${escapeXml(SITE_NAME)}: new editions and corrections</title>`,
    `  <link rel="self" href="${escapeXml(url('/feed.xml'))}"/>`,
    `  <link href="${escapeXml(url('/changes/'))}"/>`,
    `  <id>${escapeXml(url('/feed.xml'))}</id>`,
    `  <updated>${log[0]?.date ?? '1970-01-01T00:00:00Z'}</updated>`,
    `  <author><name>${escapeXml(SITE_NAME)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
