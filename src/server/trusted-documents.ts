import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import {
  GraphQLError,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type GraphQLSchema,
  type ParseOptions,
  type ValidationRule,
} from 'graphql';
import type { Language } from '../common/language.js';
import { translate } from '../i18n/messages.js';

// Trusted documents (docs/decisions/0030-trusted-documents.md): the web client and the kiosk send
// the id of a document their build listed (GraphQL Code Generator's persisted documents, in
// clients/<name>/dist/persisted-documents.json) instead of its text. The server reads the lists
// at start, parses and validates each document once (on its first use), and answers an id from that; in production
// it refuses document texts from the clients' own origins.

/** The project root, from src/server (tests) and dist/server (build) alike. */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** The document lists the client builds write (their vite.config.ts). */
export const CLIENT_MANIFESTS = ['web', 'kiosk'].map((name) =>
  join(ROOT, 'clients', name, 'dist', 'persisted-documents.json'),
);

/** The error code of a document text refused from a first-party page. */
export const TRUSTED_DOCUMENT_REQUIRED = 'TRUSTED_DOCUMENT_REQUIRED';

/**
 * The header (HTTP) and connection parameter (WebSocket) with which GraphiQL, served from the
 * same origin as the clients, says it is GraphiQL: it keeps sending the texts a developer writes.
 */
export const GRAPHIQL_CLIENT = { header: 'x-rathaus-client', value: 'graphiql' } as const;

/** A document's id: the hex SHA-256 of its text, as Apollo's persisted queries name it. */
export function documentId(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The documents of the lists that exist (id → text); a list of a client that is not built is
 * skipped. An id that is not its text's hash is refused: the list was made with another hash.
 */
export function readManifests(files: readonly string[]): Map<string, string> {
  const texts = new Map<string, string>();
  for (const file of files) {
    if (!existsSync(file)) continue;
    const listed = JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>;
    for (const [id, text] of Object.entries(listed)) {
      if (documentId(text) !== id) {
        throw new Error(`${file}: the id ${id} is not the SHA-256 of its document`);
      }
      texts.set(id, text);
    }
  }
  return texts;
}

/** A listed document as a transport's rules take it: parsed and valid, or its errors. */
export type Checked = { document: DocumentNode } | { errors: readonly GraphQLError[] };

/**
 * The listed documents by id as `rules` (besides the specified ones) take them: each parsed and
 * validated on its first use and kept, so that a start validates nothing (about 0.6 s for the
 * clients' 180 documents and two transports) and every later use of an id costs a map lookup.
 * Undefined for an id that is not listed.
 */
export function checkedDocuments(
  texts: ReadonlyMap<string, string>,
  schema: GraphQLSchema,
  rules: readonly ValidationRule[],
  parseOptions: ParseOptions,
): (id: string) => Checked | undefined {
  const checked = new Map<string, Checked>();
  return (id) => {
    const known = checked.get(id);
    if (known) return known;
    const text = texts.get(id);
    if (text === undefined) return undefined;
    let result: Checked;
    try {
      const document = parse(text, parseOptions);
      const errors = validate(schema, document, [...specifiedRules, ...rules]);
      result = errors.length > 0 ? { errors } : { document };
    } catch (error) {
      result = { errors: [error as GraphQLError] };
    }
    checked.set(id, result);
    return result;
  };
}

/**
 * An Apollo cache that answers the listed entries from `listed` (by the part of the key after
 * its first `:`, the id; Apollo prefixes its keys) and everything else from an LRU cache: the
 * listed documents are never evicted by others.
 */
export function listedFirst<V extends object | string>(
  listed: (id: string) => V | undefined,
): KeyValueCache<V> {
  const others = new InMemoryLRUCache<V>();
  return {
    async get(key) {
      return listed(key.slice(key.indexOf(':') + 1)) ?? others.get(key);
    },
    set: (key, value, options) => others.set(key, value, options),
    delete: (key) => others.delete(key),
  };
}

/** The id of a request's `extensions.persistedQuery` (Apollo's format), or null. */
export function persistedId(extensions: unknown): string | null {
  const persisted = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)
    ?.persistedQuery;
  return typeof persisted?.sha256Hash === 'string' ? persisted.sha256Hash : null;
}

/**
 * Whether a browser request comes from a page of this town's own clients: its Origin is
 * PUBLIC_URL's, one of FIRST_PARTY_ORIGINS, or the host the browser asked (the kiosk on a LAN
 * address). A request without Origin is no browser's.
 */
export function isFirstPartyOrigin(
  origin: string | undefined,
  host: string | undefined,
  firstPartyOrigins: ReadonlySet<string>,
): boolean {
  if (origin === undefined) return false;
  return firstPartyOrigins.has(origin) || URL.parse(origin)?.host === host;
}

/** The refusal of a document text from a first-party page. */
export function trustedDocumentRequired(lang: Language): GraphQLError {
  return new GraphQLError(translate(lang, 'error.trustedDocumentRequired'), {
    extensions: { code: TRUSTED_DOCUMENT_REQUIRED, http: { status: 400 } },
  });
}

/** The answer to an id that no list has, as Apollo gives it over HTTP. */
export function unknownDocumentId(): GraphQLError {
  return new GraphQLError('PersistedQueryNotFound', {
    extensions: { code: 'PERSISTED_QUERY_NOT_FOUND' },
  });
}
