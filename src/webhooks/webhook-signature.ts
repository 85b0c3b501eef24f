import { createHmac, randomBytes } from 'node:crypto';

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
