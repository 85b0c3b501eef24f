import { GraphQLError } from 'graphql';
import type { Language } from '../../common/language.js';
import { translate } from '../../i18n/messages.js';
import { uuidOf, type NodeTypeName } from './global-id.js';

/** A top-level error for a query argument the client must fix; names the argument. */
export function badArgument(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argument } });
}

/** The database id behind a global ID argument; a malformed or foreign ID is a bad argument. */
export function argumentUuid(
  id: string,
  type: NodeTypeName,
  argument: string,
  lang: Language,
): string {
  const uuid = uuidOf(id, type);
  if (!uuid) throw badArgument(argument, translate(lang, 'error.invalidId'));
  return uuid;
}
