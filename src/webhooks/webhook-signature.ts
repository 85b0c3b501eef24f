import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

// Standard Webhooks (https://www.standardwebhooks.com, spec/standard-webhooks.md): a delivery
// carries `webhook-id`, `webhook-timestamp` (seconds since the epoch) and `webhook-signature`,
// a space-separated list of `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, keyed with the
// base64-decoded part of a `whsec_` secret. The npm package `standard-webhooks` is not on the
// registry this project installs from; this is the spec, checked against its test vector
// (tests/webhooks/webhook-signature.test.ts).

const SECRET_PREFIX = 'whsec_';

/** A new endpoint secret: `whsec_` and base64 of 32 random bytes (the spec allows 24 to 64). */
export function newWebhookSecret(): string {
  return `${SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

function keyOf(secret: string): Buffer {
  return Buffer.from(
    secret.startsWith(SECRET_PREFIX) ? secret.slice(SECRET_PREFIX.length) : secret,
    'base64',
  );
}

/** `v1,<signature>` of one message with one secret. */
export function signWebhook(
  secret: string,
  message: { id: string; timestamp: number; body: string },
): string {
  const signature = createHmac('sha256', keyOf(secret))
    .update(`${message.id}.${message.timestamp}.${message.body}`)
    .digest('base64');
  return `v1,${signature}`;
}

/** The three headers of a delivery, signed with every given secret (two during a rotation). */
export function webhookHeaders(
  secrets: readonly string[],
  message: { id: string; timestamp: number; body: string },
): Record<string, string> {
  return {
    'webhook-id': message.id,
    'webhook-timestamp': String(message.timestamp),
    'webhook-signature': secrets.map((secret) => signWebhook(secret, message)).join(' '),
  };
}

/** How far a receiver should accept a timestamp from its own clock (the spec's suggestion). */
export const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/**
 * Whether a received delivery is signed with the secret and recent: what a receiver does, here
 * for the tests and as the reference for the example on the developers page.
 */
export function verifyWebhook(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
  nowSeconds: number,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!Number.isInteger(timestamp)) return false;
  if (Math.abs(nowSeconds - timestamp) > WEBHOOK_TOLERANCE_SECONDS) return false;
  const expected = Buffer.from(
    signWebhook(secret, { id: headers.id, timestamp, body }).slice(3),
    'base64',
  );
  return headers.signature.split(' ').some((candidate) => {
    const [version, signature] = candidate.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
