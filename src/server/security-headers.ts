import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The security headers of every response (helmet), HTML pages above all: the web client, GraphiQL
 * and the pages behind e-mail links. The Content Security Policy allows scripts, styles, fonts and
 * connections only from this server's own origin (no inline scripts or styles: GraphiQL's and the
 * web client's are files), images also as data: URLs (the icons in the design system's CSS), and
 * no framing by any page (clickjacking). Over https, browsers are told to stay on https (HSTS) and
 * to upgrade any plain-http request of a page; a plain-http address (development, localhost) gets
 * neither, or the browser could not reach it any more.
 */
export function securityHeaders(publicUrl: string): RequestHandler {
  const https = new URL(publicUrl).protocol === 'https:';
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
