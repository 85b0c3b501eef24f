// The ceiling the API is measured against: node:http and pg, one SQL statement per request (a
// named, i.e. prepared, statement, so PostgreSQL plans it once per connection), the response JSON
// assembled by hand. It answers Q1 and Q2 exactly as the GraphQL API does (the bench
// compares both answers before it measures) and nothing else: no GraphQL, no ORM, no validation
// beyond what keeps it from crashing. Started by bench/run.ts; DATABASE_URL, PORT,
// DATABASE_POOL_SIZE as for the API. Logs one JSON line with "port" when it listens.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
const TIME_ZONE = process.env.TZ ?? 'Europe/Berlin';
const pool = new pg.Pool({
  connectionString: process.env.DATABASE_URL,
  max: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  application_name: 'rathaus-bench-baseline',
});
pool.on('error', (error) => process.stderr.write(`idle client error: ${error.message}\n`));

/** The API's `services` order for German texts (catalog.service.ts), one page with the total. */
const SERVICES_PAGE = `
  select p.id, p.name, p.description, p.duration_minutes, p.fee_cents, p.total_count,
         c.id as category_id, c.name->>'de' as category_name, o.offices
    from (select s.id, s.name->>'de' as name, s.description->>'de' as description,
                 s.duration_minutes, s.fee_cents, s.category_id,
                 lower(coalesce(s.name->>'de', s.name->>'de')) as sort_key,
                 count(*) over () as total_count
            from service s
           order by sort_key, s.id
           limit $1) p
    join category c on c.id = p.category_id
    cross join lateral (
      select coalesce(json_agg(json_build_array(o.id, o.name->>'de', o.street, o.postal_code,
                                                o.city) order by o.slug), '[]') as offices
        from service_office so join office o on o.id = so.office_id
       where so.service_id = p.id) o
   order by p.sort_key, p.id`;

/** findFreeSlots (appointment.service.ts), asked the way the API asks it: the slot function. */
const FREE_SLOTS = `select starts_at, ends_at, (count(*) filter (where free))::int as available
                      from slot_candidates($1, $2, $3, $4, $5, $6)
                     group by starts_at, ends_at
                     order by starts_at`;

type ServiceRow = {
  id: string;
  name: string;
  description: string;
  duration_minutes: number;
  fee_cents: number | null;
  total_count: string;
  category_id: string;
  category_name: string;
  offices: [id: string, name: string, street: string, postalCode: string, city: string][];
};

type SlotRow = { starts_at: Date; ends_at: Date; available: number };

type Variables = Record<string, unknown>;

function globalId(type: string, uuid: string): string {
  return Buffer.from(`${type}:${uuid}`).toString('base64');
}

function uuidOf(id: unknown): string {
  if (typeof id !== 'string') throw new Error('missing id');
  return Buffer.from(id, 'base64').toString('utf8').split(':')[1] ?? '';
}

function cursorAt(offset: number): string {
  return Buffer.from(`offset:${offset}`).toString('base64url');
}

async function servicesPage(variables: Variables): Promise<string> {
  const first = Number(variables.first ?? 20);
  const { rows } = await pool.query<ServiceRow>({
    name: 'services-page',
    text: SERVICES_PAGE,
    values: [first],
  });
  const totalCount = Number(rows[0]?.total_count ?? 0);
  const edges = rows.map((row, index) => ({
    cursor: cursorAt(index),
    node: {
      id: globalId('Service', row.id),
      name: row.name,
      description: row.description,
      durationMinutes: row.duration_minutes,
      fee: row.fee_cents === null ? null : { amountCents: row.fee_cents, currency: 'EUR' },
      category: { id: globalId('Category', row.category_id), name: row.category_name },
      offices: row.offices.map(([id, name, street, postalCode, city]) => ({
        id: globalId('Office', id),
        name,
        address: { street, postalCode, city },
      })),
    },
  }));
  return JSON.stringify({
    data: {
      services: {
        totalCount,
        pageInfo: {
          hasNextPage: rows.length < totalCount,
          endCursor: edges.at(-1)?.cursor ?? null,
        },
        edges,
      },
    },
  });
}

async function freeSlots(variables: Variables): Promise<string> {
  const { rows } = await pool.query<SlotRow>({
    name: 'free-slots',
    text: FREE_SLOTS,
    values: [
      uuidOf(variables.serviceId),
      uuidOf(variables.officeId),
      new Date(String(variables.from)),
      new Date(String(variables.to)),
      TIME_ZONE,
      new Date(),
    ],
  });
  const slots = rows.map((row) => ({
    startsAt: row.starts_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    available: row.available,
  }));
  return JSON.stringify({ data: { freeSlots: slots } });
}

const ROUTES: Record<string, (variables: Variables) => Promise<string>> = {
  '/q1': servicesPage,
  '/q2': freeSlots,
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function reply(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
  });
  res.end(body);
}

const server = createServer((req, res) => {
  const route = ROUTES[req.url ?? ''];
  if (req.method !== 'POST' || !route) {
    reply(res, 404, '{"errors":[{"message":"not found"}]}');
    return;
  }
  readBody(req)
    .then((body) => route((JSON.parse(body) as { variables?: Variables }).variables ?? {}))
    .then((json) => reply(res, 200, json))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
      reply(res, 500, '{"errors":[{"message":"internal error"}]}');
    });
});

server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  process.stdout.write(`${JSON.stringify({ msg: 'baseline is listening', port })}\n`);
});

const stop = () => {
  server.close();
  server.closeAllConnections();
  void pool.end().then(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
