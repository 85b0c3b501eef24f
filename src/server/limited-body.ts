import type { IncomingMessage } from 'node:http';

/**
 * The whole body of a request, or null as soon as it is known to exceed `maxBytes`: by its
 * Content-Length before a byte is read, or by counting while reading. Reading then stops, so a
 * client sending gigabytes costs this server at most `maxBytes` of memory; the caller answers 413
 * and closes the connection rather than draining the rest.
 */
export async function readLimitedBody(
  request: IncomingMessage,
  maxBytes: number,
): Promise<Buffer | null> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return null;
  // Listeners rather than `for await`: leaving that loop early destroys the request, and with it
  // the socket that the 413 answer still has to travel on.
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      request.off('data', onData).off('end', onEnd).off('error', onError);
      request.pause();
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, size));
    const onError = (error: Error) => reject(error);
    request.on('data', onData).on('end', onEnd).on('error', onError);
  });
}
