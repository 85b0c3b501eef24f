/**
 * The UTF-8 bytes of `JSON.stringify(value)` and a newline (Apollo's serialisation of an answer),
 * made without one string of the whole answer.
 *
 * V8 keeps a string as one byte per character only while every character is Latin-1. One "’" or
 * "„" in a message makes the whole answer's JSON a two-byte string, and V8 stringifies that and
 * encodes it to UTF-8 four to five times slower (a 72 kB inbox page: 1.1–1.5 ms instead of 0.25,
 * bench/RESULTS.md 2026-12-07). Here an answer with such a character is written list element by
 * list element, each element without one (or without a list of objects inside) stringified and
 * encoded on its own: only the elements with such a character take the slow path. An answer all
 * in Latin-1 is one JSON.stringify.
 */
export function answerBytes(value: unknown): Buffer {
  if (!split(value)) {
    const json = JSON.stringify(value);
    if (json === undefined) throw new TypeError('An answer must be a JSON value');
    return Buffer.from(`${json}\n`, 'utf8');
  }
  const out = new ByteWriter();
  put(out, value);
  out.text('\n');
  return out.bytes();
}

/** Grows as needed; `bytes()` is what was written. */
class ByteWriter {
  private buffer = Buffer.allocUnsafe(2048);
  private length = 0;

  text(text: string): void {
    // UTF-8 takes at most 3 bytes for a UTF-16 code unit.
    const most = this.length + text.length * 3;
    if (most > this.buffer.length) {
      const larger = Buffer.allocUnsafe(Math.max(most, this.buffer.length * 2));
      this.buffer.copy(larger, 0, 0, this.length);
      this.buffer = larger;
    }
    this.length += this.buffer.write(text, this.length);
  }

  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }
}

/** Whether JSON.stringify writes what `toJSON` returns instead of the value itself. */
function hasToJSON(value: object): boolean {
  return typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** An object JSON.stringify writes key by key: no prototype of its own and no `toJSON`. */
function isPlainObject(value: object): value is Record<string, unknown> {
  const prototype = Object.getPrototypeOf(value) as unknown;
  return (prototype === Object.prototype || prototype === null) && !hasToJSON(value);
}

/** Whether a list of objects is somewhere inside (lists of texts and numbers are written whole). */
function holdsListOfObjects(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) {
    return value.some((element) => element !== null && typeof element === 'object');
  }
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) if (holdsListOfObjects(value[key])) return true;
  return false;
}

/** A UTF-16 code unit beyond Latin-1: a string with one is held two bytes a character. */
const WIDE = /[\u0100-\uffff]/;

/** Whether a text beyond Latin-1 is somewhere inside (a walk costs a fifth of a stringify). */
function holdsWideText(value: unknown): boolean {
  if (typeof value === 'string') return WIDE.test(value);
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value)) return value.some(holdsWideText);
  for (const key of Object.keys(value)) {
    if (holdsWideText((value as Record<string, unknown>)[key])) return true;
  }
  return false;
}

/**
 * Whether `value` is written part by part: a list or plain object with a list of objects and a
 * text beyond Latin-1 inside. Anything else is one JSON.stringify, fast while it is all Latin-1.
 */
function split(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false;
  if (Array.isArray(value) ? hasToJSON(value) : !isPlainObject(value)) return false;
  return holdsListOfObjects(value) && holdsWideText(value);
}

/** Writes a list or object that `split` chose, as JSON.stringify would. */
function put(out: ByteWriter, value: Record<string, unknown> | unknown[]): void {
  if (Array.isArray(value)) {
    out.text('[');
    value.forEach((element, index) => {
      if (index > 0) out.text(',');
      if (split(element)) put(out, element);
      else out.text(JSON.stringify(element) ?? 'null');
    });
    out.text(']');
    return;
  }
  out.text('{');
  let first = true;
  for (const key of Object.keys(value)) {
    const member = value[key];
    const json = split(member) ? null : JSON.stringify(member);
    // Left out of an object as JSON.stringify leaves them out: undefined, functions, symbols.
    if (json === undefined) continue;
    out.text(`${first ? '' : ','}${JSON.stringify(key)}:`);
    first = false;
    if (json === null) put(out, member as Record<string, unknown> | unknown[]);
    else out.text(json);
  }
  out.text('}');
}
