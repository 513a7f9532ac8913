// The W3C's own validator, the Nu HTML Checker (`vnu-jar` from npm, on Debian's Java), over every
// built page and chart SVG in one run: no error, and no warning but the one explained below.
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findJava, INSTALL_JAVA } from '../../src/lib/java.ts';
import { dist, root } from './browser.ts';

const VNU_JAR = path.join(root, 'node_modules/vnu-jar/build/dist/vnu.jar');
const files = readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html') || f.endsWith('.svg')).sort();

interface NuMessage { type: string; subType?: string; url?: string; message: string; lastLine?: number; firstColumn?: number }

/**
 * Checked from disk, a page's origin is `file:`, so the Content-Security-Policy's 'self' matches
 * none of its own scripts and stylesheets and the checker says they would be blocked. Served over
 * HTTP they are not: pages.test.ts fails any page whose console reports a blocked resource.
 */
const FROM_DISK_ONLY = /^Resource violates Content Security Policy \(meta tag\): external (script|stylesheet) “\/[^”]*” blocked by “(script|style)-src” directive\.$/;

function runChecker(): Promise<NuMessage[]> {
  const java = findJava();
  if (!java) throw new Error(`The Nu HTML Checker needs Java 17 or later: install it with \`${INSTALL_JAVA}\` (npm test does this when it can), or set JAVA_HOME.`);
  return new Promise((resolve, reject) => {
    // One JVM for every file: starting the checker costs more than checking a page.
    const child = spawn(java, ['-jar', VNU_JAR, '--format', 'json', '--exit-zero-always', '--stdout', '--also-check-svg', ...files], { cwd: dist });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d; });
    child.stderr.on('data', (d: Buffer) => { err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`The Nu HTML Checker stopped with code ${code}:\n${err}`));
      resolve((JSON.parse(out) as { messages: NuMessage[] }).messages);
    });
  });
}

const where = (m: NuMessage) => `${m.url ? path.relative(dist, new URL(m.url).pathname) : '(no file)'}:${m.lastLine ?? 0}:${m.firstColumn ?? 0}: ${m.message}`;

describe('the Nu HTML Checker', () => {
  it('has every page and chart to check', () => {
    expect(files.filter((f) => f.endsWith('.html')).length).toBeGreaterThan(5);
    expect(files.filter((f) => f.endsWith('chart.svg')).length).toBeGreaterThan(5);
  });

  // Measured on 730 pages and 340 SVGs: 20 s on an idle 2-core machine (25 ms a file), 8 minutes
  // when it was loaded seven times over; half a second a file leaves room for that.
  it('finds no error and no warning on any page or chart SVG', async () => {
    const messages = await runChecker();
    const errors = messages.filter((m) => m.type === 'error' || m.type === 'non-document-error').map(where);
    const warnings = messages.filter((m) => m.type === 'info' && m.subType === 'warning' && !FROM_DISK_ONLY.test(m.message)).map(where);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
  }, 60_000 + files.length * 500);
});
