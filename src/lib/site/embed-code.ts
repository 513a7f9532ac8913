// The code readers paste to embed a measure: an iframe of /embed/<id>/ at a fixed height that
// fits most embeds without JavaScript, and /embed.js, which resizes it to its content.
import { EMBED_ASK_MESSAGE, EMBED_HEIGHT_MESSAGE } from './embed-message.ts';
import { SITE_URL, siteUrl } from './site-url.ts';

/**
 * The iframe's height where /embed.js does not run. Chosen from every embed's measured height (see
 * docs/embedding.md): it shows the whole of most embeds at a desktop width and of about half at a
 * phone's; a taller embed scrolls inside the frame, its credit line kept in sight.
 */
export const EMBED_FALLBACK_HEIGHT = 900;

/** The width oEmbed asks a consumer to give the embed (the iframe itself takes 100%): the chart's widest drawing and the page's padding. */
export const EMBED_WIDTH = 932;

const escapeAttribute = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export const embedPageUrl = (id: string) => siteUrl(`/embed/${id}/`);
export const oembedUrl = (id: string) => siteUrl(`/embed/${id}/oembed.json`);
export const hostScriptUrl = () => siteUrl('/embed.js');

/** The embed code shown on the trend page and given by its oEmbed file, character for character. */
export function embedCode(id: string, label: string): string {
  return `<iframe src="${escapeAttribute(embedPageUrl(id))}" title="${escapeAttribute(`${label}: chart and figures`)}" width="100%" height="${EMBED_FALLBACK_HEIGHT}" loading="lazy" style="border:0"></iframe>\n`
    + `<script async src="${escapeAttribute(hostScriptUrl())}"></script>`;
}

/** /embed.js: its source with the site's origin and the message names written in. */
export function hostScript(source: string, site = SITE_URL): string {
  return source
    .replace(/^\s*\/\/.*\n/gm, '')
    .replace('__ORIGIN__', JSON.stringify(new URL(site).origin))
    .replace('__HEIGHT__', JSON.stringify(EMBED_HEIGHT_MESSAGE))
    .replace('__ASK__', JSON.stringify(EMBED_ASK_MESSAGE));
}
