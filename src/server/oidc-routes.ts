import { createHmac, timingSafeEqual } from 'node:crypto';
import { parseCookie, stringifySetCookie } from 'cookie';
import { Router, type Request, type Response } from 'express';
import * as client from 'openid-client';
import type { EntityManager } from '@mikro-orm/postgresql';
import { sessionViaIdentityProvider } from '../accounts/account.queries.js';
import { endSession } from '../accounts/account.service.js';
import { identityFromClaims } from '../accounts/oidc-claims.js';
import { signInWithProvider } from '../accounts/oidc.service.js';
import { authenticate } from '../auth/authenticate.js';
import type { CallerLimits } from '../auth/caller-limits.js';
import { sessionCookieOf, setSessionCookie, clearSessionCookie } from '../auth/session-cookie.js';
import type { Clock } from '../common/clock.js';
import { languageFromHeader } from '../common/language.js';
import { SessionKind } from '../entities/accounts/session.entity.js';
import { translate, type MessageKey } from '../i18n/messages.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { OidcConfig } from './config.js';
import type { Logger } from './logger.js';

/** Where the web client's button sends the browser to sign in at the town's provider. */
export const OIDC_START_PATH = '/auth/oidc/start';

/** The flow's state, nonce and PKCE verifier, between /start and /callback. */
const FLOW_COOKIE = 'rathaus_oidc';
const FLOW_PATH = '/auth/oidc';
/** Signing in at the provider must finish within this time. */
const FLOW_VALID_SECONDS = 600;
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

type Flow = { state: string; nonce: string; verifier: string; expiresAt: number };

function sign(secret: string, payload: string): string {
  return createHmac('sha256', `oidc-flow:${secret}`).update(payload).digest('base64url');
}

function flowCookie(secret: string, flow: Flow, secure: boolean): string {
  const payload = Buffer.from(JSON.stringify(flow)).toString('base64url');
  return stringifySetCookie({
    name: FLOW_COOKIE,
    value: `${payload}.${sign(secret, payload)}`,
    maxAge: FLOW_VALID_SECONDS,
    path: FLOW_PATH,
    httpOnly: true,
    secure,
    // The provider sends the browser back with a top-level GET from its own site.
    sameSite: 'lax',
  });
}

function clearedFlowCookie(secure: boolean): string {
  return stringifySetCookie({
    name: FLOW_COOKIE,
    value: '',
    expires: new Date(0),
    path: FLOW_PATH,
    httpOnly: true,
    secure,
    sameSite: 'lax',
  });
}

/** The flow this browser started here, if its signature holds and it has not expired. */
function flowOf(secret: string, header: string | undefined, now: Date): Flow | null {
  const value = header ? parseCookie(header)[FLOW_COOKIE] : undefined;
  const [payload, signature] = value?.split('.') ?? [];
  if (!payload || !signature) return null;
  const expected = Buffer.from(sign(secret, payload));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const flow = JSON.parse(Buffer.from(payload, 'base64url').toString()) as Flow;
  return flow.expiresAt > now.getTime() ? flow : null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export type OidcRouteDependencies = {
  oidc: OidcConfig;
  publicUrl: string;
  /** Signs the flow cookie (LINK_SIGNING_SECRET). */
  secret: string;
  em: () => EntityManager;
  bus: EventBus;
  clock: Clock;
  logger: Logger;
  clientAddress: (req: Request) => string;
  /** The limits of use of an anonymous caller at this address. */
  limitsFor: (req: Request, res: Response) => CallerLimits;
};

/**
 * Staff sign-in with the town's OpenID Connect provider (docs/decisions/0021-oidc-staff.md):
 * GET /auth/oidc/start sends the browser to the provider (authorization code with PKCE, state and
 * nonce in a signed cookie), GET /auth/oidc/callback checks the answer (openid-client validates
 * issuer, audience, signature, nonce and state), maps the claims to the account's staff rights and
 * opens a session, GET /auth/oidc/logout ends the session and, for a session opened there, signs
 * out at the provider too.
 */
export function oidcRoutes(deps: OidcRouteDependencies): Router {
  const { oidc } = deps;
  const issuer = new URL(oidc.issuer);
  // Plain http only for a provider on this machine (tests, a local Keycloak).
  const insecure = issuer.protocol === 'http:' && LOOPBACK_HOSTS.includes(issuer.hostname);
  const secure =
    new URL(deps.publicUrl).protocol === 'https:' ||
    LOOPBACK_HOSTS.includes(new URL(deps.publicUrl).hostname);
  let discovered: Promise<client.Configuration> | null = null;
  // Discovered on first use and kept; a failure is forgotten, so that the next sign-in retries.
  const configuration = () => {
    discovered ??= client
      .discovery(
        issuer,
        oidc.clientId,
        undefined,
        oidc.clientSecret ? client.ClientSecretPost(oidc.clientSecret) : client.None(),
        insecure ? { execute: [client.allowInsecureRequests] } : undefined,
      )
      .catch((error: unknown) => {
        discovered = null;
        throw error;
      });
    return discovered;
  };

  function page(req: Request, res: Response, status: number, key: MessageKey) {
    const lang = languageFromHeader(req.headers['accept-language']);
    const params = { provider: escapeHtml(oidc.displayName) };
    const text = translate(lang, key, params);
    res
      .status(status)
      .type('html')
      .setHeader('Cache-Control', 'no-store')
      .send(
        `<!doctype html><html lang="${lang === 'EN' ? 'en' : 'de'}"><meta charset="utf-8">` +
          `<title>${translate(lang, 'oidc.page.title', params)}</title>` +
          `<main><h1>${translate(lang, 'oidc.page.title', params)}</h1><p>${text}</p>` +
          `<p><a href="/staff">${translate(lang, 'oidc.page.back')}</a></p></main></html>\n`,
      );
  }

  const router = Router();

  router.get(OIDC_START_PATH, async (req, res) => {
    let config: client.Configuration;
    try {
      config = await configuration();
    } catch (error) {
      deps.logger.warn({ err: error }, 'OpenID provider discovery failed');
      page(req, res, 503, 'oidc.refused.UNAVAILABLE');
      return;
    }
    const flow: Flow = {
      state: client.randomState(),
      nonce: client.randomNonce(),
      verifier: client.randomPKCECodeVerifier(),
      expiresAt: deps.clock().getTime() + FLOW_VALID_SECONDS * 1000,
    };
    const url = client.buildAuthorizationUrl(config, {
      redirect_uri: oidc.redirectUrl,
      scope: oidc.scopes,
      code_challenge: await client.calculatePKCECodeChallenge(flow.verifier),
      code_challenge_method: 'S256',
      state: flow.state,
      nonce: flow.nonce,
    });
    res
      .append('Set-Cookie', flowCookie(deps.secret, flow, secure))
      .setHeader('Cache-Control', 'no-store')
      .redirect(303, url.href);
  });

  router.get('/auth/oidc/callback', async (req, res) => {
    const flow = flowOf(deps.secret, req.headers.cookie, deps.clock());
    res.append('Set-Cookie', clearedFlowCookie(secure));
    if (!flow) {
      page(req, res, 400, 'oidc.refused.FAILED');
      return;
    }
    const limits = deps.limitsFor(req, res);
    try {
      await limits.take({ byAddress: ['signInsPerAddress'] });
    } catch {
      page(req, res, 429, 'oidc.refused.FAILED');
      return;
    }
    const currentUrl = new URL(oidc.redirectUrl);
    currentUrl.search = new URL(req.originalUrl, 'http://callback').search;
    let claims: Record<string, unknown>;
    try {
      const tokens = await client.authorizationCodeGrant(await configuration(), currentUrl, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      claims = { ...tokens.claims() };
    } catch (error) {
      // An attacker's or a stale answer, or a provider error: the log says which.
      deps.logger.warn({ err: error }, 'OpenID sign-in refused');
      page(req, res, 400, 'oidc.refused.FAILED');
      return;
    }
    const outcome = await signInWithProvider(
      { em: deps.em(), clock: deps.clock, bus: deps.bus },
      identityFromClaims(oidc, claims),
      {
        ip: deps.clientAddress(req),
        userAgent: req.headers['user-agent'] ?? null,
        sessionKind: SessionKind.COOKIE,
      },
    );
    if ('refused' in outcome) {
      page(req, res, 403, `oidc.refused.${outcome.refused}`);
      return;
    }
    res
      .append(
        'Set-Cookie',
        setSessionCookie(deps.publicUrl, outcome.token, outcome.session.expiresAt),
      )
      .setHeader('Cache-Control', 'no-store')
      .redirect(303, '/staff');
  });

  // A GET that the web client navigates to, so that the browser may follow the redirect to the
  // provider (CSP form-action would stop a form's). A foreign page's link signs nobody out: the
  // session ends only for a navigation from this origin (or a client that is no browser).
  router.get('/auth/oidc/logout', async (req, res) => {
    const site = req.headers['sec-fetch-site'];
    if (site === 'cross-site' || site === 'same-site') {
      res.redirect(303, '/staff');
      return;
    }
    const em = deps.em();
    const authentication = await authenticate(
      () => em,
      { bearer: null, cookie: sessionCookieOf(req.headers.cookie) },
      deps.clock(),
    );
    const principal = 'principal' in authentication ? authentication.principal : null;
    // Staff who signed in with a password or passkey have no session at the provider to end.
    let atProvider = false;
    if (principal?.kind === 'account' && principal.sessionId) {
      atProvider = await sessionViaIdentityProvider(em, principal.sessionId);
      await endSession({ principal, em, clock: deps.clock, bus: deps.bus }, principal.sessionId);
    }
    res.append('Set-Cookie', clearSessionCookie(deps.publicUrl));
    let next = '/signed-out';
    try {
      const config = atProvider ? await configuration() : null;
      if (config?.serverMetadata().end_session_endpoint) {
        next = client.buildEndSessionUrl(config, {
          client_id: oidc.clientId,
          post_logout_redirect_uri: `${deps.publicUrl}${next}`,
        }).href;
      }
    } catch (error) {
      deps.logger.warn({ err: error }, 'OpenID provider discovery failed at sign-out');
    }
    res.setHeader('Cache-Control', 'no-store').redirect(303, next);
  });

  return router;
}
