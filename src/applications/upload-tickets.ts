import { signToken, verifySignedToken } from './signed-tokens.js';

/**
 * What an upload ticket allows: one file for one document requirement of one application, put by
 * one signed-in account. The upload route still checks that the account may add documents when
 * the bytes arrive; the ticket only proves that this server handed it out, to whom, and until when.
 */
export type UploadTicket = {
  applicationId: string;
  requirement: string;
  fileName: string;
  uploader: string;
};

/** Long enough for a large scan over a slow line, short enough that a leaked URL soon goes stale. */
export const UPLOAD_TICKET_MINUTES = 15;

const PURPOSE = 'upload ticket';

/** A URL-safe token that `verifyUploadTicket` accepts with the same secret until `expiresAt`. */
export function signUploadTicket(secret: string, ticket: UploadTicket, expiresAt: Date): string {
  return signToken(
    secret,
    PURPOSE,
    { a: ticket.applicationId, r: ticket.requirement, n: ticket.fileName, u: ticket.uploader },
    expiresAt,
  );
}

/**
 * The ticket of a token signed with this secret that has not expired at `now`; null for anything
 * else (malformed, tampered, another secret, expired, a download link).
 */
export function verifyUploadTicket(secret: string, token: string, now: Date): UploadTicket | null {
  const body = verifySignedToken(secret, PURPOSE, token, now);
  if (!body) return null;
  const { a: applicationId, r: requirement, n: fileName, u: uploader } = body;
  if (
    typeof applicationId !== 'string' ||
    typeof requirement !== 'string' ||
    typeof fileName !== 'string' ||
    typeof uploader !== 'string'
  ) {
    return null;
  }
  return { applicationId, requirement, fileName, uploader };
}
