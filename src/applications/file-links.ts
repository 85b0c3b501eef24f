import { signToken, verifySignedToken } from './signed-tokens.js';

/**
 * What a download link opens: an uploaded document, the receipt of a submission or the decision
 * letter, by its id, for one signed-in account; or, as `export`, the archive of everything an
 * account has filed (id = the account). The download route still checks that the account may see
 * the file; the link only proves that this server handed it out, to whom, and until when.
 */
export type FileLinkClaim = {
  kind: 'document' | 'receipt' | 'decision' | 'export';
  id: string;
  viewer: string;
};

const KINDS: ReadonlySet<string> = new Set<FileLinkClaim['kind']>([
  'document',
  'receipt',
  'decision',
  'export',
]);
const PURPOSE = 'file link';

/**
 * A URL-safe token that `verifyFileLink` accepts with the same secret until `expiresAt`. It names
 * the file and the viewer in the clear, as the URL does anyway.
 */
export function signFileLink(secret: string, claim: FileLinkClaim, expiresAt: Date): string {
  return signToken(secret, PURPOSE, { k: claim.kind, i: claim.id, v: claim.viewer }, expiresAt);
}

/**
 * The claim of a token signed with this secret that has not expired at `now`; null for anything
 * else (malformed, tampered, signed with another secret, expired, an upload ticket).
 */
export function verifyFileLink(secret: string, token: string, now: Date): FileLinkClaim | null {
  const body = verifySignedToken(secret, PURPOSE, token, now);
  if (!body) return null;
  const { k: kind, i: id, v: viewer } = body;
  if (typeof kind !== 'string' || !KINDS.has(kind)) return null;
  if (typeof id !== 'string' || typeof viewer !== 'string') return null;
  return { kind: kind as FileLinkClaim['kind'], id, viewer };
}
