import { answerBytes } from '../../src/server/answer-bytes.js';

// /graphql's answers with a text beyond Latin-1 are written with each such text stood in for by a
// marker while the rest is stringified (src/server/answer-bytes.ts): the bytes must be exactly
// those of JSON.stringify and a newline, whatever the answer holds, and the answer must be left
// as it was. Every case but the Latin-1 one has such a text.

const expected = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\n`, 'utf8');

class Named {
  constructor(readonly items: object[]) {}
}

const message = (seq: number, body: string) => ({
  cursor: `c2VxOj${seq}`,
  node: { id: `TWVzc2FnZTo${seq}`, seq, authorRole: 'STAFF', body, createdAt: new Date(seq) },
});

const answers: Record<string, unknown> = {
  'an inbox page with texts beyond Latin-1': {
    data: {
      inbox: {
        unreadConversations: 7,
        conversations: {
          totalCount: 2,
          pageInfo: { hasNextPage: false, endCursor: null },
          edges: [
            {
              cursor: 'b2Zmc2V0OjA',
              node: {
                subject: 'Frage zu „Kitaplatz“',
                assignee: null,
                messages: {
                  edges: [message(1, 'Grüße, ich hätte’s gern 😀'), message(2, 'ok')],
                },
              },
            },
            { cursor: 'b2Zmc2V0OjE', node: { subject: 'Ummeldung', messages: { edges: [] } } },
          ],
        },
      },
    },
    extensions: { cost: { requested: 212, remaining: 99_788 } },
  },
  'errors with locations and extensions': {
    errors: [
      {
        message: 'Variable "$first" got invalid value "Grüße’"',
        locations: [{ line: 1, column: 12 }],
        extensions: { code: 'BAD_USER_INPUT', requestId: 'abc' },
      },
    ],
  },
  'escapes: quotes, backslashes, control characters, a lone surrogate, in keys too': {
    list: [{ 'a"b\\c': 'line\nbreak\u0001\t"quoted"\\', lone: '\ud800x', pair: '\ud83d\ude00' }],
  },
  'what JSON.stringify leaves out or turns into null': {
    list: [
      { gone: undefined, fn: () => 1, symbol: Symbol('s'), kept: '’', list: [{ n: 1 }] },
      undefined,
      () => 2,
      Symbol('t'),
      Number.NaN,
      Number.POSITIVE_INFINITY,
      -0,
    ],
    alsoGone: undefined,
  },
  'values with toJSON, class instances and objects without a prototype': {
    list: [
      { at: new Date(Date.UTC(2027, 0, 7, 8)), own: { toJSON: () => ({ replaced: [{ a: 1 }] }) } },
      new Named([{ x: 1 }]),
      Object.assign(Object.create(null) as object, { bare: [{ y: '„z“' }] }),
    ],
  },
  'lists of lists and of plain values, empty lists and objects': {
    grid: [[{ a: 1 }, { b: [] }], [], [1, 'zwei', null, true]],
    empty: {},
    texts: ['’', 'a'],
  },
  'a large answer (the buffer grows)': {
    edges: Array.from({ length: 400 }, (_, index) =>
      message(index, index % 7 === 0 ? `„Nachricht“ ${index} ’` : `Nachricht ${index}`),
    ),
  },
  'an answer all in Latin-1 (one JSON.stringify)': {
    data: { services: { edges: [{ node: { name: 'Führerschein', offices: [{ id: 'T2Zm' }] } }] } },
  },
  'a plain value': 'nur ein Text’',
  'texts that are or hold the marker, next to texts beyond Latin-1': {
    list: [{ a: '\u0080', b: '’' }, 'x\u0080y', '„z“', '\u0001'],
  },
  'keys that are or hold the marker': { '\u0080': '’', text: '„a“', 'b\u0080': 'c' },
  'a key that is the marker, before the texts': { '\u0080': 'ok', text: '„a“' },
  'values of toJSON that are or hold the marker': {
    own: { toJSON: () => '\u0080' },
    text: '’',
    more: { toJSON: () => ['x\u0080', '’'] },
  },
  'frozen lists and objects': {
    list: Object.freeze(['’', Object.freeze({ text: '„b“' })]),
    text: '’',
  },
  'a list and an object with such texts held twice': (() => {
    const shared = { text: '„geteilt“', list: ['’', 'a'] };
    const texts = ['„x“', 'y'];
    return { first: shared, second: shared, lists: [texts, texts], again: { shared } };
  })(),
  'lists with holes and texts in Arabic, Turkish and emoji': {
    // eslint-disable-next-line no-sparse-arrays
    list: ['مرحبا بكم في البلدية', , 'Yılmaz', '😀', 'Müller'],
    name: 'Ayşe',
  },
  null: null,
};

it.each(Object.entries(answers))('writes %s as JSON.stringify does', (_, value) => {
  const before = JSON.stringify(value);
  expect(answerBytes(value).equals(expected(value))).toBe(true);
  expect(JSON.stringify(value)).toBe(before);
});

it('refuses what is no JSON value at all', () => {
  expect(() => answerBytes(undefined)).toThrow(TypeError);
});
