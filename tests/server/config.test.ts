import { ConfigError, loadConfig } from '../../src/server/config.js';

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
    });
    expect(config).toMatchObject({
      port: 8080,
      env: 'production',
      databaseUrl: 'postgres://rathaus@db:5432/rathaus',
      publicUrl: 'https://termine.musterstadt.de',
      timeZone: 'Europe/Vienna',
      logLevel: 'warn',
      corsOrigins: ['https://www.musterstadt.de', 'https://app.musterstadt.de'],
    });
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

  it('compiles a query after 10 runs by default; 0 compiles at once, never turns it off', () => {
    expect(loadConfig({})).toMatchObject({ graphqlCompileAfter: 10 });
    expect(loadConfig({ GRAPHQL_COMPILE_AFTER: '0' })).toMatchObject({ graphqlCompileAfter: 0 });
    expect(loadConfig({ GRAPHQL_COMPILE_AFTER: 'never' })).toMatchObject({
      graphqlCompileAfter: null,
    });
    expect(() => loadConfig({ GRAPHQL_COMPILE_AFTER: 'soon' })).toThrow(/GRAPHQL_COMPILE_AFTER/);
    expect(() => loadConfig({ GRAPHQL_COMPILE_AFTER: '-1' })).toThrow(/GRAPHQL_COMPILE_AFTER/);
  });
});
