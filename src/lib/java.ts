import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * The Nu HTML Checker (the W3C's validator, from the `vnu-jar` npm package) runs on Java 17 or
 * later. Debian's runtime is used; the package's own install script, which would download one,
 * is denied in package.json's allowScripts.
 */
export function findJava(): string | undefined {
  const candidates = [process.env.JAVA_HOME && path.join(process.env.JAVA_HOME, 'bin/java'), '/usr/bin/java'];
  return candidates.find((p): p is string => !!p && existsSync(p) && javaMajor(p) >= 17);
}

function javaMajor(java: string): number {
  const out = spawnSync(java, ['-version'], { encoding: 'utf8' });
  const match = /version "(\d+)/.exec(`${out.stderr}${out.stdout}`);
  return match ? Number(match[1]) : 0;
}

/** Debian 12's default runtime is OpenJDK 17. */
export const INSTALL_JAVA = 'apt-get update && apt-get install -y default-jre-headless';
