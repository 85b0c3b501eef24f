import { signFileLink, verifyFileLink } from '../../src/applications/file-links.js';
import {
  signUploadTicket,
  verifyUploadTicket,
  type UploadTicket,
} from '../../src/applications/upload-tickets.js';

// A citizen's browser puts a document's bytes to a URL that the server signed for one application,
// one requirement and one uploader, for a quarter of an hour: nobody can forge or redirect one.

const SECRET = 'a-signing-secret-of-at-least-32-characters';
const NOW = new Date('2026-12-04T09:00:00Z');
const IN_FIFTEEN_MINUTES = new Date(NOW.getTime() + 15 * 60_000);
const TICKET: UploadTicket = {
  applicationId: '0b7c5a4e-3f51-4d8e-9a4b-6c1d2e3f4a5b',
  requirement: 'proofOfAddress',
  fileName: 'Meldebescheinigung (Kopie).pdf',
  uploader: '5f0e8d7c-6b5a-4938-8271-605f4e3d2c1b',
};

describe('upload tickets', () => {
  it('gives back the ticket it signed until it expires, and nothing from then on', () => {
    const token = signUploadTicket(SECRET, TICKET, IN_FIFTEEN_MINUTES);

    expect(verifyUploadTicket(SECRET, token, NOW)).toEqual(TICKET);
    expect(verifyUploadTicket(SECRET, token, new Date(IN_FIFTEEN_MINUTES.getTime() - 1))).toEqual(
      TICKET,
    );
    expect(verifyUploadTicket(SECRET, token, IN_FIFTEEN_MINUTES)).toBeNull();
  });

  it('refuses a ticket with any character changed or signed with another secret', () => {
    const token = signUploadTicket(SECRET, TICKET, IN_FIFTEEN_MINUTES);
    for (let index = 0; index < token.length; index++) {
      if (token[index] === '.') continue;
      const replacement = token[index] === 'A' ? 'B' : 'A';
      const changed = `${token.slice(0, index)}${replacement}${token.slice(index + 1)}`;
      expect(verifyUploadTicket(SECRET, changed, NOW)).toBeNull();
    }
    const foreign = signUploadTicket(
      'another-secret-of-at-least-32-characters!',
      TICKET,
      IN_FIFTEEN_MINUTES,
    );
    expect(verifyUploadTicket(SECRET, foreign, NOW)).toBeNull();
  });

  it('never takes a download link for an upload ticket, nor the other way round', () => {
    const link = signFileLink(
      SECRET,
      { kind: 'document', id: TICKET.applicationId, viewer: TICKET.uploader },
      IN_FIFTEEN_MINUTES,
    );
    const ticket = signUploadTicket(SECRET, TICKET, IN_FIFTEEN_MINUTES);

    expect(verifyFileLink(SECRET, link, NOW)).not.toBeNull();
    expect(verifyUploadTicket(SECRET, link, NOW)).toBeNull();
    expect(verifyUploadTicket(SECRET, ticket, NOW)).not.toBeNull();
    expect(verifyFileLink(SECRET, ticket, NOW)).toBeNull();
  });

  it('makes tokens that go into a URL path as they are', () => {
    const token = signUploadTicket(SECRET, TICKET, IN_FIFTEEN_MINUTES);
    expect(encodeURIComponent(token)).toBe(token);
    expect(() => signUploadTicket('', TICKET, IN_FIFTEEN_MINUTES)).toThrow('signing secret');
  });
});
