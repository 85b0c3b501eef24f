import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { every } from '../../src/common/periodic.js';
import { createLogger } from '../../src/server/logger.js';
import { scrape } from '../support/metrics.js';
import { startTestServer, subscription, type TestServer } from '../support/test-server.js';
import { waitUntil } from '../support/wait.js';

// Issue #20: the example dashboard (ops/grafana/rathaus-dashboard.json) must show what /metrics
// exports: a renamed metric would leave an operator's panel empty without a word.

type Panel = { title?: string; targets?: Array<{ expr?: string }>; panels?: Panel[] };

const dashboard = JSON.parse(
  readFileSync(
    fileURLToPath(new URL('../../ops/grafana/rathaus-dashboard.json', import.meta.url)),
    'utf8',
  ),
) as { title: string; panels: Panel[] };

const METRIC = /\b(?:rathaus|process|nodejs)_[a-z0-9_]+\b/g;

function queries(panels: Panel[]): Array<{ panel: string; expr: string }> {
  return panels.flatMap((panel) => [
    ...(panel.targets ?? []).map((target) => ({
      panel: panel.title ?? '',
      expr: target.expr ?? '',
    })),
    ...queries(panel.panels ?? []),
  ]);
}

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ env: { METRICS_PORT: '0' } });
});

afterAll(async () => {
  await server.close();
});

it('uses only metrics that a running server exports, and shows every metric of Rathaus', async () => {
  // Given a server that has answered HTTP and GraphQL, refused a mutation, held a WebSocket
  // with a subscription and run a job
  await server.http().get('/healthz').expect(200);
  expect((await server.gql('query Offices { offices { id } }')).status).toBe(200);
  expect((await server.gql('{ noSuchField }')).status).toBe(400);
  const refused = await server.gql<{ bookAppointment: { userErrors: unknown[] } }>(
    `mutation($input: BookAppointmentInput!) {
       bookAppointment(input: $input) { userErrors { code } }
     }`,
    {
      input: {
        serviceId: 'U2VydmljZTowMDAwMDAwMC0wMDAwLTQwMDAtODAwMC0wMDAwMDAwMDAwMDA=',
        officeId: 'T2ZmaWNlOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDAwMA==',
        startsAt: '2030-01-07T09:00:00Z',
        name: 'Erika Mustermann',
        email: 'erika@example.org',
      },
    },
  );
  expect(refused.body.data!.bookAppointment.userErrors).not.toEqual([]);
  const client = server.wsClient();
  const published = subscription(client, 'subscription { announcementPublished { id } }', {});
  const pending = published.next(60_000).catch(() => undefined);
  await waitUntil(() => server.bus.activeSubscriptions() === 1, 'the subscription');
  const job = every(3_600_000, 'dashboard test job', createLogger({ logLevel: 'silent' }), () =>
    Promise.resolve(),
  );
  await job.runNow();
  await job.stop();

  // When Prometheus scrapes it
  const { text, samples } = await scrape(server);
  await published.close();
  await pending;

  // Then every metric a panel asks for has samples
  const exported = new Set(samples.map((sample) => sample.name));
  const used = queries(dashboard.panels);
  expect(used.length).toBeGreaterThan(20);
  const missing = used.flatMap(({ panel, expr }) =>
    [...expr.matchAll(METRIC)]
      .map(([name]) => name!)
      .filter((name) => !exported.has(name))
      .map((name) => `${panel}: ${name}`),
  );
  expect(missing).toEqual([]);
  // And no metric of Rathaus is left off the dashboard
  const families = [...text.matchAll(/^# TYPE (rathaus_\w+) /gm)].map((match) => match[1]!);
  expect(families.length).toBeGreaterThan(15);
  const shown = used.map(({ expr }) => expr).join('\n');
  expect(families.filter((family) => !shown.includes(family))).toEqual([]);
});
