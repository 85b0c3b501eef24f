import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * What a download link opens: an uploaded document, the receipt of a submission or the decision
 * letter, by its id, for one signed-in account. The download route still checks that the account
 * may see the file; the link only proves that this server handed it out, to whom, and until when.
 */
export type FileLinkClaim = {
  kind: 'document' | 'receipt' | 'decision';
  id: string;
  viewer: string;
};

const KINDS: ReadonlySet<string> = new Set<FileLinkClaim['kind']>([
  'document',
  'receipt',
  'decision',
]);
/** Ample for the JSON of two UUIDs; a longer payload is refused before any HMAC is computed. */
const MAX_PAYLOAD = 1000;
/** The payload, a dot, and the full 256 bits of HMAC-SHA-256 in base64url. */
const TOKEN = new RegExp(`^([A-Za-z0-9_-]{1,${MAX_PAYLOAD}})\\.([A-Za-z0-9_-]{43})$`);

type Payload = { k: string; i: string; v: string; e: number };

/** The HMAC in base64url: compared as text, since base64url has 4 spellings of the same 32 bytes. */
function mac(secret: string, payload: string): string {
  if (!secret) throw new Error('a file link needs a signing secret');
  return createHmac('sha256', secret)
    .update(`rathaus file link\n${payload}`)
    .digest()
    .toString('base64url');
}

/**
 * A URL-safe token (base64url payload, a dot, base64url HMAC) that `verifyFileLink` accepts with
 * the same secret until `expiresAt`. It names the file and the viewer in the clear, as the URL
 * does anyway; no one can make or change one without the secret.
 */
export function signFileLink(secret: string, claim: FileLinkClaim, expiresAt: Date): string {
  const body: Payload = { k: claim.kind, i: claim.id, v: claim.viewer, e: expiresAt.getTime() };
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  if (payload.length > MAX_PAYLOAD) throw new Error('a file link claim is too long');
  return `${payload}.${mac(secret, payload)}`;
}

/**
 * The claim of a token signed with this secret that has not expired at `now`; null for anything
 * else (malformed, tampered, signed with another secret, expired). The HMAC is compared in
 * constant time before anything of the payload is read.
 */
export function verifyFileLink(secret: string, token: string, now: Date): FileLinkClaim | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, payload = '', signature = ''] = match;
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(mac(secret, payload)))) return null;
  const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Partial<Payload>;
  const { k: kind, i: id, v: viewer, e: expires } = body;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return null;
  if (typeof id !== 'string' || typeof viewer !== 'string' || typeof expires !== 'number') {
    return null;
  }
  if (now.getTime() >= expires) return null;
  return { kind: kind as FileLinkClaim['kind'], id, viewer };
}
