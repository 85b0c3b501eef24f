// The ceiling the API is measured against: node:http and pg, one SQL statement per request (a
// named, i.e. prepared, statement, so PostgreSQL plans it once per connection), the response JSON
// assembled by hand. It answers Q1, Q2 and Q3 exactly as the GraphQL API does (the bench
// compares both answers before it measures) and nothing else: no GraphQL, no ORM, no validation
// beyond what keeps it from crashing. It does the same work, though: Q3 checks the session and
// writes the data access log as the API does. Started by bench/run.ts; DATABASE_URL, PORT,
// DATABASE_POOL_SIZE as for the API. Logs one JSON line with "port" when it listens.
import { createHash } from 'node:crypto';
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

/** The API's `services` order for German texts (catalogue.service.ts), one page with the total. */
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
const FREE_SLOTS = `select starts_at, ends_at,
                           (count(*) filter (where free and not day_full))::int as available
                      from slot_candidates($1, $2, $3, $4, $5, $6, $6)
                     where in_window
                     group by starts_at, ends_at
                     order by starts_at`;

/**
 * A clerk's inbox (messaging.service.ts: inbox, messagesOf; authenticate.ts: sessionPrincipal),
 * in one statement: the bearer session, which must belong to staff of the office (or an admin)
 * and is touched at most once a minute; the office's counts; the latest conversations with the
 * names of citizen and assignee; each one's last messages with their authors' names; and one
 * entry in the citizen's data access log per conversation whose messages the clerk reads. One
 * row per message, oldest first within its conversation; no rows when the session may not read
 * the inbox.
 */
const INBOX = `
  with me as (
    select s.id as session_id, s.account_id
      from session s join account a on a.id = s.account_id
     where s.token_hash = $1 and s.kind = 'BEARER' and s.revoked_at is null and s.expires_at > $5
       and s.last_used_at > $5 - interval '30 days' and a.deleted_at is null
       and ('ADMIN' = any(a.roles)
            or ('STAFF' = any(a.roles)
                and exists (select 1 from staff_office so
                             where so.account_id = a.id and so.office_id = $2)))
  ),
  touched as (
    update session set last_used_at = $5
     where id = (select session_id from me) and last_used_at < $5 - interval '1 minute'
  ),
  page as (
    select p.*, citizen.name as citizen_name, assignee.name as assignee_name
      from (select c.id, c.citizen_id, c.subject, c.status, c.last_seq, c.office_last_read_seq,
                   c.last_message_at, c.assignee_id
              from conversation c
             where c.office_id = $2 and exists (select 1 from me)
             order by c.last_message_at desc, c.id
             limit $3) p
      join account citizen on citizen.id = p.citizen_id
      left join account assignee on assignee.id = p.assignee_id
  ),
  window_ as (
    select p.id as conversation_id, m.id, m.seq, m.author_role, author.name as author_name,
           m.body, m.created_at
      from page p
      cross join lateral (select * from message m where m.conversation_id = p.id
                           order by m.seq desc limit $4) m
      left join account author on author.id = m.author_id
  ),
  logged as (
    insert into data_access_log (id, citizen_id, actor_id, accessed_at, subject, reason)
    select gen_random_uuid(), p.citizen_id, me.account_id, $5, 'CONVERSATION:' || p.id,
           'ANSWERING_REQUEST'
      from page p cross join me
     where exists (select 1 from window_ w where w.conversation_id = p.id)
  )
  select t.total_count, t.unread_count, p.id as conversation_id, p.subject, p.status, p.last_seq,
         p.office_last_read_seq, p.last_message_at, p.citizen_name, p.assignee_id,
         p.assignee_name, w.id, w.seq, w.author_role, w.author_name, w.body, w.created_at
    from me
    cross join (select (select count(*) from conversation where office_id = $2) as total_count,
                       (select count(*) from conversation
                         where office_id = $2 and office_last_read_seq < last_seq
                           and status <> 'CLOSED') as unread_count) t
    left join page p on true
    left join window_ w on w.conversation_id = p.id
   order by p.last_message_at desc, p.id, w.seq`;

type InboxRow = {
  total_count: string;
  unread_count: string;
  conversation_id: string | null;
  subject: string;
  status: string;
  last_seq: number;
  office_last_read_seq: number;
  last_message_at: Date;
  citizen_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  id: string | null;
  seq: number;
  author_role: string;
  author_name: string | null;
  body: string;
  created_at: Date;
};

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

function seqCursor(seq: number): string {
  return Buffer.from(`seq:${seq}`).toString('base64url');
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

type InboxMessage = {
  cursor: string;
  node: {
    id: string;
    seq: number;
    authorRole: string;
    authorName: string | null;
    body: string;
    createdAt: string;
  };
};

function messagesConnection(lastSeq: number, edges: InboxMessage[]) {
  return {
    totalCount: lastSeq,
    pageInfo: {
      hasPreviousPage: (edges[0]?.node.seq ?? 1) > 1,
      startCursor: edges[0]?.cursor ?? null,
    },
    edges,
  };
}

async function inbox(variables: Variables, req: IncomingMessage): Promise<string> {
  const token = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '')?.[1] ?? '';
  const first = Number(variables.first ?? 20);
  const { rows } = await pool.query<InboxRow>({
    name: 'inbox',
    text: INBOX,
    values: [
      createHash('sha256').update(token).digest('base64url'),
      uuidOf(variables.officeId),
      first,
      Number(variables.last ?? 50),
      new Date(),
    ],
  });
  const head = rows[0];
  if (!head) return '{"errors":[{"message":"forbidden","extensions":{"code":"FORBIDDEN"}}]}';
  const totalCount = Number(head.total_count);
  const edges: unknown[] = [];
  let messages: InboxMessage[] = [];
  let conversation: InboxRow | null = null;
  const close = () => {
    if (!conversation) return;
    const row = conversation;
    edges.push({
      cursor: cursorAt(edges.length),
      node: {
        id: globalId('Conversation', row.conversation_id ?? ''),
        subject: row.subject,
        status: row.status,
        lastMessageAt: row.last_message_at.toISOString(),
        unreadCount: Math.max(0, row.last_seq - row.office_last_read_seq),
        citizenName: row.citizen_name ?? '',
        assignee: row.assignee_id
          ? { id: globalId('Account', row.assignee_id), name: row.assignee_name ?? '' }
          : null,
        messages: messagesConnection(row.last_seq, messages),
      },
    });
  };
  for (const row of rows) {
    if (row.conversation_id === null) break;
    if (row.conversation_id !== conversation?.conversation_id) {
      close();
      conversation = row;
      messages = [];
    }
    if (row.id === null) continue;
    messages.push({
      cursor: seqCursor(row.seq),
      node: {
        id: globalId('Message', row.id),
        seq: row.seq,
        authorRole: row.author_role,
        authorName: row.author_name,
        body: row.body,
        createdAt: row.created_at.toISOString(),
      },
    });
  }
  close();
  return JSON.stringify({
    data: {
      inbox: {
        unreadConversations: Number(head.unread_count),
        conversations: {
          totalCount,
          pageInfo: {
            hasNextPage: edges.length < totalCount,
            endCursor: edges.length ? cursorAt(edges.length - 1) : null,
          },
          edges,
        },
      },
    },
  });
}

const ROUTES: Record<string, (variables: Variables, req: IncomingMessage) => Promise<string>> = {
  '/q1': servicesPage,
  '/q2': freeSlots,
  '/q3': inbox,
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
    .then((body) => route((JSON.parse(body) as { variables?: Variables }).variables ?? {}, req))
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
