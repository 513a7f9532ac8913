// For static hosting with a strict Content-Security-Policy: every page carries the policy, no
// script is inline, no element has an inline event handler or a javascript: link, and dist/_headers
// gives the same policy to hosts that read it. (pages.test.ts fails on any console error, which is
// where a browser reports a blocked script or style.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../src/lib/site/security.ts';
import { dist } from './browser.ts';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? htmlFiles(full) : name.endsWith('.html') ? [full] : [];
  });
}
const pages = htmlFiles(dist);
const attr = (s: string) => s.replaceAll("'", '&#39;');

describe('the security policy', () => {
  it('allows no inline script, and no eval (WebAssembly apart, for search)', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src '))!;
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
  });

  it('is in every page, before anything it governs, with no inline script, handler or javascript: link', () => {
    const problems: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const rel = path.relative(dist, file);
      const meta = html.indexOf('http-equiv="Content-Security-Policy"');
      if (meta === -1 || !html.includes(`content="${CONTENT_SECURITY_POLICY}"`) && !html.includes(`content="${attr(CONTENT_SECURITY_POLICY)}"`)) problems.push(`${rel}: no policy meta tag`);
      else if (/<(?:script|link|style)\b/.exec(html.slice(0, meta))) problems.push(`${rel}: the policy comes after a script or style`);
      for (const m of html.matchAll(/<script\b([^>]*)>/g)) if (!/\bsrc=/.test(m[1]!) && !/type="application\/(?:ld\+)?json"/.test(m[1]!)) problems.push(`${rel}: an inline script`);
      for (const m of html.matchAll(/<[a-z][^>]*\s(on[a-z]+)=/g)) problems.push(`${rel}: an inline ${m[1]} handler`);
      if (/href="\s*javascript:/i.test(html)) problems.push(`${rel}: a javascript: link`);
    }
    expect(pages.length).toBeGreaterThan(600);
    expect(problems).toEqual([]);
  });

  it('is given to static hosts in _headers, with the referrer policy', () => {
    const headers = readFileSync(path.join(dist, '_headers'), 'utf8');
    expect(headers).toContain(`Content-Security-Policy: ${CONTENT_SECURITY_POLICY}`);
    expect(headers).toContain('Referrer-Policy: strict-origin-when-cross-origin');
    // Other sites read the oEmbed files, some from the reader's browser.
    expect(headers).toContain('/embed/*\n  Access-Control-Allow-Origin: *\n');
  });
});
