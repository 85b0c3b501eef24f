import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigError, loadConfig } from '../../src/server/config.js';
import { linkSigningSecret } from '../../src/server/link-signing-secret.js';

const LINK_SIGNING_SECRET = 'a-secret-of-32-or-more-characters-for-tests';

describe('loadConfig', () => {
  it('has working defaults: embedded database, port 3000, Europe/Berlin', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: null,
      timeZone: 'Europe/Berlin',
      env: 'development',
      publicUrl: 'http://localhost:3000',
      corsOrigins: [],
      townName: 'Musterstadt',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig({
      PORT: '8080',
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://rathaus@db:5432/rathaus',
      PUBLIC_URL: 'https://termine.musterstadt.de/',
      TZ: 'Europe/Vienna',
      LOG_LEVEL: 'warn',
      CORS_ORIGINS: 'https://www.musterstadt.de, https://app.musterstadt.de',
      SMTP_URL: 'smtps://rathaus:geheim@mail.musterstadt.de',
      LINK_SIGNING_SECRET,
    });
    expect(config).toMatchObject({
      port: 8080,
      env: 'production',
      databaseUrl: 'postgres://rathaus@db:5432/rathaus',
      publicUrl: 'https://termine.musterstadt.de',
      timeZone: 'Europe/Vienna',
      logLevel: 'warn',
      corsOrigins: ['https://www.musterstadt.de', 'https://app.musterstadt.de'],
      smtpUrl: 'smtps://rathaus:geheim@mail.musterstadt.de',
      mailTransport: 'smtp',
    });
  });

  // Security review #13, finding 4: without SMTP, production wrote every e-mail, sign-in links
  // and all, to the log.
  it('refuses to run production without a mail transport unless the log is chosen explicitly', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://termine.musterstadt.de',
      LINK_SIGNING_SECRET,
    };
    expect(() => loadConfig(production)).toThrow(/SMTP_URL: must be set in production/);
    expect(loadConfig({ ...production, MAIL_TRANSPORT: 'log' })).toMatchObject({
      mailTransport: 'log',
      smtpUrl: null,
    });
    expect(loadConfig({ ...production, SMTP_URL: 'smtp://mail:25' })).toMatchObject({
      mailTransport: 'smtp',
    });
    expect(loadConfig({})).toMatchObject({ mailTransport: 'log' });
    expect(() => loadConfig({ MAIL_TRANSPORT: 'smtp' })).toThrow(/SMTP_URL: must be set when/);
    expect(() => loadConfig({ MAIL_TRANSPORT: 'pigeon' })).toThrow(/MAIL_TRANSPORT/);
  });

  // Finding 13: the session cookie silently lost Secure on a plain-http public address.
  it('refuses a plain-http PUBLIC_URL in production, except on a loopback address', () => {
    const production = { NODE_ENV: 'production', MAIL_TRANSPORT: 'log', LINK_SIGNING_SECRET };
    expect(() =>
      loadConfig({ ...production, PUBLIC_URL: 'http://termine.musterstadt.de' }),
    ).toThrow(/PUBLIC_URL: must be an https:\/\/ address in production/);
    for (const local of ['http://localhost:3000', 'http://127.0.0.1:8080', 'http://[::1]:3000']) {
      expect(loadConfig({ ...production, PUBLIC_URL: local })).toMatchObject({ publicUrl: local });
    }
    expect(loadConfig(production)).toMatchObject({ publicUrl: 'http://localhost:3000' });
    expect(loadConfig({ PUBLIC_URL: 'http://rathaus.test' })).toMatchObject({
      publicUrl: 'http://rathaus.test',
    });
  });

  // Finding 14: links in appointment e-mails are signed; instances must share the key, and a key
  // made up at each start would break every link sent before.
  it('refuses to run production without LINK_SIGNING_SECRET, and a short one anywhere', () => {
    const production = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://termine.musterstadt.de',
      MAIL_TRANSPORT: 'log',
    };
    expect(() => loadConfig(production)).toThrow(/LINK_SIGNING_SECRET: must be set in production/);
    expect(loadConfig({ ...production, LINK_SIGNING_SECRET })).toMatchObject({
      linkSigningSecret: LINK_SIGNING_SECRET,
    });
    expect(() => loadConfig({ LINK_SIGNING_SECRET: 'short' })).toThrow(
      /LINK_SIGNING_SECRET: must be at least 32 characters/,
    );
    expect(loadConfig({})).toMatchObject({ linkSigningSecret: null });
  });

  it('makes a random link key once outside production and keeps it in DATA_DIR', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rathaus-link-secret-'));
    try {
      const config = loadConfig({ DATA_DIR: join(dataDir, 'data') });
      const first = linkSigningSecret(config);
      expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(linkSigningSecret(config)).toBe(first);
      expect(statSync(join(dataDir, 'data', 'link-signing-secret')).mode & 0o777).toBe(0o600);
      const other = mkdtempSync(join(tmpdir(), 'rathaus-link-secret-'));
      expect(linkSigningSecret({ dataDir: other, linkSigningSecret: null })).not.toBe(first);
      rmSync(other, { recursive: true });
      expect(linkSigningSecret({ ...config, linkSigningSecret: LINK_SIGNING_SECRET })).toBe(
        LINK_SIGNING_SECRET,
      );
    } finally {
      rmSync(dataDir, { recursive: true });
    }
  });

  it('names every wrong variable in one error', () => {
    const attempt = () =>
      loadConfig({
        PORT: 'eighty',
        DATABASE_URL: 'mysql://localhost/db',
        TZ: 'Mars/Olympus',
        NODE_ENV: 'staging',
        CORS_ORIGINS: 'https://ok.example, not a url',
        PUBLIC_URL: 'ftp://files.example',
      });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const names = (error as ConfigError).problems.map((problem) => problem.split(':')[0]);
      expect(names.sort()).toEqual([
        'CORS_ORIGINS',
        'DATABASE_URL',
        'NODE_ENV',
        'PORT',
        'PUBLIC_URL',
        'TZ',
      ]);
    }
  });

  it('keeps catalogue answers for 60 s in at most 64 MiB by default; 0 s turns that off', () => {
    expect(loadConfig({})).toMatchObject({ catalogueCacheSeconds: 60, catalogueCacheMaxMb: 64 });
    expect(loadConfig({ CATALOGUE_CACHE_SECONDS: '0', CATALOGUE_CACHE_MAX_MB: '8' })).toMatchObject(
      { catalogueCacheSeconds: 0, catalogueCacheMaxMb: 8 },
    );
    expect(() => loadConfig({ CATALOGUE_CACHE_SECONDS: '-1' })).toThrow(/CATALOGUE_CACHE_SECONDS/);
    expect(() => loadConfig({ CATALOGUE_CACHE_MAX_MB: '0' })).toThrow(/CATALOGUE_CACHE_MAX_MB/);
  });

  it('trusts no proxy by default; TRUST_PROXY takes a hop count or proxy addresses, never true', () => {
    expect(loadConfig({})).toMatchObject({ trustProxy: 0 });
    expect(loadConfig({ TRUST_PROXY: 'false' })).toMatchObject({ trustProxy: 0 });
    expect(loadConfig({ TRUST_PROXY: '2' })).toMatchObject({ trustProxy: 2 });
    expect(loadConfig({ TRUST_PROXY: '10.0.0.1, 10.0.0.0/8,loopback' })).toMatchObject({
      trustProxy: ['10.0.0.1', '10.0.0.0/8', 'loopback'],
    });
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(
      /TRUST_PROXY: true would trust any X-Forwarded-For/,
    );
    expect(() => loadConfig({ TRUST_PROXY: '10.0.0.1,proxy.example' })).toThrow(
      /TRUST_PROXY: must be a number of proxies .*proxy\.example/,
    );
  });

  it('re-reads the rights of open WebSockets every minute by default', () => {
    expect(loadConfig({})).toMatchObject({ wsAuthRecheckMs: 60_000 });
    expect(loadConfig({ WS_AUTH_RECHECK_MS: '500' })).toMatchObject({ wsAuthRecheckMs: 500 });
    expect(() => loadConfig({ WS_AUTH_RECHECK_MS: '10' })).toThrow(/WS_AUTH_RECHECK_MS/);
  });

  it('multiplies the limits of use by RATE_LIMIT_FACTOR, 1 by default', () => {
    expect(loadConfig({})).toMatchObject({ rateLimitFactor: 1 });
    expect(loadConfig({ RATE_LIMIT_FACTOR: '2.5' })).toMatchObject({ rateLimitFactor: 2.5 });
    expect(() => loadConfig({ RATE_LIMIT_FACTOR: '0' })).toThrow(/RATE_LIMIT_FACTOR/);
    expect(() => loadConfig({ RATE_LIMIT_FACTOR: 'many' })).toThrow(/RATE_LIMIT_FACTOR/);
  });

  it('serves no metrics by default; METRICS_PORT and METRICS_TOKEN turn them on', () => {
    expect(loadConfig({ HOST: '10.0.0.5' })).toMatchObject({
      metricsPort: null,
      metricsHost: '10.0.0.5',
      metricsToken: null,
      slowQueryMs: 500,
    });
    const token = 'a-metrics-token-of-32-or-more-characters';
    expect(
      loadConfig({
        METRICS_PORT: '9464',
        METRICS_HOST: '127.0.0.1',
        METRICS_TOKEN: token,
        SLOW_QUERY_MS: '0',
      }),
    ).toMatchObject({
      metricsPort: 9464,
      metricsHost: '127.0.0.1',
      metricsToken: token,
      slowQueryMs: 0,
    });
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
    expect(() => loadConfig({ METRICS_PORT: '70000' })).toThrow(/METRICS_PORT/);
    expect(() => loadConfig({ SLOW_QUERY_MS: '-1' })).toThrow(/SLOW_QUERY_MS/);
  });

  it('offers no identity provider by default; OIDC_ISSUER and OIDC_CLIENT_ID turn it on', () => {
    expect(loadConfig({})).toMatchObject({ oidc: null });
    expect(
      loadConfig({
        PUBLIC_URL: 'https://rathaus.example.de',
        OIDC_ISSUER: 'https://login.example.de/realms/town',
        OIDC_CLIENT_ID: 'rathaus',
      }),
    ).toMatchObject({
      oidc: {
        issuer: 'https://login.example.de/realms/town',
        clientId: 'rathaus',
        clientSecret: null,
        redirectUrl: 'https://rathaus.example.de/auth/oidc/callback',
        scopes: 'openid email profile',
        rolesClaim: 'realm_access.roles',
        staffRole: 'rathaus-staff',
        adminRole: 'rathaus-admin',
        officesClaim: 'rathaus_offices',
        displayName: 'Single Sign-On',
      },
    });
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.de' })).toThrow(
      /OIDC_CLIENT_ID: must be set/,
    );
    expect(() =>
      loadConfig({ OIDC_ISSUER: 'https://a.example', OIDC_CLIENT_ID: 'r', OIDC_SCOPES: 'email' }),
    ).toThrow(/OIDC_SCOPES: must include openid/);
    expect(() => loadConfig({ OIDC_ROLES_CLAIM: 'realm_access..roles' })).toThrow(
      /OIDC_ROLES_CLAIM/,
    );
    expect(() =>
      loadConfig({
        NODE_ENV: 'production',
        PUBLIC_URL: 'https://rathaus.example.de',
        MAIL_TRANSPORT: 'log',
        LINK_SIGNING_SECRET: 'a-link-signing-secret-of-32-or-more-characters',
        OIDC_ISSUER: 'http://login.example.de',
        OIDC_CLIENT_ID: 'rathaus',
      }),
    ).toThrow(/OIDC_ISSUER: must be an https/);
  });

  it('compiles a query after 10 runs by default; 0 compiles at once, never turns it off', () => {
    expect(loadConfig({})).toMatchObject({ graphqlCompileAfter: 10 });
    expect(loadConfig({ GRAPHQL_COMPILE_AFTER: '0' })).toMatchObject({ graphqlCompileAfter: 0 });
    expect(loadConfig({ GRAPHQL_COMPILE_AFTER: 'never' })).toMatchObject({
      graphqlCompileAfter: null,
    });
    expect(() => loadConfig({ GRAPHQL_COMPILE_AFTER: 'soon' })).toThrow(/GRAPHQL_COMPILE_AFTER/);
    expect(() => loadConfig({ GRAPHQL_COMPILE_AFTER: '-1' })).toThrow(/GRAPHQL_COMPILE_AFTER/);
  });

  it('weighs queries against 10,000 points each and 50,000 per caller and minute by default', () => {
    expect(loadConfig({})).toMatchObject({
      queryCostLimit: 10_000,
      queryCostBudget: 50_000,
      wsMaxOperationsPerSocket: 50,
    });
    expect(
      loadConfig({
        QUERY_COST_LIMIT: '2000',
        QUERY_COST_BUDGET: '1000000',
        WS_MAX_OPERATIONS_PER_SOCKET: '5',
      }),
    ).toMatchObject({
      queryCostLimit: 2000,
      queryCostBudget: 1_000_000,
      wsMaxOperationsPerSocket: 5,
    });
    expect(() => loadConfig({ QUERY_COST_LIMIT: '0' })).toThrow(/QUERY_COST_LIMIT/);
    expect(() => loadConfig({ QUERY_COST_BUDGET: 'lots' })).toThrow(/QUERY_COST_BUDGET/);
    expect(() => loadConfig({ WS_MAX_OPERATIONS_PER_SOCKET: '0' })).toThrow(
      /WS_MAX_OPERATIONS_PER_SOCKET/,
    );
  });
});
