import { fileTypeFromBuffer } from 'file-type';

/** What a document requirement of a form accepts: media types and a size limit in bytes. */
export type UploadRule = { mediaTypes: string[]; maxBytes: number };

export type UploadRefusal = 'EMPTY' | 'TOO_LARGE' | 'TYPE_NOT_ALLOWED' | 'CONTENT_MISMATCH';

/**
 * The media types Rathaus can recognise by their content and shows to staff without risk. A form
 * may accept fewer; it can never accept more: SVG and HTML are text that can carry scripts, and a
 * text format cannot be told apart from any other text by its bytes.
 */
export const UPLOAD_MEDIA_TYPES: readonly string[] = ['application/pdf', 'image/jpeg', 'image/png'];

/** Names browsers and mail clients use for the same formats. */
const ALIASES: Record<string, string> = {
  'image/jpg': 'image/jpeg',
  'image/pjpeg': 'image/jpeg',
  'image/x-png': 'image/png',
  'application/x-pdf': 'application/pdf',
};

/** What a browser sends when it does not know the type: then only the content decides. */
const UNKNOWN_TYPES = new Set(['', 'application/octet-stream']);

function normalized(mediaType: string): string {
  const essence = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return ALIASES[essence] ?? essence;
}

/**
 * Whether an uploaded file may be kept for a document requirement, decided by its bytes, never by
 * its name. In this order:
 * - EMPTY: no bytes; TOO_LARGE: more than `rule.maxBytes`.
 * - TYPE_NOT_ALLOWED: the declared type is not one the rule accepts (a text file declared as
 *   text/plain, an SVG, an HTML page, a Word document), or, when the browser declared no type, the
 *   content is none the rule accepts.
 * - CONTENT_MISMATCH: the declared type is accepted but the content is something else: a PNG
 *   named and declared as PDF, or a text file renamed `.pdf` (its browser declares application/pdf,
 *   which the content does not bear out; the citizen most likely picked the wrong file).
 * The accepted result names the media type found in the content, which is what the file is served
 * as later.
 */
export async function checkUpload(
  bytes: Uint8Array,
  declaredType: string,
  rule: UploadRule,
): Promise<{ mediaType: string } | { code: UploadRefusal }> {
  if (bytes.byteLength === 0) return { code: 'EMPTY' };
  if (bytes.byteLength > rule.maxBytes) return { code: 'TOO_LARGE' };
  const accepted = new Set(
    rule.mediaTypes.map(normalized).filter((type) => UPLOAD_MEDIA_TYPES.includes(type)),
  );
  const declared = normalized(declaredType);
  const typeDeclared = !UNKNOWN_TYPES.has(declared);
  if (typeDeclared && !accepted.has(declared)) return { code: 'TYPE_NOT_ALLOWED' };
  const found = await fileTypeFromBuffer(bytes);
  const detected = found ? normalized(found.mime) : null;
  if (!typeDeclared) {
    return detected && accepted.has(detected)
      ? { mediaType: detected }
      : { code: 'TYPE_NOT_ALLOWED' };
  }
  if (detected !== declared) return { code: 'CONTENT_MISMATCH' };
  return { mediaType: detected };
}
