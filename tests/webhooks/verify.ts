import { timingSafeEqual } from 'node:crypto';
import { signWebhook } from '../../src/webhooks/webhook-signature.js';

// What a receiver does with a delivery, as the developers page's example does it: the tests
// verify the server's deliveries with it.

/** How far a receiver should accept a timestamp from its own clock (the spec's suggestion). */
const WEBHOOK_TOLERANCE_SECONDS = 5 * 60;

/** Whether a received delivery is signed with the secret and recent. */
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
