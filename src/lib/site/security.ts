// The Content-Security-Policy every page carries (in a meta tag, and in dist/_headers for hosts
// that read one). Scripts only from the site itself, never inline (search's WebAssembly apart); Plot's charts carry <style>
// elements, so inline styles are allowed.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Search runs Pagefind's WebAssembly, which needs 'wasm-unsafe-eval' (WebAssembly only, not eval).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** `_headers` (Netlify, Cloudflare Pages): the same policies as HTTP headers. Embeds may be framed anywhere, so no frame-ancestors. */
export function headersFile(basePath = '/'): string {
  return [
    `${basePath}*`,
    `  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`,
    `  Referrer-Policy: ${REFERRER_POLICY}`,
    '  X-Content-Type-Options: nosniff',
    // oEmbed files are read by other sites, some from the reader's browser.
    `${basePath}embed/*`,
    '  Access-Control-Allow-Origin: *',
    '',
  ].join('\n');
}
