// A measure's oEmbed response (https://oembed.com/, version 1.0), served as a static file at
// /embed/<id>/oembed.json and named by a discovery link on its trend and embed pages, so that a
// site given the page's address (a CMS, a chat app) can embed the chart without the code being pasted.
import { CARD_HEIGHT, CARD_WIDTH } from '../cards/draw-card.ts';
import { cardPath } from '../cards/share-cards.ts';
import { chartTitle } from '../trends/exports.ts';
import type { TrendEntry } from '../trends/trends.ts';
import { EMBED_FALLBACK_HEIGHT, EMBED_WIDTH, embedCode } from './embed-code.ts';
import { SITE_NAME } from './page-title.ts';
import { siteUrl } from './site-url.ts';

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

export function oembed(entry: TrendEntry): OEmbedRich {
  const id = entry.metric.id;
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
    // The thumbnail is the trend page's share card: its figure, chart and source at 1200 by 630.
    thumbnail_url: siteUrl(cardPath(`/trends/${id}/`)),
    thumbnail_width: CARD_WIDTH,
    thumbnail_height: CARD_HEIGHT,
  };
}
