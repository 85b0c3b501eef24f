import { isoUtc } from '../../src/common/iso-time.js';

// isoUtc stands in for Date#toISOString in every answer's DateTime: it must write the same text
// for every instant of the years 1 to 9999.

const EDGES = [
  '0001-01-01T00:00:00.000Z',
  '0004-02-29T12:00:00.000Z',
  '0099-12-31T23:59:59.999Z',
  '0999-12-31T23:59:59.999Z',
  '1000-01-01T00:00:00.000Z',
  '1582-10-15T00:00:00.001Z',
  '1900-02-28T23:59:59.999Z',
  '1900-03-01T00:00:00.000Z',
  '1969-12-31T23:59:59.999Z',
  '1970-01-01T00:00:00.000Z',
  '2000-02-29T00:00:00.000Z',
  '2024-12-31T23:59:59.999Z',
  '2026-12-07T21:30:00.000Z',
  '2100-02-28T23:00:00.000Z',
  '2100-03-01T00:00:00.000Z',
  '2400-02-29T10:09:08.007Z',
  '9999-12-31T23:59:59.999Z',
];

it('writes the edges of the calendar as toISOString does', () => {
  for (const text of EDGES) expect(isoUtc(Date.parse(text))).toBe(text);
});

it('writes 200,000 instants spread over the years 1 to 9999 as toISOString does', () => {
  const earliest = Date.parse('0001-01-01T00:00:00.000Z');
  const span = Date.parse('9999-12-31T23:59:59.999Z') - earliest;
  // A fixed sequence (linear congruential), so that a failure can be repeated.
  let seed = 20261207;
  const mismatches: string[] = [];
  for (let i = 0; i < 200_000; i++) {
    seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
    const fraction = (seed / 2_147_483_648 + i / 200_000) % 1;
    const time = earliest + Math.floor(fraction * span);
    const expected = new Date(time).toISOString();
    if (isoUtc(time) !== expected) mismatches.push(expected);
  }
  expect(mismatches).toEqual([]);
});

it('writes every millisecond around midnight and every day of a leap year right', () => {
  const start = Date.parse('2028-01-01T00:00:00.000Z');
  for (let day = 0; day < 366; day++) {
    for (const offset of [-1, 0, 1, 43_200_000]) {
      const time = start + day * 86_400_000 + offset;
      expect(isoUtc(time)).toBe(new Date(time).toISOString());
    }
  }
});
