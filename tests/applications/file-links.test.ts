import {
  signFileLink,
  verifyFileLink,
  type FileLinkClaim,
} from '../../src/applications/file-links.js';

// Documents, receipts and decisions are downloaded by links that the server signed for one file
// and one viewer, for a few minutes: no URL of a file can be guessed, changed or kept for later.

const SECRET = 'a-signing-secret-of-at-least-32-characters';
const NOW = new Date('2026-12-04T09:00:00Z');
const IN_FIVE_MINUTES = new Date(NOW.getTime() + 5 * 60_000);
const CLAIM: FileLinkClaim = {
  kind: 'document',
  id: '0b7c5a4e-3f51-4d8e-9a4b-6c1d2e3f4a5b',
  viewer: '5f0e8d7c-6b5a-4938-8271-605f4e3d2c1b',
};

/** The token with one character at `index` replaced by another URL-safe one. */
function changed(token: string, index: number): string {
  const replacement = token[index] === 'A' ? 'B' : 'A';
  return `${token.slice(0, index)}${replacement}${token.slice(index + 1)}`;
}

describe('file links', () => {
  it('gives back the claim of a link it signed, until the link expires', () => {
    const token = signFileLink(SECRET, CLAIM, IN_FIVE_MINUTES);

    expect(verifyFileLink(SECRET, token, NOW)).toEqual(CLAIM);
    expect(verifyFileLink(SECRET, token, new Date(IN_FIVE_MINUTES.getTime() - 1))).toEqual(CLAIM);
  });

  it('tells which kind of file a link opens', () => {
    for (const kind of ['document', 'receipt', 'decision'] as const) {
      const token = signFileLink(SECRET, { ...CLAIM, kind }, IN_FIVE_MINUTES);
      expect(verifyFileLink(SECRET, token, NOW)).toEqual({ ...CLAIM, kind });
    }
  });

  it('refuses a link from its expiry on', () => {
    const token = signFileLink(SECRET, CLAIM, IN_FIVE_MINUTES);

    expect(verifyFileLink(SECRET, token, IN_FIVE_MINUTES)).toBeNull();
    expect(
      verifyFileLink(SECRET, token, new Date(IN_FIVE_MINUTES.getTime() + 86_400_000)),
    ).toBeNull();
  });

  it('refuses a link with any character changed, in the claim or in the signature', () => {
    const token = signFileLink(SECRET, CLAIM, IN_FIVE_MINUTES);
    expect(verifyFileLink(SECRET, token, NOW)).toEqual(CLAIM);

    for (let index = 0; index < token.length; index++) {
      if (token[index] === '.') continue;
      expect(verifyFileLink(SECRET, changed(token, index), NOW)).toBeNull();
    }
  });

  it("refuses another viewer's claim under a signature made for someone else", () => {
    const mine = signFileLink(SECRET, CLAIM, IN_FIVE_MINUTES);
    const theirs = signFileLink(SECRET, { ...CLAIM, viewer: 'someone-else' }, IN_FIVE_MINUTES);
    const [theirClaim] = theirs.split('.');
    const [, mySignature] = mine.split('.');

    expect(verifyFileLink(SECRET, theirs, NOW)).toEqual({ ...CLAIM, viewer: 'someone-else' });
    expect(verifyFileLink(SECRET, `${theirClaim}.${mySignature}`, NOW)).toBeNull();
  });

  it('refuses a link signed with another secret', () => {
    const token = signFileLink('another-secret-of-at-least-32-characters!', CLAIM, IN_FIVE_MINUTES);

    expect(verifyFileLink(SECRET, token, NOW)).toBeNull();
    expect(verifyFileLink('another-secret-of-at-least-32-characters!', token, NOW)).toEqual(CLAIM);
  });

  it('answers null, never an exception, for anything that is not a link', () => {
    const token = signFileLink(SECRET, CLAIM, IN_FIVE_MINUTES);
    const junk = [
      '',
      '.',
      'abc',
      token.replace('.', ''),
      `${token}=`,
      `${token}.${token}`,
      `${'A'.repeat(100_000)}.${'A'.repeat(43)}`,
      'eyJrIjoiZG9jdW1lbnQifQ.not-a-signature',
      token.replaceAll('-', '+').replaceAll('_', '/'),
    ];

    for (const candidate of junk) {
      expect(verifyFileLink(SECRET, candidate, NOW)).toBeNull();
    }
  });

  it('makes links that go into a URL as they are and differ for every file and viewer', () => {
    const token = signFileLink(SECRET, CLAIM, IN_FIVE_MINUTES);
    const other = signFileLink(SECRET, { ...CLAIM, id: 'another-document' }, IN_FIVE_MINUTES);

    expect(encodeURIComponent(token)).toBe(token);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(other.split('.')[1]).not.toBe(token.split('.')[1]);
  });

  it('refuses to sign or verify without a secret', () => {
    expect(() => signFileLink('', CLAIM, IN_FIVE_MINUTES)).toThrow('signing secret');
    const token = signFileLink(SECRET, CLAIM, IN_FIVE_MINUTES);
    expect(() => verifyFileLink('', token, NOW)).toThrow('signing secret');
  });
});
