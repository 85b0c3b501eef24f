/**
 * The UTF-8 bytes of `JSON.stringify(value)` and a newline (Apollo's serialisation of an answer),
 * made without one string of the whole answer in two bytes a character.
 *
 * V8 keeps a string as one byte per character only while every character is Latin-1. One "’" or
 * "„" in a message makes the whole answer's JSON a two-byte string, and V8 stringifies that and
 * encodes it to UTF-8 several times slower (bench/RESULTS.md 2026-12-07 and 2026-12-08). So the
 * texts beyond Latin-1 in the answer's plain objects and lists are stood in for by a marker while
 * the answer, all in Latin-1 then, is one fast JSON.stringify; each of those texts is stringified
 * on its own and written where its marker is. The answer is left as it was: the texts go back in
 * place before anything else can run.
 */
export function answerBytes(value: unknown): Buffer {
  const replaced: Replaced = [];
  let marked: string | undefined;
  try {
    mark(value, replaced, new Set());
    marked = JSON.stringify(value);
  } catch {
    // A frozen list or object, which takes no marker, one met twice, or no JSON value at all:
    // see below.
  } finally {
    unmark(replaced);
  }
  if (marked !== undefined) {
    if (replaced.length === 0) return Buffer.from(`${marked}\n`, 'utf8');
    const bytes = withTexts(marked, replaced);
    if (bytes) return bytes;
  }
  // The answer stringified as it is (JSON.stringify throws what it throws).
  const json = JSON.stringify(value);
  if (json === undefined) throw new TypeError('An answer must be a JSON value');
  return Buffer.from(`${json}\n`, 'utf8');
}

/**
 * What stands for a text while the answer is stringified: a C1 control character, Latin-1 (the
 * JSON stays one byte a character) and written as it is (JSON.stringify escapes only those below
 * U+0020), so that one search for a character finds the markers. A text that holds it is stood
 * in for too.
 */
const MARKER = '\u0080';
const TO_MARK = /[\u0080\u0100-\uffff]/;
/** The marker as a whole JSON value, `"…"`: its bytes in UTF-8. */
const MARKER_BYTES = 4;
const QUOTE = 0x22;

/** Each replaced text as three entries: its list or object, its index or key, the text. */
type Replaced = unknown[];

/** The lists and objects in which a text was replaced. */
type Holders = Set<object>;

/** Whether JSON.stringify writes what `toJSON` returns instead of the value itself. */
function hasToJSON(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** Whether JSON.stringify writes an object key by key: no prototype of its own, no `toJSON`. */
function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && !hasToJSON(value);
}

/**
 * Puts the marker in place of each text to stand in for in the plain objects and lists that
 * JSON.stringify writes member by member, in the order it writes them. Values JSON.stringify
 * writes otherwise (`toJSON`, class instances) are left alone: their texts are written as they
 * come. Throws a TypeError at a frozen list or object, and at one with a replaced text that the
 * answer holds a second time (its texts would be written once).
 */
function mark(value: unknown, replaced: Replaced, holders: Holders): void {
  if (value === null || typeof value !== 'object') return;
  if (holders.has(value)) throw new TypeError('a list or object met twice');
  if (Array.isArray(value)) {
    if (hasToJSON(value)) return;
    for (let index = 0; index < value.length; index += 1) {
      markMember(value, index, value[index] as unknown, replaced, holders);
    }
    return;
  }
  if (!isPlainObject(value)) return;
  // A plain object's for…in is its own enumerable keys, in JSON.stringify's order.
  for (const key in value) markMember(value, key, value[key], replaced, holders);
}

function markMember(
  holder: object,
  at: string | number,
  member: unknown,
  replaced: Replaced,
  holders: Holders,
) {
  if (typeof member !== 'string') return mark(member, replaced, holders);
  if (!TO_MARK.test(member)) return;
  (holder as Record<string | number, unknown>)[at] = MARKER;
  replaced.push(holder, at, member);
  holders.add(holder);
}

/** Puts the texts back, the last replaced first. */
function unmark(replaced: Replaced): void {
  for (let index = replaced.length - 3; index >= 0; index -= 3) {
    (replaced[index] as Record<string | number, unknown>)[replaced[index + 1] as string] =
      replaced[index + 2];
  }
}

/**
 * The answer's bytes: its JSON with each marker's text written in its place; undefined when the
 * JSON holds a marker character that is none of them (in a key, or in a text of a `toJSON`).
 */
function withTexts(json: string, replaced: Replaced): Buffer | undefined {
  const texts: string[] = [];
  let length = Buffer.byteLength(json, 'utf8') + 1;
  for (let index = 2; index < replaced.length; index += 3) {
    const text = JSON.stringify(replaced[index]);
    texts.push(text);
    length += Buffer.byteLength(text, 'utf8') - MARKER_BYTES;
  }
  const bytes = Buffer.allocUnsafe(length);
  let written = 0;
  let from = 0;
  for (const text of texts) {
    const at = json.indexOf(MARKER, from);
    if (at === -1 || json.charCodeAt(at - 1) !== QUOTE || json.charCodeAt(at + 1) !== QUOTE) {
      return undefined;
    }
    written += bytes.write(json.slice(from, at - 1), written, 'utf8');
    written += bytes.write(text, written, 'utf8');
    from = at + 2;
  }
  // One marker more than texts: one of them was not where its text is.
  if (json.indexOf(MARKER, from) !== -1) return undefined;
  written += bytes.write(json.slice(from), written, 'utf8');
  bytes.write('\n', written, 'utf8');
  return bytes;
}
