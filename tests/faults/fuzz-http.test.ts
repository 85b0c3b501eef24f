import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  isCompositeType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isInterfaceType,
  isUnionType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLOutputType,
} from 'graphql';
import { mintCallers, type Caller } from '../support/accounts.js';
import { createBookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

// Issue #21, bad clients: random valid operations built from the committed schema, with hostile
// values, and malformed requests of every kind, against the real server. No answer may be a 5xx,
// carry a stack trace or SQL text, and the server answers /healthz at the end. The seed is fixed
// so that CI runs the same requests every time; a failure names the request that caused it.

const SEED = 2112;
const OPERATION_RUNS = 1500;
const MALFORMED_RUNS = 150;

const schema = buildSchema(readFileSync('schema/schema.graphql', 'utf8'));

let server: TestServer;
let headersOf: Record<Caller, Record<string, string>>;
let mintAgain: () => Promise<void>;
/** Global IDs the server handed out, so that some arguments name things that exist. */
const knownIds = new Set<string>();

const counts = {
  requests: 0,
  byStatus: new Map<string, number>(),
  userErrors: 0,
  codes: new Map<string, number>(),
};

beforeAll(async () => {
  server = await startTestServer({ now: new Date('2027-03-01T06:00:00Z') });
  const first = await createBookingFixture(server.orm);
  const second = await createBookingFixture(server.orm);
  for (const id of [first.office, second.office, first.service, second.service]) knownIds.add(id);
  mintAgain = async () => {
    headersOf = (await mintCallers(server, [first.officeId, second.officeId])).headers;
  };
  await mintAgain();
}, 60_000);

afterAll(async () => {
  await server.close();
});

// --- what an answer must never contain -------------------------------------------------------

/** Texts the fuzzer sends that look like SQL; the server may echo or store them as given. */
const SQL_INPUTS = [
  "'; DROP TABLE appointment; --",
  "' OR '1'='1",
  '1; SELECT pg_sleep(10) --',
  "x' UNION SELECT password_hash FROM account --",
  'INSERT INTO account (email) VALUES (1)',
  '$$; DELETE FROM office WHERE true; --',
];

const STACK_TRACE =
  /\bat [\w$.<>[\] ]+ \(|\bat (?:file|node):|\.(?:js|ts|mjs):\d+:\d+|"stacktrace"/;
const SQL_TEXT =
  /\bselect\b[^"]{0,200}\bfrom\b|\binsert into\b|\bdelete from\b|\bupdate \S+ set\b|violates|\brelation "|SQLSTATE|syntax error at or near|duplicate key|pg_catalog/i;

/** The answer without the texts the fuzzer sent, in every escaping an answer may carry them. */
function withoutEchoes(text: string): string {
  let rest = text;
  for (const input of SQL_INPUTS) {
    const once = JSON.stringify(input).slice(1, -1);
    const twice = JSON.stringify(JSON.stringify(input)).slice(1, -1);
    for (const form of [twice, once, input]) rest = rest.split(form).join('');
  }
  return rest;
}

/** The user errors of every payload in an answer's data. */
function userErrorsIn(value: unknown): number {
  if (Array.isArray(value)) return value.reduce<number>((sum, item) => sum + userErrorsIn(item), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce<number>(
    (sum, [key, item]) =>
      sum + (key === 'userErrors' && Array.isArray(item) ? item.length : userErrorsIn(item)),
    0,
  );
}

type Answer = { status: number; text: string; body: unknown };

/** Counts the answer and fails (naming the request) on a 5xx, a stack trace or SQL text. */
function judge(request: string, answer: Answer): void {
  counts.requests += 1;
  const statusClass = `${Math.floor(answer.status / 100)}xx`;
  counts.byStatus.set(statusClass, (counts.byStatus.get(statusClass) ?? 0) + 1);
  const body = answer.body as { errors?: Array<{ extensions?: { code?: string } }> } | null;
  for (const error of body?.errors ?? []) {
    const code = error.extensions?.code ?? 'NONE';
    counts.codes.set(code, (counts.codes.get(code) ?? 0) + 1);
  }
  counts.userErrors += userErrorsIn((body as { data?: unknown } | null)?.data);
  const where = `${request.slice(0, 2000)}\n→ ${answer.status} ${answer.text.slice(0, 2000)}`;
  if (answer.status >= 500) throw new Error(`a ${answer.status} for ${where}`);
  // A masked failure is a crash the client was spared the details of, but a crash.
  if (answer.text.includes('"INTERNAL_SERVER_ERROR"'))
    throw new Error(`an internal error for ${where}`);
  if (STACK_TRACE.test(answer.text)) throw new Error(`a stack trace for ${where}`);
  if (SQL_TEXT.test(withoutEchoes(answer.text))) throw new Error(`SQL text for ${where}`);
  for (const id of answer.text.match(/"id":"[A-Za-z0-9+/]{20,100}={0,2}"/g) ?? []) {
    if (knownIds.size < 500) knownIds.add(id.slice(6, -1));
  }
}

// --- hostile values ------------------------------------------------------------------------

const hostileString = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SQL_INPUTS) },
  {
    weight: 6,
    arbitrary: fc.constantFrom(
      '',
      ' ',
      '\u0000',
      'a\u0000b',
      '\u0007\u001b[31mred',
      '\r\n\t\v\f',
      '\uD800',
      'x\uDFFFy',
      '\u202Egnp.exe',
      '\uFEFF\u200B\u200D',
      'Z̷̢̛̪a̸l̴g̶o̵',
      '🏛️👨‍👩‍👧‍👦🇩🇪',
      '%s%s%n%x',
      '${7*7}{{7*7}}',
      '<script>alert(1)</script>',
      '../../../../etc/passwd',
      'null',
      '\\',
      "'",
      '"',
      'ß'.repeat(255),
      'x'.repeat(10_000),
      'ä'.repeat(30_000),
      '💥'.repeat(20_000),
    ),
  },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.emailAddress() },
);

const NODE_TYPES = ['Office', 'Service', 'Appointment', 'Account', 'Counter', 'Ticket', 'Nope'];
const hostileId = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom(...NODE_TYPES), fc.oneof(fc.uuid(), hostileString))
      .map(([type, id]) => Buffer.from(`${type}:${id}`).toString('base64')),
  },
);

const hostileInt = fc.oneof(
  fc.constantFrom(0, -1, 1, 100, 101, 1_000_000, 2_147_483_647, -2_147_483_648),
  fc.integer(),
  fc.constantFrom(2 ** 31, 2 ** 53, -1e300, 1.5),
);
const hostileFloat = fc.oneof(
  fc.constantFrom(0, -0, 1e308, -1e308, 5e-324, 0.1, -1),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const hostileDateTime = fc.oneof(
  fc.constantFrom(
    '2027-03-02T08:00:00Z',
    '0000-01-01T00:00:00Z',
    '9999-12-31T23:59:59Z',
    '+275760-09-13T00:00:00.000Z',
    '2027-02-30T00:00:00Z',
    '2027-03-02T25:61:00Z',
    '1970-01-01T00:00:00Z',
    '2027-03-02',
    'now',
    '',
  ),
  fc.date({ noInvalidDate: true }).map((date) => date.toISOString()),
);
const hostileObject = fc.oneof(
  fc.object({ maxDepth: 3 }),
  fc.constant(JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{}}}')),
);

/** Mostly a few items, sometimes more than any list argument allows. */
const listLength = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom(101, 1000));
/** Mostly shallow selections, sometimes up to MAX_QUERY_DEPTH (12) with the root field. */
const selectionDepth = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 11 }));

/** A value of a type the schema does not expect there: the wrong-type variables of a client. */
const wrongType = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.constant([[[]]]),
  fc.constant({}),
  fc.constant('1'),
);

// --- random valid operations ---------------------------------------------------------------

type Draw = fc.GeneratorValue;

/**
 * One of `items`, drawn by index: fast-check's `gen` compares the arguments of each draw, and
 * schema objects refer to each other in cycles.
 */
function pick<T>(g: Draw, items: readonly T[]): T {
  return items[g(fc.integer, { min: 0, max: items.length - 1 })]!;
}

class OperationBuilder {
  readonly definitions: string[] = [];
  readonly variables: Record<string, unknown> = {};

  constructor(private readonly g: Draw) {}

  arguments(args: readonly GraphQLArgument[]): string {
    const parts: string[] = [];
    for (const arg of args) {
      const required = isNonNullType(arg.type) && arg.defaultValue === undefined;
      if (!required && this.g(fc.boolean)) continue;
      const name = `v${this.definitions.length}`;
      this.definitions.push(`$${name}: ${String(arg.type)}`);
      this.variables[name] = this.value(arg.type, 0);
      parts.push(`${arg.name}: $${name}`);
    }
    return parts.length > 0 ? `(${parts.join(', ')})` : '';
  }

  value(type: GraphQLInputType, depth: number): unknown {
    const g = this.g;
    if (g(fc.integer, { min: 1, max: 150 }) === 1) return g(() => wrongType);
    if (isNonNullType(type)) return this.value(type.ofType, depth);
    if (g(fc.integer, { min: 1, max: 30 }) === 1) return null;
    if (isListType(type)) {
      const length = g(() => listLength);
      const item = this.value(type.ofType, depth + 1);
      return Array.from({ length }, (_, index) =>
        index === 0 || length > 3 ? item : this.value(type.ofType, depth + 1),
      );
    }
    if (isEnumType(type)) {
      const values = type.getValues().map((value) => value.name);
      return g(fc.integer, { min: 1, max: 20 }) === 1 ? 'NOPE' : pick(g, values);
    }
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const required = isNonNullType(field.type) && field.defaultValue === undefined;
        if (!required && (depth > 3 || g(fc.boolean))) continue;
        object[field.name] = this.value(field.type, depth + 1);
      }
      return object;
    }
    switch (type.name) {
      case 'ID':
        return knownIds.size > 0 && g(fc.boolean) ? pick(g, [...knownIds]) : g(() => hostileId);
      case 'Int':
        return g(() => hostileInt);
      case 'Float':
        return g(() => hostileFloat);
      case 'Boolean':
        return g(fc.boolean);
      case 'DateTime':
        return g(() => hostileDateTime);
      case 'JSONObject':
        return g(() => hostileObject);
      default:
        return g(() => hostileString);
    }
  }

  /** A selection of `type` at most `depth` levels deep, 1 to `width` fields a level. */
  selection(type: GraphQLOutputType, depth: number, width: number): string {
    const named: GraphQLNamedType = getNamedType(type);
    if (!isCompositeType(named)) return '';
    if (isUnionType(named)) {
      const member = pick(this.g, named.getTypes());
      return `{ __typename ... on ${member.name} ${this.selection(member, depth, width)} }`;
    }
    const fields = Object.values(named.getFields()).filter(
      (field) => depth > 1 || !isCompositeType(getNamedType(field.type)),
    );
    if (fields.length === 0) return '{ __typename }';
    const count = this.g(fc.integer, { min: 1, max: Math.min(width, fields.length) });
    const chosen = [...new Set(Array.from({ length: count }, () => pick(this.g, fields)))];
    const parts = chosen.map((field) => {
      const alias = this.g(fc.integer, { min: 1, max: 8 }) === 1 ? `a${this.g(fc.nat, 999)}: ` : '';
      return `${alias}${field.name}${this.arguments(field.args)} ${this.selection(field.type, depth - 1, width)}`;
    });
    if ((isObjectType(named) || isInterfaceType(named)) && this.g(fc.boolean)) {
      parts.push('__typename');
    }
    return `{ ${parts.join(' ')} }`;
  }
}

type Built = { caller: Caller; query: string; variables: Record<string, unknown> };

const ROOTS = ['query', 'mutation', 'subscription'] as const;

function buildOperation(g: Draw): Built {
  const root = pick(g, [...ROOTS, 'query', 'mutation'] as const);
  const rootType = {
    query: schema.getQueryType(),
    mutation: schema.getMutationType(),
    subscription: schema.getSubscriptionType(),
  }[root]!;
  const builder = new OperationBuilder(g);
  const depth = g(() => selectionDepth);
  const width = g(fc.integer, { min: 1, max: 6 });
  const field = pick(g, Object.values(rootType.getFields()));
  const selection = `${field.name}${builder.arguments(field.args)} ${builder.selection(field.type, depth, width)}`;
  const definitions = builder.definitions.length > 0 ? `(${builder.definitions.join(', ')})` : '';
  const caller = pick<Caller>(g, [
    'anonymous',
    'citizenA',
    'staffOffice1',
    'admin',
    'apiKey',
    'kiosk',
  ]);
  return {
    caller,
    query: `${root} Fuzz${definitions} { ${selection} }`,
    variables: builder.variables,
  };
}

// --- malformed requests ---------------------------------------------------------------------

type RawRequest = {
  name: string;
  method: 'POST' | 'GET' | 'PUT' | 'DELETE' | 'OPTIONS' | 'PATCH';
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
};

const JSON_TYPE = { 'content-type': 'application/json' };
const OFFICES = '{ offices { id name } }';
const BOOK =
  'mutation Book($input: BookAppointmentInput!) { bookAppointment(input: $input) { userErrors { code } } }';

const FIXED_MALFORMED: RawRequest[] = [
  { name: 'invalid JSON', method: 'POST', headers: JSON_TYPE, body: '{"query": "{ offices {' },
  { name: 'JSON null', method: 'POST', headers: JSON_TYPE, body: 'null' },
  { name: 'JSON string', method: 'POST', headers: JSON_TYPE, body: '"{ offices { id } }"' },
  { name: 'JSON number', method: 'POST', headers: JSON_TYPE, body: '42' },
  { name: 'empty body', method: 'POST', headers: JSON_TYPE, body: '' },
  { name: 'empty object', method: 'POST', headers: JSON_TYPE, body: '{}' },
  { name: 'missing query', method: 'POST', headers: JSON_TYPE, body: '{"variables":{}}' },
  { name: 'query not a string', method: 'POST', headers: JSON_TYPE, body: '{"query":{"a":1}}' },
  { name: 'query an array', method: 'POST', headers: JSON_TYPE, body: '{"query":["{ x }"]}' },
  {
    name: 'variables a string',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: OFFICES, variables: '{"a":1}' }),
  },
  {
    name: 'variables an array',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: OFFICES, variables: [1, 2] }),
  },
  {
    name: 'extensions a string',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: OFFICES, extensions: 'x' }),
  },
  {
    name: 'batch array',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify([{ query: OFFICES }, { query: OFFICES }]),
  },
  {
    name: 'batch of 1000',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify(Array.from({ length: 1000 }, () => ({ query: OFFICES }))),
  },
  {
    name: 'operationName not in the document',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: 'query A { offices { id } }', operationName: 'B' }),
  },
  {
    name: 'operationName not a string',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: OFFICES, operationName: { $ne: null } }),
  },
  {
    name: 'two operations without operationName',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: 'query A { offices { id } } query B { offices { id } }' }),
  },
  {
    name: 'variables of the wrong type',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: BOOK, variables: { input: [1, 'two', { three: 3 }] } }),
  },
  {
    name: 'persisted query unknown hash',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({
      extensions: { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
    }),
  },
  {
    name: 'persisted query wrong hash for its query',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({
      query: OFFICES,
      extensions: { persistedQuery: { version: 1, sha256Hash: 'b'.repeat(64) } },
    }),
  },
  {
    name: 'persisted query of a future version',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({
      extensions: { persistedQuery: { version: 99, sha256Hash: { evil: true } } },
    }),
  },
  {
    name: 'text/plain body (a simple request)',
    method: 'POST',
    headers: { 'content-type': 'text/plain' },
    body: JSON.stringify({ query: OFFICES }),
  },
  {
    name: 'form body',
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'query=%7B%20offices%20%7B%20id%20%7D%20%7D',
  },
  {
    name: 'multipart body',
    method: 'POST',
    headers: { 'content-type': 'multipart/form-data; boundary=x' },
    body: '--x\r\nContent-Disposition: form-data; name="operations"\r\n\r\n{}\r\n--x--',
  },
  {
    name: 'application/graphql body',
    method: 'POST',
    headers: { 'content-type': 'application/graphql' },
    body: OFFICES,
  },
  {
    name: 'unknown charset',
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-7' },
    body: JSON.stringify({ query: OFFICES }),
  },
  {
    name: 'latin-1 body',
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=latin1' },
    body: Buffer.from('{"query":"{ offices { id name } }","variables":{"x":"\xe4\xff"}}', 'latin1'),
  },
  {
    name: 'invalid UTF-8',
    method: 'POST',
    headers: JSON_TYPE,
    body: Buffer.concat([
      Buffer.from('{"query":"{ offices { id } }","variables":{"x":"'),
      Buffer.from([0xc3, 0x28, 0xff, 0xfe, 0xed, 0xa0, 0x80, 0xf8, 0x88, 0x80, 0x80, 0x80]),
      Buffer.from('"}}'),
    ]),
  },
  {
    name: 'invalid UTF-8 in the query',
    method: 'POST',
    headers: JSON_TYPE,
    body: Buffer.concat([
      Buffer.from('{"query":"{ offices { id '),
      Buffer.from([0xff, 0xc0, 0xaf]),
      Buffer.from(' } }"}'),
    ]),
  },
  {
    name: 'UTF-16 body',
    method: 'POST',
    headers: JSON_TYPE,
    body: Buffer.from('{"query":"{ offices { id } }"}', 'utf16le'),
  },
  {
    name: 'gzip bomb',
    method: 'POST',
    headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
    body: gzipSync(`{"query":"{ offices { id } }","variables":{"x":"${'0'.repeat(20_000_000)}"}}`),
  },
  {
    name: 'gzip that is not gzip',
    method: 'POST',
    headers: { ...JSON_TYPE, 'content-encoding': 'gzip' },
    body: '{"query":"{ offices { id } }"}',
  },
  {
    name: 'unknown content encoding',
    method: 'POST',
    headers: { ...JSON_TYPE, 'content-encoding': 'br, zstd, x-evil' },
    body: '{"query":"{ offices { id } }"}',
  },
  {
    name: 'huge body',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: OFFICES, variables: { x: 'a'.repeat(3 * 1024 * 1024) } }),
  },
  {
    name: 'huge query',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: `{ ${'offices { id } '.repeat(5000)} }` }),
  },
  {
    name: 'query of 90 kB of one token',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: `{ ${'a'.repeat(90_000)} }` }),
  },
  {
    name: 'deeply nested JSON',
    method: 'POST',
    headers: JSON_TYPE,
    body: `{"query":"${OFFICES}","variables":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`,
  },
  {
    name: 'deeply nested query',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: `{ ${'offices { '.repeat(400)}id${' }'.repeat(400)} }` }),
  },
  {
    name: 'directive flood',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: `{ offices ${'@include(if: true) '.repeat(300)} { id } }` }),
  },
  {
    name: 'unknown directive',
    method: 'POST',
    headers: JSON_TYPE,
    body: JSON.stringify({ query: '{ offices @nope { id } }' }),
  },
  { name: 'GET without a query', method: 'GET', path: '/graphql' },
  {
    name: 'GET with a mutation',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent('mutation { signOut { userErrors { code } } }')}`,
    headers: { 'apollo-require-preflight': 'true' },
  },
  {
    name: 'GET with a query and a broken variables parameter',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(OFFICES)}&variables=%7Bnope&extensions=%5B`,
    headers: { 'apollo-require-preflight': 'true' },
  },
  {
    name: 'GET with repeated parameters',
    method: 'GET',
    path: `/graphql?query=${encodeURIComponent(OFFICES)}&query=x&operationName=a&operationName=b`,
    headers: { 'apollo-require-preflight': 'true' },
  },
  {
    name: 'GET with a malformed URL',
    method: 'GET',
    path: '/graphql?query=%E0%A4%A',
    headers: { 'apollo-require-preflight': 'true' },
  },
  { name: 'path with a malformed escape', method: 'GET', path: '/%c0%ae%c0%ae/%E0%A4%A' },
  { name: 'PUT', method: 'PUT', path: '/graphql', headers: JSON_TYPE, body: '{}' },
  { name: 'DELETE', method: 'DELETE', path: '/graphql' },
  { name: 'PATCH', method: 'PATCH', path: '/graphql', headers: JSON_TYPE, body: '{}' },
  {
    name: 'preflight from a foreign origin',
    method: 'OPTIONS',
    path: '/graphql',
    headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
  },
  {
    name: 'garbage authorization',
    method: 'POST',
    headers: { ...JSON_TYPE, authorization: `Bearer ${'\u00ff'.repeat(3)}'; --` },
    body: JSON.stringify({ query: OFFICES }),
  },
  {
    name: 'authorization of another scheme',
    method: 'POST',
    headers: { ...JSON_TYPE, authorization: 'Basic YWRtaW46YWRtaW4=' },
    body: JSON.stringify({ query: OFFICES }),
  },
  {
    name: 'garbage session cookie',
    method: 'POST',
    headers: { ...JSON_TYPE, cookie: `rathaus_session=${'%'.repeat(50)}; x=%E0%A4%A` },
    body: JSON.stringify({ query: OFFICES }),
  },
  {
    name: 'garbage accept-language and request id',
    method: 'POST',
    headers: {
      ...JSON_TYPE,
      'accept-language': `${'de;q=2,'.repeat(500)}*;q=-1`,
      'x-request-id': "'; DROP TABLE x; --",
    },
    body: JSON.stringify({ query: OFFICES }),
  },
  {
    name: 'forwarded header lies',
    method: 'POST',
    headers: { ...JSON_TYPE, 'x-forwarded-for': 'not an address, ::ffff:999.1.1.1, ,,' },
    body: JSON.stringify({ query: OFFICES }),
  },
];

const randomMalformed: fc.Arbitrary<RawRequest> = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }).map((body) => ({
    name: 'random text as JSON',
    method: 'POST' as const,
    headers: JSON_TYPE,
    body,
  })),
  fc.uint8Array({ maxLength: 300 }).map((bytes) => ({
    name: 'random bytes as JSON',
    method: 'POST' as const,
    headers: JSON_TYPE,
    body: Buffer.from(bytes),
  })),
  fc.jsonValue({ maxDepth: 4 }).map((value) => ({
    name: 'random JSON',
    method: 'POST' as const,
    headers: JSON_TYPE,
    body: JSON.stringify(value),
  })),
  fc
    .record({
      query: fc.oneof(fc.constant(OFFICES), fc.string({ unit: 'grapheme', maxLength: 80 })),
      variables: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
      operationName: fc.oneof(fc.string({ maxLength: 20 }), fc.constant(undefined), fc.integer()),
      extensions: fc.oneof(fc.jsonValue({ maxDepth: 3 }), fc.constant(undefined)),
    })
    .map((record) => ({
      name: 'random request fields',
      method: 'POST' as const,
      headers: JSON_TYPE,
      body: JSON.stringify(record),
    })),
  fc
    .tuple(
      fc.constantFrom(
        'text/plain',
        'application/json; charset=ebcdic',
        'application/json;;;',
        'application/xml',
        '*/*',
        'application/json, text/plain',
        '',
      ),
      fc.string({ maxLength: 60 }),
    )
    .map(([type, tail]) => ({
      name: `content type ${type}`,
      method: 'POST' as const,
      headers: { 'content-type': type },
      body: `{"query":"{ offices { id } }"${tail}}`,
    })),
);

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

async function send(request: RawRequest, caller: Caller = 'anonymous'): Promise<Answer> {
  const agent = server.http();
  const path = request.path ?? '/graphql';
  let test =
    request.method === 'GET'
      ? agent.get(path)
      : request.method === 'PUT'
        ? agent.put(path)
        : request.method === 'DELETE'
          ? agent.delete(path)
          : request.method === 'PATCH'
            ? agent.patch(path)
            : request.method === 'OPTIONS'
              ? agent.options(path)
              : agent.post(path);
  test = test.set({ ...headersOf[caller], ...request.headers }).buffer(true);
  // Read every answer as text, whatever its type: the checks look at the bytes sent.
  test = test.parse((res, done) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => done(null, text));
  });
  const response = await (request.body === undefined ? test : test.send(request.body));
  const text = response.body as string;
  return { status: response.status, text, body: parsed(text) };
}

describe('fuzzing the HTTP endpoint', () => {
  it('answers random valid operations with hostile values without a 5xx, a stack trace or SQL text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.gen(), async (g) => {
        const built = buildOperation(g);
        const path = `/graphql?query=${encodeURIComponent(built.query)}&variables=${encodeURIComponent(JSON.stringify(built.variables))}`;
        // Some queries as GET, as a CDN-friendly client sends them, within the URL length Node
        // reads (longer ones are cut off by Node's HTTP parser before Rathaus sees them).
        const get =
          built.query.startsWith('query') &&
          path.length < 8000 &&
          g(fc.integer, { min: 1, max: 10 }) === 1;
        const request: RawRequest = get
          ? {
              name: 'GET',
              method: 'GET',
              path,
              headers: { 'apollo-require-preflight': 'true' },
            }
          : {
              name: 'POST',
              method: 'POST',
              headers: JSON_TYPE,
              body: JSON.stringify({ query: built.query, variables: built.variables }),
            };
        const answer = await send(request, built.caller);
        judge(`${built.caller} ${built.query} ${JSON.stringify(built.variables)}`, answer);
        // A fuzzed signOut, revokeSession, changePassword or deleteMyAccount ends the caller's
        // credentials: fresh ones, so that the rest of the run reaches past authentication.
        if (answer.status === 401 && built.caller !== 'anonymous') await mintAgain();
      }),
      { seed: SEED, numRuns: OPERATION_RUNS, endOnFailure: true },
    );
  }, 120_000);

  it('answers malformed requests of every kind without a 5xx, a stack trace or SQL text', async () => {
    for (const request of FIXED_MALFORMED) {
      judge(request.name, await send(request));
    }
    await fc.assert(
      fc.asyncProperty(randomMalformed, async (request) => {
        const body = request.body instanceof Buffer ? request.body.toString('hex') : request.body;
        judge(`${request.name}: ${String(body)}`, await send(request));
      }),
      { seed: SEED, numRuns: MALFORMED_RUNS, endOnFailure: true },
    );
  }, 60_000);

  it('is alive and answering at the end, and says what it was sent', async () => {
    const health = await server.http().get('/healthz');
    expect(health.status).toBe(200);
    const offices = await server.gql<{ offices: unknown[] }>(OFFICES);
    expect(offices.status).toBe(200);
    expect(offices.body.data!.offices.length).toBeGreaterThan(0);

    const byStatus = [...counts.byStatus].sort().map(([key, n]) => `${key}=${n}`);
    const codes = [...counts.codes]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([code, n]) => `${code}=${n}`);
    console.log(
      `fuzz-http: requests=${counts.requests} ${byStatus.join(' ')} userErrors=${counts.userErrors} codes: ${codes.join(' ')}`,
    );
    expect(counts.requests).toBe(OPERATION_RUNS + FIXED_MALFORMED.length + MALFORMED_RUNS);
    expect(counts.byStatus.get('5xx')).toBeUndefined();
  });
});
