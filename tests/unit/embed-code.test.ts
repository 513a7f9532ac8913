// The embed code and /embed.js as text: what a reader copies must stay one well-formed iframe and
// one script, whatever a measure's label holds.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EMBED_FALLBACK_HEIGHT, embedCode, hostScript } from '../../src/lib/site/embed-code.ts';
import { EMBED_ASK_MESSAGE, EMBED_HEIGHT_MESSAGE } from '../../src/lib/site/embed-message.ts';
import { siteUrl } from '../../src/lib/site/site-url.ts';

const source = readFileSync(path.resolve(import.meta.dirname, '../../src/scripts/embed-host.js'), 'utf8');

describe('the embed code', () => {
  it('is an iframe of the embed page at the fallback height, then the host script, both at the site’s address', () => {
    const [iframe, script] = embedCode('children-in-care', 'Children in care').split('\n');
    expect(iframe).toBe(`<iframe src="${siteUrl('/embed/children-in-care/')}" title="Children in care: chart and figures" width="100%" height="${EMBED_FALLBACK_HEIGHT}" loading="lazy" style="border:0"></iframe>`);
    expect(script).toBe(`<script async src="${siteUrl('/embed.js')}"></script>`);
  });

  it('keeps a label with quotes and markup inside its title attribute', () => {
    const code = embedCode('x', 'A "quoted" <b>label</b> & more');
    expect(code).toContain('title="A &quot;quoted&quot; &lt;b&gt;label&lt;/b&gt; &amp; more: chart and figures"');
    expect(code.match(/</g)).toHaveLength(4);
  });
});

describe('/embed.js', () => {
  it('has the site’s origin and the message names written in, and no comments', () => {
    const script = hostScript(source, 'https://example.org/care/');
    expect(script).toContain('"https://example.org"');
    expect(script).toContain(JSON.stringify(EMBED_HEIGHT_MESSAGE));
    expect(script).toContain(JSON.stringify(EMBED_ASK_MESSAGE));
    expect(script).not.toMatch(/__[A-Z]+__|^\s*\/\//m);
    // It parses as a script.
    expect(() => new Function(script)).not.toThrow();
  });
});
