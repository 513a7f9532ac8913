// The deployment recipes in deploy/ and .github/ say what the site itself says: the nginx file sends
// the same security policies as the pages' meta tags, and the GitHub Pages workflow builds with the
// address GitHub gives and publishes dist/. The address check refuses what no reader could reach.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, REFERRER_POLICY } from '../../src/lib/site/security.ts';
import { checkPublicAddress, configuredUrl } from '../../src/lib/site/site-url.ts';

const root = path.resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(path.join(root, file), 'utf8');

describe('deploy/nginx.conf', () => {
  const conf = read('deploy/nginx.conf');
  it('sends the pages\' own security policies as headers, and lets embeds be framed', () => {
    expect(conf).toContain(`add_header Content-Security-Policy "${CONTENT_SECURITY_POLICY}" always;`);
    expect(conf).toContain(`add_header Referrer-Policy "${REFERRER_POLICY}" always;`);
    expect(conf).toContain('add_header X-Content-Type-Options "nosniff" always;');
    expect(conf).not.toContain('add_header X-Frame-Options');
    expect(CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
  });
  it('lets other sites read the oEmbed files', () => {
    expect(conf).toMatch(/location ~ \^\/care\/embed\/\[\^\/\]\+\/oembed\\\.json\$ \{\n\s+add_header Access-Control-Allow-Origin "\*" always;/);
  });
  it('serves the site\'s own 404 page from its folder', () => {
    expect(conf).toContain('error_page 404 /care/404.html;');
  });
});

describe('the GitHub Pages workflow', () => {
  const workflow = read('.github/workflows/pages.yml');
  it('builds with the address GitHub Pages gives, or the SITE_URL variable, and publishes dist/', () => {
    expect(workflow).toContain('run: npm run build');
    expect(workflow).toContain('SITE_URL: ${{ vars.SITE_URL || steps.pages.outputs.base_url }}');
    expect(workflow).toMatch(/upload-pages-artifact@v\d+\n\s+with:\n\s+path: dist\n/);
  });
});

describe('the site\'s address', () => {
  it('is read from site.config.json', () => {
    expect(configuredUrl(root)).toBe(JSON.parse(read('site.config.json')).url);
  });

  it('accepts a public address, with or without its closing slash, and keeps its folder', () => {
    expect(checkPublicAddress('https://www.example.org/care', 'test')).toEqual({ ok: true, url: 'https://www.example.org/care/' });
    expect(checkPublicAddress('https://owner.github.io/kent-care', 'test')).toEqual({ ok: true, url: 'https://owner.github.io/kent-care/' });
  });

  it.each([
    ['', 'has no public address'],
    ['http://localhost:4321/', 'can only be reached from this computer or its network'],
    ['http://127.0.0.1/', 'can only be reached from this computer or its network'],
    ['http://192.168.1.20/care/', 'can only be reached from this computer or its network'],
    ['http://[::1]:8080/', 'can only be reached from this computer or its network'],
    ['http://intranet/', 'can only be reached from this computer or its network'],
    ['www.example.org/care/', 'is not a web address'],
    ['ftp://example.org/', 'must start with https://'],
    ['https://example.org/care/?v=2', 'must not have a query'],
  ])('refuses %j, saying why and where to set it', (raw, why) => {
    const result = checkPublicAddress(raw, 'site.config.json');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem).toContain(why);
      expect(result.problem).toContain('Set the site\'s public address in site.config.json');
    }
  });
});
