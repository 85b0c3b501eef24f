import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from './config.js';

const FILE = 'link-signing-secret';

/**
 * The key that signs appointment links: LINK_SIGNING_SECRET, which production requires (the same
 * on every instance). Without it (development, a trial with the embedded database) a random key is
 * made once and kept in DATA_DIR, so that the links in e-mails sent before a restart still open.
 */
export function linkSigningSecret(config: Pick<Config, 'linkSigningSecret' | 'dataDir'>): string {
  if (config.linkSigningSecret) return config.linkSigningSecret;
  const path = join(config.dataDir, FILE);
  try {
    return readFileSync(path, 'utf8').trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  mkdirSync(config.dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  // 'wx': when another process made it meanwhile, this fails and its key is read instead.
  try {
    writeFileSync(path, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return readFileSync(path, 'utf8').trim();
  }
}
