import { checkUpload } from '../../src/applications/upload-check.js';
import { pdf, png } from '../support/sample-files.js';

// Uploads are judged by their bytes, never by their names: a document that staff open in the
// browser must be what it claims to be, and text formats that can carry scripts (SVG, HTML) are
// never accepted, whatever a form's definition lists.

/** A 1×1 baseline JPEG (JFIF), 125 bytes. */
function jpeg(): Uint8Array {
  return Buffer.from(
    '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=',
    'base64',
  );
}

const text = (content: string): Uint8Array => Buffer.from(content, 'utf8');

const documents = { mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 10_000 };

describe('checkUpload', () => {
  it('accepts a PDF, a PNG and a JPEG declared as what they are, naming the type found', async () => {
    await expect(checkUpload(pdf(), 'application/pdf', documents)).resolves.toEqual({
      mediaType: 'application/pdf',
    });
    await expect(checkUpload(png(), 'image/png', documents)).resolves.toEqual({
      mediaType: 'image/png',
    });
    await expect(checkUpload(jpeg(), 'image/jpeg', documents)).resolves.toEqual({
      mediaType: 'image/jpeg',
    });
  });

  it('understands the other names and the parameters browsers give the same types', async () => {
    await expect(checkUpload(jpeg(), 'image/jpg', documents)).resolves.toEqual({
      mediaType: 'image/jpeg',
    });
    await expect(
      checkUpload(pdf(), 'Application/PDF; name="Bescheid.pdf"', documents),
    ).resolves.toEqual({ mediaType: 'application/pdf' });
  });

  it('refuses a PNG that is named and declared as a PDF', async () => {
    await expect(checkUpload(png(), 'application/pdf', documents)).resolves.toEqual({
      code: 'CONTENT_MISMATCH',
    });
  });

  it('refuses a text file renamed .pdf as not what it claims (its browser declares a PDF)', async () => {
    const renamed = text('Meine Meldebescheinigung\nName: Jürgen Groß\n');
    await expect(checkUpload(renamed, 'application/pdf', documents)).resolves.toEqual({
      code: 'CONTENT_MISMATCH',
    });
    await expect(checkUpload(renamed, 'text/plain', documents)).resolves.toEqual({
      code: 'TYPE_NOT_ALLOWED',
    });
  });

  it('never accepts SVG or HTML, even when a form lists them', async () => {
    const careless = {
      mediaTypes: ['image/svg+xml', 'text/html', 'application/pdf'],
      maxBytes: 10_000,
    };
    const svg = text('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const html = text('<!doctype html><html><body><script>alert(1)</script></body></html>');
    await expect(checkUpload(svg, 'image/svg+xml', careless)).resolves.toEqual({
      code: 'TYPE_NOT_ALLOWED',
    });
    await expect(checkUpload(html, 'text/html', careless)).resolves.toEqual({
      code: 'TYPE_NOT_ALLOWED',
    });
    await expect(checkUpload(svg, 'application/pdf', careless)).resolves.toEqual({
      code: 'CONTENT_MISMATCH',
    });
  });

  it('refuses a type the requirement does not accept, however real the file is', async () => {
    const pdfOnly = { mediaTypes: ['application/pdf'], maxBytes: 10_000 };
    await expect(checkUpload(png(), 'image/png', pdfOnly)).resolves.toEqual({
      code: 'TYPE_NOT_ALLOWED',
    });
    await expect(checkUpload(pdf(), 'application/pdf', pdfOnly)).resolves.toEqual({
      mediaType: 'application/pdf',
    });
  });

  it('lets the content decide when the browser declared no type', async () => {
    await expect(checkUpload(png(), '', documents)).resolves.toEqual({ mediaType: 'image/png' });
    await expect(checkUpload(pdf(), 'application/octet-stream', documents)).resolves.toEqual({
      mediaType: 'application/pdf',
    });
    await expect(checkUpload(text('plain text'), '', documents)).resolves.toEqual({
      code: 'TYPE_NOT_ALLOWED',
    });
    const pdfOnly = { mediaTypes: ['application/pdf'], maxBytes: 10_000 };
    await expect(checkUpload(png(), '', pdfOnly)).resolves.toEqual({ code: 'TYPE_NOT_ALLOWED' });
  });

  it('refuses an empty file', async () => {
    await expect(checkUpload(new Uint8Array(0), 'application/pdf', documents)).resolves.toEqual({
      code: 'EMPTY',
    });
  });

  it('accepts a file of exactly the size limit and refuses one byte more', async () => {
    const file = png();
    const exact = { ...documents, maxBytes: file.byteLength };
    await expect(checkUpload(file, 'image/png', exact)).resolves.toEqual({
      mediaType: 'image/png',
    });
    const smaller = { ...documents, maxBytes: file.byteLength - 1 };
    await expect(checkUpload(file, 'image/png', smaller)).resolves.toEqual({ code: 'TOO_LARGE' });
  });
});
