/**
 * The refusals of the catalogue administration (offices, categories, services). The GraphQL layer
 * reports them as `userErrors` with these codes; clients switch on them, so a code once published
 * never changes its meaning.
 */
export enum CatalogueAdminErrorCode {
  /** A field is invalid, a slug is taken, or an ID in the input names nothing. */
  INVALID_INPUT = 'INVALID_INPUT',
  /** The office or service to change does not exist. */
  NOT_FOUND = 'NOT_FOUND',
}
