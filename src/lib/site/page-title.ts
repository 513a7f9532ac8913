export const SITE_NAME = 'Kent care in numbers';

/** A page's <title>: browsers and search results cut near 70 characters (and html-validate counts an escaped apostrophe as five), so the site name goes first, then words. */
export function pageTitle(title: string): string {
  const withSite = title === SITE_NAME ? title : `${title} | ${SITE_NAME}`;
  if (withSite.length <= 64) return withSite;
  return title.length <= 64 ? title : `${title.slice(0, 63).replace(/\s+\S*$/, '')}…`;
}
