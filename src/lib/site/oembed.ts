// A measure's oEmbed response (https://oembed.com/, version 1.0), served as a static file at
// /embed/<id>/oembed.json and named by a discovery link on its trend and embed pages, so that a
// site given the page's address (a CMS, a chat app) can embed the chart without the code being pasted.
import { chartTitle, pngSize, standaloneSvg } from '../trends/exports.ts';
import type { TrendEntry } from '../trends/trends.ts';
import { EMBED_FALLBACK_HEIGHT, EMBED_WIDTH, embedCode } from './embed-code.ts';
import { SITE_NAME } from './page-title.ts';
import { SITE_URL, siteUrl } from './site-url.ts';

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

export function oembed(entry: TrendEntry, titles: ReadonlyMap<string, string>): OEmbedRich {
  const id = entry.metric.id;
  // The thumbnail is the chart PNG, also the trend page's link preview.
  const thumbnail = pngSize(standaloneSvg(entry, titles, SITE_URL));
  return {
    version: '1.0',
    type: 'rich',
    title: chartTitle(entry),
    provider_name: SITE_NAME,
    provider_url: siteUrl('/'),
    html: embedCode(id, entry.metric.label),
    // The iframe fills the width it is given and /embed.js fits its height; these are what it needs without them.
    width: EMBED_WIDTH,
    height: EMBED_FALLBACK_HEIGHT,
    thumbnail_url: siteUrl(`/trends/${id}/chart.png`),
    thumbnail_width: thumbnail.width,
    thumbnail_height: thumbnail.height,
  };
}
