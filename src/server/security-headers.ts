import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The security headers of the pages, files and feeds (helmet), HTML pages above all: the web
 * client, GraphiQL and the pages behind e-mail links. The Content Security Policy allows scripts,
 * styles, fonts and connections only from this server's own origin (no inline scripts or styles:
 * GraphiQL's and the web client's are files), images also as data: URLs (the icons in the design
 * system's CSS), and no framing by any page (clickjacking). Over https, browsers are told to stay
 * on https (HSTS) and to upgrade any plain-http request of a page; a plain-http address
 * (development, localhost) gets neither, or the browser could not reach it any more.
 */
function pageHeaders(https: boolean): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        // 'self' covers ws: and wss: of the same host for graphql-ws (CSP level 3).
        connectSrc: ["'self'"],
        // GraphiQL's stylesheet brings its fonts as data: URLs.
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    // Links carry signed tokens (/appointment?token=…): no other site learns them.
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    xFrameOptions: { action: 'deny' },
  });
}

/** HSTS for a year with subdomains, as helmet writes it, when the public address is https. */
const HSTS = 'max-age=31536000; includeSubDomains';

/**
 * The headers of the API's JSON answers (`/graphql`), after the OWASP REST Security Cheat Sheet:
 * a policy under which the answer, opened as a document, may load and run nothing and be framed
 * by no page, nosniff, no referrer, no reading by other sites' pages without CORS, and HSTS over
 * https. The headers that only mean something for an HTML document (the opener policy, origin
 * agent clusters, DNS prefetching, old browsers' download and XSS filters, Flash's cross-domain
 * policies) are left out: about 430 bytes of every answer that no client reads. Written once,
 * set as they are.
 */
function apiHeaders(https: boolean): RequestHandler {
  const headers: Array<[string, string]> = [
    ['Content-Security-Policy', "default-src 'none';frame-ancestors 'none'"],
    ['Cross-Origin-Resource-Policy', 'same-origin'],
    ['Referrer-Policy', 'no-referrer'],
    ['X-Content-Type-Options', 'nosniff'],
    ['X-Frame-Options', 'DENY'],
    ...(https ? [['Strict-Transport-Security', HSTS] as [string, string]] : []),
  ];
  return (_req, res, next) => {
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

const isHttps = (publicUrl: string) => new URL(publicUrl).protocol === 'https:';

/** The security headers of the API's JSON answers (`/graphql`) alone: `apiHeaders`. */
export function apiSecurityHeaders(publicUrl: string): RequestHandler {
  return apiHeaders(isHttps(publicUrl));
}

/**
 * The security headers of every response: the API's JSON answers at `/graphql` get
 * `apiHeaders`, everything else (pages, files, feeds) `pageHeaders`.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const https = isHttps(publicUrl);
  const page = pageHeaders(https);
  const api = apiHeaders(https);
  return (req, res, next) => (req.path === '/graphql' ? api : page)(req, res, next);
}
