import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';

// Server-side request forgery: an endpoint URL must not make the server call into its own
// network. Checked when an endpoint is registered or changed, and again before every delivery
// after the name is resolved, and the request then goes to exactly the address that was checked
// (a name that resolves to a public address at registration and a private one later is refused).

/** Addresses no delivery goes to, unless an admin allows the host (WEBHOOK_ALLOWED_HOSTS). */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64 (reaches IPv4 addresses)
  ['64:ff9b:1::', 48], // local-use NAT64
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['2002::', 16], // 6to4 (reaches IPv4 addresses)
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

/** The IPv4 address inside an IPv4-mapped (::ffff:a.b.c.d) or -compatible (::a.b.c.d) one. */
function embeddedIpv4(address: string): string | null {
  const dotted = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (dotted) return dotted[1]!;
  const hex = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address);
  if (!hex) return null;
  const high = parseInt(hex[1]!, 16);
  const low = parseInt(hex[2]!, 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join('.');
}

/** Whether the address is one a webhook must not reach (private, loopback, link-local, ...). */
export function isBlockedAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return BLOCKED.check(address, 'ipv4');
  if (family !== 6) return true;
  const ipv4 = embeddedIpv4(address.toLowerCase());
  if (ipv4) return BLOCKED.check(ipv4, 'ipv4');
  return BLOCKED.check(address, 'ipv6');
}

/** Why a URL is refused, for the error message's key and the delivery log. */
export enum UrlRefusal {
  /** Not an absolute http(s) URL without credentials, or too long. */
  INVALID = 'INVALID',
  /** The name does not resolve. */
  UNRESOLVABLE = 'UNRESOLVABLE',
  /** It resolves to an address the server must not call. */
  BLOCKED = 'BLOCKED',
}

export class WebhookUrlError extends Error {
  constructor(readonly refusal: UrlRefusal) {
    super(`webhook URL refused: ${refusal}`);
  }
}

/** Which hosts may be private (WEBHOOK_ALLOWED_HOSTS), and how names are resolved. */
export type AddressPolicy = {
  allowedHosts: readonly string[];
  /** All addresses of a name: dns.lookup unless given (a test resolves a made-up name). */
  resolve?: (host: string) => Promise<string[]>;
};

const MAX_URL_LENGTH = 2000;

/** The URL parsed, if it is an absolute http(s) URL without user name or password. */
export function parseWebhookUrl(raw: string): URL {
  if (raw.length > MAX_URL_LENGTH) throw new WebhookUrlError(UrlRefusal.INVALID);
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new WebhookUrlError(UrlRefusal.INVALID);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new WebhookUrlError(UrlRefusal.INVALID);
  }
  if (url.username || url.password || !url.hostname) throw new WebhookUrlError(UrlRefusal.INVALID);
  return url;
}

/** The host as compared with WEBHOOK_ALLOWED_HOSTS: lower case, IPv6 without brackets. */
function hostOf(url: URL): string {
  return url.hostname.toLowerCase().replace(/^\[(.*)\]$/, '$1');
}

async function resolveAll(host: string): Promise<string[]> {
  const answers = await lookup(host, { all: true, verbatim: true });
  return answers.map((answer) => answer.address);
}

/**
 * The addresses the URL's host stands for, every one of them allowed: an IP literal as it is, a
 * name resolved. Throws WebhookUrlError when one is blocked (all must pass: a name with a public
 * and a private address could be made to reach the private one) or the name does not resolve.
 */
export async function checkedAddresses(url: URL, policy: AddressPolicy): Promise<string[]> {
  const host = hostOf(url);
  let addresses: string[];
  if (isIP(host)) addresses = [host];
  else {
    try {
      addresses = await (policy.resolve ?? resolveAll)(host);
    } catch {
      throw new WebhookUrlError(UrlRefusal.UNRESOLVABLE);
    }
    if (addresses.length === 0) throw new WebhookUrlError(UrlRefusal.UNRESOLVABLE);
  }
  const allowed = policy.allowedHosts.includes(host);
  if (!allowed && addresses.some(isBlockedAddress)) throw new WebhookUrlError(UrlRefusal.BLOCKED);
  return addresses;
}
