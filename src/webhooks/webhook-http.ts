import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import {
  checkedAddresses,
  parseWebhookUrl,
  WebhookUrlError,
  type AddressPolicy,
} from './webhook-address.js';

/** How a delivery attempt ended: the answer's status, or why there was none. */
export type PostOutcome = { status: number | null; error: string | null };

export type PostOptions = AddressPolicy & {
  /** The whole attempt (connecting, sending, the answer's head) fails after this. */
  timeoutMs: number;
  /** More of the answer's body than this is not read: the connection is closed. */
  maxResponseBytes: number;
};

/**
 * POSTs a delivery. The host's addresses are checked again now (a name may resolve elsewhere
 * than at registration) and the connection goes to the first checked one, so that no second
 * lookup can lead it elsewhere; redirects are not followed (a 3xx is a failed attempt), and the
 * answer's body is read up to a limit and discarded.
 */
export async function postWebhook(
  rawUrl: string,
  headers: Record<string, string>,
  body: string,
  options: PostOptions,
): Promise<PostOutcome> {
  let address: string;
  let url: URL;
  try {
    url = parseWebhookUrl(rawUrl);
    [address] = (await checkedAddresses(url, options)) as [string];
  } catch (error) {
    if (error instanceof WebhookUrlError) {
      return { status: null, error: `address refused: ${error.refusal}` };
    }
    throw error;
  }
  const pinned: LookupFunction = (_host, lookupOptions, callback) => {
    const family = address.includes(':') ? 6 : 4;
    if (lookupOptions.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  };
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<PostOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: PostOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const req = send(
      url,
      {
        method: 'POST',
        lookup: pinned,
        // A connection per attempt: a pooled one would outlive the address check it was made for.
        agent: false,
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': String(Buffer.byteLength(body)),
          'user-agent': 'Rathaus-Webhooks/1',
        },
      },
      (res: IncomingMessage) => {
        const status = res.statusCode ?? null;
        let received = 0;
        res.on('data', (chunk: Buffer) => {
          received += chunk.length;
          if (received > options.maxResponseBytes) {
            res.destroy();
            finish({ status, error: null });
          }
        });
        res.on('end', () => finish({ status, error: null }));
        res.on('error', () => finish({ status, error: null }));
      },
    );
    const timer = setTimeout(() => {
      req.destroy();
      finish({ status: null, error: `no answer within ${options.timeoutMs} ms` });
    }, options.timeoutMs);
    req.on('error', (error) => finish({ status: null, error: error.message.slice(0, 300) }));
    req.end(body);
  });
}
