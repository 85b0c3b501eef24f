import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  print,
  type DocumentNode,
  type FormattedExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import type { EventBus } from '../realtime/event-bus.js';
import type { GraphQLContext } from '../resolvers/context.js';
import { selectsOnlyCatalogue } from './catalogue-operations.js';

// Whole answers of public catalogue queries, kept until the catalogue changes
// (docs/decisions/0009-catalogue-response-cache.md). Executing a catalogue page costs ten times
// what the hand-written baseline spends (bench/RESULTS.md); answering it again costs a look-up.

type Data = Record<string, unknown>;
type Entry = { data: Data; bytes: number; storedAt: number };

/** What a Map entry and its bookkeeping take besides the key and the answer. */
const ENTRY_OVERHEAD_BYTES = 200;
/**
 * Heap per character of an answer's JSON: the text itself, and the answer as objects, which took
 * 1.45 times its JSON text for Q1's 43 kB page (measured with --expose-gc).
 */
const HEAP_PER_JSON_CHARACTER = 2.5;

/** Apollo's serialisation of a result (its prettyJSONStringify, which it does not export). */
export function serializeResult(result: FormattedExecutionResult): string {
  return `${JSON.stringify(result)}\n`;
}

/** Kept answers are shared by every request that gets them: nothing may change them. */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const member of Object.values(value)) deepFreeze(member);
}

export type CatalogueCache = {
  /** Changes with every invalidation; an answer is kept only if it did not change meanwhile. */
  readonly generation: number;
  /** Forgets every answer: the catalogue changed. */
  invalidate(): void;
  /** The answer kept under `key`, unless it is older than the maximum age. */
  get(key: string): Data | undefined;
  /**
   * Keeps an answer, unless the catalogue changed since `generation` was read (before the answer
   * was computed, so it may hold data from before the change) or it alone exceeds the size limit.
   * The least recently used answers make room.
   */
  store(key: string, data: Data, generation: number): boolean;
  /**
   * The serialised answer (as `serializeResult` makes it) when `result` is an answer kept here,
   * with its own extensions (the cost): sending one again costs no JSON.stringify of 43 kB.
   */
  serialized(result: FormattedExecutionResult): string | undefined;
  /** The answers kept now. */
  readonly size: number;
  /** Their estimated heap: answers (as text and objects), keys and a fixed amount per entry. */
  readonly bytes: number;
};

export function createCatalogueCache(options: {
  maxAgeMs: number;
  maxBytes: number;
  /** Milliseconds for the maximum age: the server passes its clock, which tests drive. */
  now?: () => number;
}): CatalogueCache {
  const now = options.now ?? (() => performance.now());
  const entries = new Map<string, Entry>();
  // By the answer object, which stays the same while it is kept, and goes with it.
  const texts = new WeakMap<Data, string>();
  let bytes = 0;
  let generation = 0;
  const remove = (key: string, entry: Entry) => {
    entries.delete(key);
    bytes -= entry.bytes;
  };
  return {
    get generation() {
      return generation;
    },
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    invalidate() {
      generation += 1;
      entries.clear();
      bytes = 0;
    },
    get(key) {
      const entry = entries.get(key);
      if (!entry) return undefined;
      remove(key, entry);
      if (now() - entry.storedAt >= options.maxAgeMs) return undefined;
      // Map order is the eviction order: the most recently used go last.
      entries.set(key, entry);
      bytes += entry.bytes;
      return entry.data;
    },
    store(key, data, answerGeneration) {
      if (answerGeneration !== generation) return false;
      const text = serializeResult({ data });
      const size = Math.ceil(
        key.length + text.length * HEAP_PER_JSON_CHARACTER + ENTRY_OVERHEAD_BYTES,
      );
      if (size > options.maxBytes) return false;
      deepFreeze(data);
      texts.set(data, text);
      const previous = entries.get(key);
      if (previous) remove(key, previous);
      entries.set(key, { data, bytes: size, storedAt: now() });
      bytes += size;
      for (const [oldest, entry] of entries) {
        if (bytes <= options.maxBytes) break;
        remove(oldest, entry);
      }
      return true;
    },
    serialized(result) {
      if (result.errors !== undefined || !result.data) return undefined;
      const text = texts.get(result.data);
      if (text === undefined || result.extensions === undefined) return text;
      // The kept `{"data":…}\n` with this answer's own extensions (its cost) after the data.
      return `${text.slice(0, -2)},"extensions":${JSON.stringify(result.extensions)}}\n`;
    },
  };
}

const documentHashes = new WeakMap<DocumentNode, string>();
const verdicts = new WeakMap<OperationDefinitionNode, boolean>();

/**
 * The hash of the document's normalised text. Apollo keeps each parsed document (its document
 * store), so both this and the verdict below are computed once per distinct document.
 */
function documentHash(document: DocumentNode): string {
  let hash = documentHashes.get(document);
  if (hash === undefined) {
    hash = createHash('sha256').update(print(document)).digest('base64url');
    documentHashes.set(document, hash);
  }
  return hash;
}

export function isCacheable(
  schema: Parameters<typeof selectsOnlyCatalogue>[0],
  document: DocumentNode,
  operation: OperationDefinitionNode,
): boolean {
  let verdict = verdicts.get(operation);
  if (verdict === undefined) {
    verdict = selectsOnlyCatalogue(schema, document, operation);
    verdicts.set(operation, verdict);
  }
  return verdict;
}

const isScalar = (value: unknown) =>
  value === null || ['string', 'number', 'boolean'].includes(typeof value);

/**
 * The variables the operation declares, in the order of their names, as text; null when one is
 * neither a scalar nor a list of scalars (no catalogue argument takes more: the request fails in
 * coercion, and its answer is not kept). Undeclared variables are never read, so they are not
 * part of the key: they could otherwise fill the cache with copies of one answer. Never throws,
 * and never recurses into what a client nested.
 */
function variablesKey(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): string | null {
  const names = (operation.variableDefinitions ?? [])
    .map((definition) => definition.variable.name.value)
    .filter((name) => Object.hasOwn(variables, name))
    .sort();
  const members: string[] = [];
  for (const name of names) {
    const value = variables[name];
    if (!isScalar(value) && !(Array.isArray(value) && value.every(isScalar))) return null;
    members.push(`${JSON.stringify(name)}:${JSON.stringify(value)}`);
  }
  return `{${members.join(',')}}`;
}

/**
 * Answers catalogue-only queries (src/server/catalogue-operations.ts) from the cache, and keeps
 * the answers it computes. The key is everything the answer depends on: the document, the
 * operation, the variables it declares, the caller's language (Accept-Language) and the local date (opening
 * hours are those valid today). Not who asks: the catalogue fields are the same for everyone, and
 * authentication still runs for every request, so a revoked key is refused as before. Answers
 * with errors are never kept.
 */
export function catalogueCachePlugin(
  cache: CatalogueCache,
  localDate: () => string,
): ApolloServerPlugin<GraphQLContext> {
  return {
    async requestDidStart() {
      // Read before the operation reads anything: a change committed later makes the answer stale.
      const generation = cache.generation;
      const date = localDate();
      let missedKey: string | null = null;
      return {
        async responseForOperation({
          schema,
          document,
          operation,
          operationName,
          request,
          contextValue,
        }) {
          // Apollo calls this also when no operation matched (its types say otherwise); execution
          // then answers with the error.
          if (!operation || !isCacheable(schema, document, operation)) return null;
          const variables = variablesKey(operation, request.variables ?? {});
          if (variables === null) return null;
          const key = [
            documentHash(document),
            operationName ?? '',
            variables,
            contextValue.lang,
            date,
          ].join('\n');
          const data = cache.get(key);
          if (data === undefined) {
            missedKey = key;
            return null;
          }
          return {
            http: { headers: new HeaderMap() },
            body: { kind: 'single', singleResult: { data } },
          };
        },
        async willSendResponse({ response }) {
          if (missedKey === null || response.body.kind !== 'single') return;
          const { data, errors } = response.body.singleResult;
          // Past midnight the opening hours may be yesterday's or today's; not worth keeping.
          if (!data || errors || localDate() !== date) return;
          cache.store(missedKey, data, generation);
        },
      };
    },
  };
}

/**
 * Clears the cache whenever another instance announces a catalogue change on the bus (with Redis:
 * every instance; in-process: none but this one, which clears its own at once). Returns how to
 * stop.
 */
export function followCatalogueChanges(
  bus: EventBus,
  origin: string,
  cache: CatalogueCache,
): () => void {
  const listening = bus.listen(
    'catalogueChanged',
    'all',
    (event) => {
      if (event.origin !== origin) cache.invalidate();
    },
    // A change may have gone unheard while the bus was cut off from Redis.
    { internal: true, onResume: () => cache.invalidate() },
  );
  // What was kept before the bus could deliver changes may have missed one. (`ready` fails only
  // when the bus is closing.)
  listening.ready.then(
    () => cache.invalidate(),
    () => undefined,
  );
  return () => listening.close();
}
