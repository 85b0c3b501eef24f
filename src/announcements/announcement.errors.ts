/**
 * The refusals of the announcement use cases. The GraphQL layer reports them as `userErrors` with
 * these codes; clients switch on them, so a code once published never changes its meaning.
 */
export enum AnnouncementErrorCode {
  /** A field of the input is invalid; `field` names it. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** No such announcement, or one the caller may not see (a draft of another office). */
  NOT_FOUND = 'NOT_FOUND',
  /** The caller does not work for the announcement's office, or only admins write town-wide ones. */
  FORBIDDEN = 'FORBIDDEN',
  /** It is visible already (publish), or has been visible (delete: withdraw it instead). */
  ALREADY_PUBLISHED = 'ALREADY_PUBLISHED',
  /** Its validity has ended; the archive is not edited. */
  ALREADY_EXPIRED = 'ALREADY_EXPIRED',
  /** Withdrawing a draft: there is nothing to withdraw. */
  NOT_PUBLISHED = 'NOT_PUBLISHED',
  /** Someone else changed it since the editor loaded it (`expectedRevision`). */
  EDIT_CONFLICT = 'EDIT_CONFLICT',
}
