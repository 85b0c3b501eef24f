/**
 * What the developers' page tells about the API, in one place that its tests compare with the
 * server (src/server/query-cost.ts, the defaults of src/server/config.ts) and run against it.
 */

/** The server's defaults; a town may change them (QUERY_COST_LIMIT, QUERY_COST_BUDGET). */
export const LIMITS = {
  /** The most one operation may cost (QUERY_COST_LIMIT). */
  costPerRequest: 10_000,
  /** What a caller may spend a minute (QUERY_COST_BUDGET). */
  budgetPerMinute: 50_000,
  /** A connection's page without `first` (DEFAULT_PAGE_SIZE), and its largest (MAX_PAGE_SIZE). */
  defaultPageSize: 20,
  maxPageSize: 100,
  /** What `freeSlots` costs per day of its period (SLOTS_PER_DAY), and its longest period. */
  slotsPerDay: 40,
  maxDays: 31,
  /** What a full-text search in `services(query:)` adds (SEARCH_COST). */
  searchCost: 50,
} as const;

/** The header that carries an API key. */
export const AUTHORIZATION_HEADER = 'Authorization: Bearer <API key>';

/** The paths of what the server serves for developers besides /graphql. */
export const DEVELOPER_PATHS = {
  graphql: '/graphql',
  graphiql: '/graphiql',
  sdl: '/schema.graphql',
  changelog: '/schema/CHANGELOG.md',
  rss: '/feeds/announcements.rss',
  atom: '/feeds/announcements.atom',
  events: '/feeds/events.ics',
  catalogue: '/feeds/catalogue.jsonld',
} as const;

/** The examples' query: the offices with their addresses, public data any key may read. */
export const EXAMPLE_QUERY = `query Offices {
  offices {
    name
    address { street postalCode city }
  }
}`;

/** The example app in the repository, built against the schema with codegen and tested in CI. */
export const EXAMPLE_APP = 'examples/town-digest';

/** The variable the examples read the key from, so that it stays out of the code. */
export const KEY_VARIABLE = 'RATHAUS_API_KEY';

/** curl, with the key from the environment. */
export function curlExample(origin: string): string {
  const body = JSON.stringify({ query: EXAMPLE_QUERY });
  return [
    `curl -sS ${origin}${DEVELOPER_PATHS.graphql} \\`,
    `  -H 'Content-Type: application/json' \\`,
    `  -H "Authorization: Bearer $${KEY_VARIABLE}" \\`,
    `  --data '${body}'`,
  ].join('\n');
}

/** TypeScript with the platform's fetch (Node 18 and later, Deno, browsers). */
export function typescriptExample(origin: string): string {
  return `type Office = { name: string; address: { street: string; postalCode: string; city: string } };
type Answer = {
  data?: { offices: Office[] };
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
  extensions?: {
    cost: { requested: number; limit: number; budget: number | null; remaining: number | null };
  };
};

const response = await fetch('${origin}${DEVELOPER_PATHS.graphql}', {
  method: 'POST',
  headers: {
    'Content-Type': 'application/json',
    Authorization: \`Bearer \${process.env.${KEY_VARIABLE}}\`,
  },
  body: JSON.stringify({ query: ${JSON.stringify(EXAMPLE_QUERY)} }),
});
const answer = (await response.json()) as Answer;
if (!response.ok || answer.errors) {
  throw new Error(\`\${response.status}: \${JSON.stringify(answer.errors)}\`);
}
for (const office of answer.data?.offices ?? []) {
  console.log(\`\${office.name}, \${office.address.street}, \${office.address.city}\`);
}
console.log('cost', answer.extensions?.cost, response.headers.get('RateLimit'));
`;
}

/** Python 3 with the standard library only. */
export function pythonExample(origin: string): string {
  return `import json
import os
import urllib.request

QUERY = """${EXAMPLE_QUERY}"""

request = urllib.request.Request(
    "${origin}${DEVELOPER_PATHS.graphql}",
    data=json.dumps({"query": QUERY}).encode(),
    headers={
        "Content-Type": "application/json",
        "Authorization": "Bearer " + os.environ["${KEY_VARIABLE}"],
    },
)
with urllib.request.urlopen(request) as response:
    answer = json.load(response)
for office in answer["data"]["offices"]:
    print(office["name"], office["address"]["street"], office["address"]["city"], sep=", ")
print("cost", answer["extensions"]["cost"])
`;
}

/** The webhook events (`WebhookEventType`), their payload's `type`, and the scope they need. */
export const WEBHOOK_EVENTS = [
  { name: 'ANNOUNCEMENT_PUBLISHED', type: 'announcement.published', scope: null },
  { name: 'ANNOUNCEMENT_CHANGED', type: 'announcement.changed', scope: null },
  { name: 'ANNOUNCEMENT_WITHDRAWN', type: 'announcement.withdrawn', scope: null },
  { name: 'CATALOGUE_CHANGED', type: 'catalogue.changed', scope: null },
  { name: 'APPOINTMENT_BOOKED', type: 'appointment.booked', scope: 'OFFICE_APPOINTMENTS_READ' },
  {
    name: 'APPOINTMENT_CANCELLED',
    type: 'appointment.cancelled',
    scope: 'OFFICE_APPOINTMENTS_READ',
  },
  {
    name: 'APPOINTMENT_CHECKED_IN',
    type: 'appointment.checked_in',
    scope: 'OFFICE_APPOINTMENTS_READ',
  },
  { name: 'MESSAGE_RECEIVED', type: 'message.received', scope: 'OFFICE_MESSAGES_WRITE' },
] as const;

/** The waits after failed deliveries (RETRY_DELAYS_MS in src/webhooks/webhook-worker.ts). */
export const WEBHOOK_RETRIES = ['5 s', '5 min', '30 min', '2 h', '5 h', '10 h', '10 h'] as const;

/** How long an attempt may take by default (WEBHOOK_TIMEOUT_MS). */
export const WEBHOOK_TIMEOUT_SECONDS = 10;

/** A delivery's body, as an example. */
export const WEBHOOK_PAYLOAD_EXAMPLE = `{
  "type": "announcement.published",
  "timestamp": "2027-03-10T08:00:00.000Z",
  "data": { "id": "QW5ub3VuY2VtZW50OjNmM2Y…", "officeId": null }
}`;

/** The variables the receiver example reads: the endpoint's secret and its port. */
export const WEBHOOK_SECRET_VARIABLE = 'RATHAUS_WEBHOOK_SECRET';

/**
 * A receiver in TypeScript (Node's http and crypto, no package) that verifies the Standard
 * Webhooks signature of each delivery before it trusts the body.
 */
export function webhookReceiverExample(): string {
  return `import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';

// The secret from createWebhookEndpoint (or rotateWebhookEndpointSecret): whsec_ + base64.
const key = Buffer.from(process.env.${WEBHOOK_SECRET_VARIABLE}!.replace(/^whsec_/, ''), 'base64');

function verified(headers: IncomingHttpHeaders, body: string): boolean {
  const id = String(headers['webhook-id']);
  const timestamp = String(headers['webhook-timestamp']);
  // Refuse old (replayed) deliveries: at most five minutes apart.
  if (Math.abs(Date.now() / 1000 - Number(timestamp)) > 5 * 60) return false;
  const expected = createHmac('sha256', key).update(\`\${id}.\${timestamp}.\${body}\`).digest();
  // Space-separated "v1,<base64>" signatures: two while a secret is being rotated.
  return String(headers['webhook-signature'])
    .split(' ')
    .some((entry) => {
      const [version, signature] = entry.split(',');
      const given = Buffer.from(signature ?? '', 'base64');
      return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
    });
}

const server = createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => {
    if (!verified(request.headers, body)) {
      response.writeHead(400).end();
      return;
    }
    const event = JSON.parse(body) as { type: string; timestamp: string; data: object };
    // Answer at once and do the work afterwards; webhook-id is the same on every retry.
    response.writeHead(204).end();
    console.log('verified', event.type, request.headers['webhook-id'], JSON.stringify(event.data));
  });
});
server.listen(Number(process.env.PORT ?? 8080), () => console.log('listening'));
`;
}
