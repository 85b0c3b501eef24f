import { createHmac, timingSafeEqual } from 'node:crypto';

/** Ample for the JSON of a few UUIDs and a file name; a longer payload is refused before any HMAC. */
const MAX_PAYLOAD = 1000;
/** The payload, a dot, and the full 256 bits of HMAC-SHA-256 in base64url. */
const TOKEN = new RegExp(`^([A-Za-z0-9_-]{1,${MAX_PAYLOAD}})\\.([A-Za-z0-9_-]{43})$`);

/**
 * The HMAC in base64url: compared as text, since base64url has 4 spellings of the same 32 bytes.
 * The purpose is signed with the payload, so that a token made for one use (a download link) is
 * never accepted for another (an upload ticket) even where the payloads happen to look alike.
 */
function mac(secret: string, purpose: string, payload: string): string {
  if (!secret) throw new Error(`a ${purpose} needs a signing secret`);
  return createHmac('sha256', secret)
    .update(`rathaus ${purpose}\n${payload}`)
    .digest()
    .toString('base64url');
}

/**
 * A URL-safe token (base64url JSON payload, a dot, base64url HMAC) that `verifySignedToken`
 * accepts for the same purpose and secret until `expiresAt`. The payload is readable by anyone
 * who holds the token; no one can make or change one without the secret.
 */
export function signToken(
  secret: string,
  purpose: string,
  body: Record<string, unknown>,
  expiresAt: Date,
): string {
  const payload = Buffer.from(JSON.stringify({ ...body, e: expiresAt.getTime() })).toString(
    'base64url',
  );
  if (payload.length > MAX_PAYLOAD) throw new Error(`a ${purpose} claim is too long`);
  return `${payload}.${mac(secret, purpose, payload)}`;
}

/**
 * The payload of a token signed with this secret for this purpose that has not expired at `now`;
 * null for anything else (malformed, tampered, another secret or purpose, expired). The HMAC is
 * compared in constant time before anything of the payload is read; the caller checks the fields.
 */
export function verifySignedToken(
  secret: string,
  purpose: string,
  token: string,
  now: Date,
): Record<string, unknown> | null {
  const match = TOKEN.exec(token);
  if (!match) return null;
  const [, payload = '', signature = ''] = match;
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(mac(secret, purpose, payload)))) {
    return null;
  }
  const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as unknown;
  if (typeof body !== 'object' || body === null) return null;
  const { e: expires } = body as { e?: unknown };
  if (typeof expires !== 'number' || now.getTime() >= expires) return null;
  return body as Record<string, unknown>;
}
