import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import { CONFIG_ENV_KEYS } from '../../src/server/config.js';
import { OPERATIONS_FILE, withConfigReference } from '../../src/server/config-reference.js';

// Issue #20, "Deployable": no container runtime runs here, so what can be checked without one is:
// the compose file parses and sets only variables the server reads, the Dockerfile runs the
// commands the documentation gives, and docs/operations.md's configuration table is the schema's.

const root = new URL('../../', import.meta.url);
const text = (path: string) => readFile(new URL(path, root), 'utf8');

/** The variables of staff sign-in, which the configuration schema gains with the OIDC work. */
const OIDC_KEYS = [
  'OIDC_ISSUER',
  'OIDC_CLIENT_ID',
  'OIDC_CLIENT_SECRET',
  'OIDC_REDIRECT_URL',
  'OIDC_ROLES_CLAIM',
  'OIDC_OFFICES_CLAIM',
  'OIDC_STAFF_ROLE',
  'OIDC_ADMIN_ROLE',
];

type ComposeService = {
  image?: string;
  build?: string;
  environment?: Record<string, string>;
  volumes?: string[];
};
type Compose = { services: Record<string, ComposeService> };

/** The Dockerfile's instructions, continuation lines joined, without comments. */
async function dockerfile(): Promise<Array<{ instruction: string; argument: string }>> {
  return (await text('Dockerfile'))
    .replace(/\\\n\s*/g, '')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [instruction, ...rest] = line.trim().split(/\s+/);
      return { instruction: instruction!.toUpperCase(), argument: rest.join(' ') };
    });
}

/** The command of an exec-form instruction (["node", "x"]) as a shell line. */
const execForm = (argument: string) => (JSON.parse(argument) as string[]).join(' ');

describe('compose.yaml', () => {
  it('parses, and runs Rathaus with PostgreSQL 15, Redis, Mailpit and Keycloak', async () => {
    const compose = parse(await text('compose.yaml')) as Compose;
    expect(Object.keys(compose.services).sort()).toEqual(
      ['keycloak', 'mailpit', 'postgres', 'rathaus', 'redis'].sort(),
    );
    expect(compose.services.postgres!.image).toBe('postgres:15');
    expect(compose.services.rathaus!.build).toBe('.');
    const env = compose.services.rathaus!.environment!;
    expect(env.DATABASE_URL).toMatch(/@postgres:5432\//);
    expect(env.REDIS_URL).toBe('redis://redis:6379');
    expect(env.SMTP_URL).toMatch(/^smtp:\/\/mailpit:/);
    expect(env.OIDC_ISSUER).toMatch(/^http:\/\/keycloak:8080\/realms\/rathaus$/);
  });

  it('sets only variables that the configuration schema reads', async () => {
    const env = (parse(await text('compose.yaml')) as Compose).services.rathaus!.environment!;
    // Until the schema has the OIDC variables (branch h/oidc), they are the only ones allowed
    // beyond it; once it has any of them, every variable set must be one of its keys.
    const schemaHasOidc = CONFIG_ENV_KEYS.some((key) => key.startsWith('OIDC_'));
    const known = schemaHasOidc ? CONFIG_ENV_KEYS : [...CONFIG_ENV_KEYS, ...OIDC_KEYS];
    expect(Object.keys(env).filter((key) => !known.includes(key))).toEqual([]);
    expect(OIDC_KEYS.filter((key) => !(key in env))).toEqual([]);
  });

  it('signs staff in through a Keycloak realm whose client, claims and roles it names', async () => {
    const env = (parse(await text('compose.yaml')) as Compose).services.rathaus!.environment!;
    const realm = JSON.parse(await text('ops/keycloak/rathaus-realm.json')) as {
      realm: string;
      roles: { realm: Array<{ name: string }> };
      clients: Array<{
        clientId: string;
        secret: string;
        redirectUris: string[];
        protocolMappers: Array<{ config: Record<string, string> }>;
      }>;
    };
    expect(env.OIDC_ISSUER).toBe(`http://keycloak:8080/realms/${realm.realm}`);
    const client = realm.clients.find((candidate) => candidate.clientId === env.OIDC_CLIENT_ID);
    expect(client?.secret).toBe(env.OIDC_CLIENT_SECRET);
    expect(
      client!.redirectUris.some((uri) => env.OIDC_REDIRECT_URL!.startsWith(uri.replace(/\*$/, ''))),
    ).toBe(true);
    const claims = client!.protocolMappers.map((mapper) => mapper.config['claim.name']);
    expect(claims).toEqual(expect.arrayContaining([env.OIDC_ROLES_CLAIM, env.OIDC_OFFICES_CLAIM]));
    expect(realm.roles.realm.map((role) => role.name)).toEqual(
      expect.arrayContaining([env.OIDC_STAFF_ROLE, env.OIDC_ADMIN_ROLE]),
    );
  });
});

describe('Dockerfile', () => {
  it('builds in one stage and runs on a pinned Node 24 slim image as a non-root user', async () => {
    const lines = await dockerfile();
    const stages = lines.filter((line) => line.instruction === 'FROM').map((line) => line.argument);
    expect(stages).toHaveLength(2);
    for (const stage of stages) expect(stage).toMatch(/^node:24\.\d+\.\d+-\w+-slim AS \w+$/);
    const users = lines.filter((line) => line.instruction === 'USER').map((line) => line.argument);
    expect(users.at(-1)).toBe('node');
    const env = lines.filter((line) => line.instruction === 'ENV').map((line) => line.argument);
    expect(env).toContain('NODE_ENV=production');
    // Rathaus's own settings, and Node's compile cache (a variable of Node itself).
    for (const setting of env) {
      expect([...CONFIG_ENV_KEYS, 'NODE_COMPILE_CACHE']).toContain(setting.split('=')[0]);
    }
    expect(env).toContain('NODE_COMPILE_CACHE=/tmp/node-compile-cache');
    expect(lines.find((line) => line.instruction === 'EXPOSE')?.argument).toBe('3000');
    const volume = lines.find((line) => line.instruction === 'VOLUME')?.argument;
    expect(env).toContain(`DATA_DIR=${volume}`);
    const healthcheck = lines.find((line) => line.instruction === 'HEALTHCHECK')!.argument;
    expect(healthcheck).toMatch(/CMD \["node", "-e", ".*\/readyz/);
  });

  it('runs the install, build and start commands that docs/operations.md documents', async () => {
    const lines = await dockerfile();
    const documented = [
      ...(await text(OPERATIONS_FILE)).matchAll(/`([^`\n]+)`|```sh\n([\s\S]*?)```/g),
    ].flatMap((match) =>
      match[1] ? [match[1]] : match[2]!.split('\n').map((line) => line.replace(/\s+#.*$/, '')),
    );
    const commands = lines
      .filter((line) => line.instruction === 'RUN')
      .flatMap((line) => line.argument.split('&&').map((command) => command.trim()))
      .filter((command) => command.startsWith('npm '));
    expect(commands).toEqual([
      'npm ci',
      'npm run build',
      'npm ci --omit=dev',
      'npm cache clean --force',
    ]);
    const start = execForm(lines.find((line) => line.instruction === 'CMD')!.argument);
    expect(start).toBe('node dist/server/main.js');
    const essential = commands.filter((command) => !command.startsWith('npm cache'));
    for (const command of [...essential, start]) {
      expect(documented.some((snippet) => snippet.includes(command))).toBe(true);
    }
  });
});

describe('docs/operations.md', () => {
  it('has the configuration reference that the schema renders', async () => {
    const page = await text(OPERATIONS_FILE);
    expect(page).toBe(withConfigReference(page));
    for (const key of CONFIG_ENV_KEYS) expect(page).toContain(`| \`${key}\` |`);
  });

  it('links the retention table and the monitoring page', async () => {
    const page = await text(OPERATIONS_FILE);
    expect(page).toContain('](retention.md)');
    expect(page).toContain('](monitoring.md)');
  });
});
