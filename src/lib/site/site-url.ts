/** The site's public address: set SITE_URL when deploying; locally the site is served here. */
export const SITE_URL = process.env.SITE_URL ?? 'http://localhost:4321';
