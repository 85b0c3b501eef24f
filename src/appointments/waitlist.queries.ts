import type { EntityManager } from '@mikro-orm/postgresql';
import type { Language } from '../common/language.js';
import { date, rowOf, rowsOf, run, sql, type Sql } from '../common/sql.js';
import type { WaitlistStatus } from '../entities/appointments/waitlist-entry.entity.js';
import type { AppointmentPlace } from './appointment-mail.js';
import type { FreedTime } from './appointment.queries.js';
import type { WaitlistOfferEvent } from '../realtime/topics.js';

// Every SQL statement about the waitlist (docs/decisions/0025-waitlist.md). An offer is a HELD
// appointment row naming its entry (appointment.waitlist_entry_id), so that the exclusion
// constraint keeps it apart from bookings and other holds like any hold.

/** The line an entry joins: who, which service at which offices, when. */
export type NewEntry = {
  accountId: string | null;
  email: string | null;
  personKey: string;
  name: string;
  language: Language;
  serviceId: string;
  officeIds: string[];
  startsAfter: Date;
  endsBefore: Date;
  earliestStartMinute: number;
  latestEndMinute: number;
  status: WaitlistStatus;
  linkTokenHash: string | null;
  createdAt: Date;
};

/** Inserts the entry and its offices; its place in line is the next `seq`. */
export async function insertEntry(tx: EntityManager, entry: NewEntry): Promise<string> {
  const row = await rowOf<{ id: string }>(
    tx,
    sql`insert into waitlist_entry (id, account_id, email, person_key, name, language, service_id,
                                    starts_after, ends_before, earliest_start_minute,
                                    latest_end_minute, status, link_token_hash, created_at)
        values (gen_random_uuid(), ${entry.accountId}, ${entry.email}, ${entry.personKey},
                ${entry.name}, ${entry.language}, ${entry.serviceId}, ${entry.startsAfter},
                ${entry.endsBefore}, ${entry.earliestStartMinute}, ${entry.latestEndMinute},
                ${entry.status}, ${entry.linkTokenHash}, ${entry.createdAt})
        returning id`,
  );
  if (!row) throw new Error('The waitlist entry was not inserted');
  await run(
    tx,
    sql`insert into waitlist_entry_office (entry_id, office_id)
        select ${row.id}, unnest(array[${entry.officeIds}]::uuid[])`,
  );
  return row.id;
}

/** Whether the service exists, and which of the offices offer it now (not retired). */
export async function offeringOffices(
  em: EntityManager,
  serviceId: string,
  officeIds: string[],
): Promise<{ serviceExists: boolean; offering: string[] }> {
  const row = await rowOf<{ service_exists: boolean; offering: string[] | null }>(
    em,
    sql`select exists (select 1 from service where id = ${serviceId} and retired_at is null)
                 as service_exists,
               (select array_agg(so.office_id) from service_office so
                  join office o on o.id = so.office_id and o.retired_at is null
                 where so.service_id = ${serviceId}
                   and so.office_id = any(array[${officeIds}]::uuid[])) as offering`,
  );
  return { serviceExists: row?.service_exists ?? false, offering: row?.offering ?? [] };
}

/**
 * Turns the unconfirmed entry with this link token into one in line; its id, or null. The token
 * stays: the same link later shows the entry and takes it out of line.
 */
export async function confirmEntry(tx: EntityManager, tokenHash: string): Promise<string | null> {
  const row = await rowOf<{ id: string }>(
    tx,
    sql`update waitlist_entry set status = 'WAITING'
         where status = 'UNCONFIRMED' and link_token_hash = ${tokenHash}
        returning id`,
  );
  return row?.id ?? null;
}

/** Gives the person's live entry for the service a new link token; its name, or null if none. */
export async function renewLink(
  tx: EntityManager,
  personKey: string,
  serviceId: string,
  tokenHash: string,
): Promise<{ name: string } | null> {
  return rowOf<{ name: string }>(
    tx,
    sql`update waitlist_entry set link_token_hash = ${tokenHash}
         where person_key = ${personKey} and service_id = ${serviceId}
           and status in ('UNCONFIRMED', 'WAITING')
        returning name`,
  );
}

/**
 * Which entry: a signed-in citizen's by its ID, or a guest's by the token of its link. A guest may
 * also take out an entry still waiting for its confirmation ("that was not me").
 */
export type EntryKey = { entryId: string; accountId: string } | { tokenHash: string };

function whereEntry(key: EntryKey): Sql {
  return 'tokenHash' in key
    ? sql`link_token_hash = ${key.tokenHash} and status in ('UNCONFIRMED', 'WAITING')`
    : sql`id = ${key.entryId} and account_id = ${key.accountId} and status = 'WAITING'`;
}

/**
 * Takes the entry out of line (LEFT); false when the key names none in line. Its live offer, if
 * any, is deleted with it and returned as freed, with a pass so that it goes on.
 */
export async function leaveEntry(
  tx: EntityManager,
  key: EntryKey,
): Promise<{ left: boolean; freed: FreedTime[] }> {
  const left = await rowOf<{ id: string }>(
    tx,
    sql`update waitlist_entry set status = 'LEFT' where ${whereEntry(key)} returning id`,
  );
  if (!left) return { left: false, freed: [] };
  return { left: true, freed: await deleteOffers(tx, sql`a.waitlist_entry_id = ${left.id}`) };
}

/** A live offer with what accepting it books. */
export type LiveOffer = {
  appointmentId: string;
  entryId: string;
  tokenHash: string;
  accountId: string | null;
  serviceId: string;
  officeId: string;
  startsAt: Date;
  name: string;
  email: string;
};

/** Which live offer: by the token of its e-mail's link, or by its entry for the entry's account. */
export type OfferKey = { tokenHash: string } | { entryId: string; accountId: string };

/** The offer row `a` the key names, live or not. */
function whereOffer(key: OfferKey): Sql {
  return 'tokenHash' in key
    ? sql`a.hold_token_hash = ${key.tokenHash}`
    : sql`a.waitlist_entry_id = ${key.entryId}
          and exists (select 1 from waitlist_entry owned
                       where owned.id = a.waitlist_entry_id and owned.account_id = ${key.accountId})`;
}

/** The live (not expired) offer the key names; null when there is none. */
export async function findLiveOffer(
  em: EntityManager,
  key: OfferKey,
  now: Date,
): Promise<LiveOffer | null> {
  const row = await rowOf<{
    id: string;
    entry_id: string;
    hold_token_hash: string;
    account_id: string | null;
    service_id: string;
    office_id: string;
    starts_at: Date | string;
    name: string;
    email: string;
  }>(
    em,
    sql`select a.id, e.id as entry_id, a.hold_token_hash, e.account_id, a.service_id, a.office_id,
               a.starts_at, e.name, coalesce(e.email, acc.email) as email
          from appointment a
          join waitlist_entry e on e.id = a.waitlist_entry_id
          left join account acc on acc.id = e.account_id
         where ${whereOffer(key)} and a.status = 'HELD' and a.held_until > ${now}
           and e.status = 'WAITING'`,
  );
  return (
    row && {
      appointmentId: row.id,
      entryId: row.entry_id,
      tokenHash: row.hold_token_hash,
      accountId: row.account_id,
      serviceId: row.service_id,
      officeId: row.office_id,
      startsAt: date(row.starts_at),
      name: row.name,
      email: row.email,
    }
  );
}

/**
 * The account's live offers made at or after `since`, oldest first, as their live events
 * (waitlistOffer) carried them: what the citizen's page missed while the bus was cut off from
 * Redis.
 */
export async function liveOffersMadeSince(
  em: EntityManager,
  accountId: string,
  since: Date,
  now: Date,
): Promise<WaitlistOfferEvent[]> {
  const rows = await rowsOf<{
    entry_id: string;
    service_id: string;
    office_id: string;
    starts_at: Date | string;
    ends_at: Date | string;
    held_until: Date | string;
  }>(
    em,
    sql`select e.id as entry_id, a.service_id, a.office_id, a.starts_at, a.ends_at, a.held_until
          from appointment a
          join waitlist_entry e on e.id = a.waitlist_entry_id
         where e.account_id = ${accountId} and e.status = 'WAITING' and a.status = 'HELD'
           and a.created_at >= ${since} and a.held_until > ${now}
         order by a.created_at, a.id`,
  );
  return rows.map((row) => ({
    entryId: row.entry_id,
    serviceId: row.service_id,
    officeId: row.office_id,
    startsAt: date(row.starts_at).toISOString(),
    endsAt: date(row.ends_at).toISOString(),
    expiresAt: date(row.held_until).toISOString(),
  }));
}

/** The entry whose offer was accepted leaves the line: it did its job. */
export async function markEntryBooked(tx: EntityManager, entryId: string): Promise<void> {
  await run(tx, sql`update waitlist_entry set status = 'BOOKED' where id = ${entryId}`);
}

/**
 * Deletes the live offer the key names (declined), with a pass so that its time is never offered
 * to the entry again; the freed time, or null when there was no such offer.
 */
export async function declineOffer(
  tx: EntityManager,
  key: OfferKey,
  now: Date,
): Promise<FreedTime | null> {
  const [freed] = await deleteOffers(tx, sql`a.held_until > ${now} and ${whereOffer(key)}`);
  return freed ?? null;
}

/** Deletes the offers (HELD rows of entries) that match, recording a pass for each. */
async function deleteOffers(tx: EntityManager, where: Sql): Promise<FreedTime[]> {
  const rows = await rowsOf<{
    office_id: string;
    counter_id: string;
    starts_at: Date | string;
    ends_at: Date | string;
  }>(
    tx,
    sql`with deleted as (
          delete from appointment a
           where a.status = 'HELD' and a.waitlist_entry_id is not null and ${where}
          returning a.waitlist_entry_id, a.office_id, a.counter_id, a.starts_at, a.ends_at),
        passed as (
          insert into waitlist_pass (id, entry_id, office_id, starts_at, ends_at)
          select gen_random_uuid(), waitlist_entry_id, office_id, starts_at, ends_at from deleted)
        select office_id, counter_id, starts_at, ends_at from deleted`,
  );
  return rows.map((row) => ({
    officeId: row.office_id,
    counterId: row.counter_id,
    startsAt: date(row.starts_at),
    endsAt: date(row.ends_at),
  }));
}

/** Waits for the other offers of this office's freed times in open transactions. */
export async function lockOffersAt(tx: EntityManager, officeId: string): Promise<void> {
  await run(tx, sql`select pg_advisory_xact_lock(hashtextextended(${`waitlist:${officeId}`}, 0))`);
}

/** The slot of a freed time that goes to the first matching entry in line. */
export type OfferMatch = {
  entryId: string;
  personKey: string;
  accountId: string | null;
  serviceId: string;
  counterId: string;
  startsAt: Date;
  endsAt: Date;
};

/**
 * The first entry in line (lowest seq) that waits for a time at the office, has no live offer
 * (neither for this entry nor any other of the person's), never let this time go, and for which a
 * free slot of its service on the freed counter overlaps the freed time within its period and
 * times of day; with the earliest such slot. Null when nobody matches.
 */
export async function firstMatch(
  em: EntityManager,
  freed: FreedTime,
  now: Date,
  timeZone: string,
): Promise<OfferMatch | null> {
  // A slot that overlaps the freed time starts at most one (maximal) service duration before it.
  const from = new Date(freed.startsAt.getTime() - 240 * 60_000);
  const row = await rowOf<{
    entry_id: string;
    person_key: string;
    account_id: string | null;
    service_id: string;
    counter_id: string;
    starts_at: Date | string;
    ends_at: Date | string;
  }>(
    em,
    sql`select e.id as entry_id, e.person_key, e.account_id, e.service_id, f.counter_id,
               f.starts_at, f.ends_at
          from waitlist_entry e
          join waitlist_entry_office eo on eo.entry_id = e.id and eo.office_id = ${freed.officeId}
          join counter_service cs on cs.service_id = e.service_id
                                 and cs.counter_id = ${freed.counterId}
          cross join lateral (
            select f.counter_id, f.starts_at, f.ends_at
              from slot_candidates(e.service_id, ${freed.officeId},
                                   greatest(${from}::timestamptz, e.starts_after),
                                   least(${freed.endsAt}::timestamptz, e.ends_before),
                                   ${timeZone}, ${now}, ${now}) f
             where f.free and f.in_window and not f.day_full
               and f.counter_id = ${freed.counterId}
               and f.starts_at < ${freed.endsAt} and f.ends_at > ${freed.startsAt}
               and extract(hour from f.starts_at at time zone ${timeZone}) * 60
                   + extract(minute from f.starts_at at time zone ${timeZone})
                   >= e.earliest_start_minute
               and extract(hour from f.starts_at at time zone ${timeZone}) * 60
                   + extract(minute from f.starts_at at time zone ${timeZone})
                   + extract(epoch from f.ends_at - f.starts_at) / 60 <= e.latest_end_minute
               and not exists (select 1 from waitlist_pass p
                                where p.entry_id = e.id and p.office_id = ${freed.officeId}
                                  and p.starts_at < f.ends_at and p.ends_at > f.starts_at)
             order by f.starts_at
             limit 1) f
         where e.status = 'WAITING'
           and not exists (select 1 from appointment a
                             join waitlist_entry mine on mine.id = a.waitlist_entry_id
                            where a.status = 'HELD' and mine.person_key = e.person_key)
         order by e.seq
         limit 1`,
  );
  return (
    row && {
      entryId: row.entry_id,
      personKey: row.person_key,
      accountId: row.account_id,
      serviceId: row.service_id,
      counterId: row.counter_id,
      startsAt: date(row.starts_at),
      endsAt: date(row.ends_at),
    }
  );
}

/**
 * Holds the matched slot for the entry (the offer), in a savepoint: a counter taken meanwhile
 * (23P01), a code drawn twice or a concurrent offer to the person (23505) leave the transaction
 * usable, and the caller looks again. The id of the offer, or null when it was refused so.
 */
export async function insertOffer(
  tx: EntityManager,
  offer: OfferMatch & {
    officeId: string;
    code: string;
    tokenHash: string;
    holderHash: string;
    heldUntil: Date;
    createdAt: Date;
  },
): Promise<string | null> {
  await run(tx, sql`savepoint waitlist_offer`);
  try {
    const row = await rowOf<{ id: string }>(
      tx,
      sql`insert into appointment (id, code, status, service_id, office_id, counter_id, starts_at,
                                   ends_at, held_until, hold_token_hash, holder_hash, account_id,
                                   created_at, waitlist_entry_id)
          values (gen_random_uuid(), ${offer.code}, 'HELD', ${offer.serviceId}, ${offer.officeId},
                  ${offer.counterId}, ${offer.startsAt}, ${offer.endsAt}, ${offer.heldUntil},
                  ${offer.tokenHash}, ${offer.holderHash}, ${offer.accountId}, ${offer.createdAt},
                  ${offer.entryId})
          returning id`,
    );
    return row?.id ?? null;
  } catch (error) {
    await run(tx, sql`rollback to savepoint waitlist_offer`);
    const code = (error as { code?: unknown }).code;
    if (code === '23P01' || code === '23505') return null;
    throw error;
  }
}

/** Who an offer's e-mail goes to, in which language, and what it names. */
export type OfferMailing = {
  email: string;
  name: string;
  language: Language;
  place: AppointmentPlace;
};

export async function offerMailing(em: EntityManager, entryId: string, officeId: string) {
  const row = await rowOf<{
    email: string;
    name: string;
    language: Language;
    service_name: AppointmentPlace['service']['name'];
    service_documents: AppointmentPlace['service']['documents'];
    office_name: AppointmentPlace['office']['name'];
    office_street: string;
    office_postal_code: string;
    office_city: string;
  }>(
    em,
    sql`select coalesce(e.email, acc.email) as email, e.name, e.language,
               s.name as service_name, s.documents as service_documents, o.name as office_name,
               o.street as office_street, o.postal_code as office_postal_code,
               o.city as office_city
          from waitlist_entry e
          join service s on s.id = e.service_id
          join office o on o.id = ${officeId}
          left join account acc on acc.id = e.account_id
         where e.id = ${entryId}`,
  );
  if (!row) throw new Error(`Waitlist entry ${entryId} is missing`);
  return {
    email: row.email,
    name: row.name,
    language: row.language,
    place: {
      service: { name: row.service_name, documents: row.service_documents },
      office: {
        name: row.office_name,
        street: row.office_street,
        postalCode: row.office_postal_code,
        city: row.office_city,
      },
    },
  } satisfies OfferMailing;
}

/** An entry of an account as "my town hall" lists it, with its place in line and live offer. */
export type WaitlistEntryRecord = {
  id: string;
  serviceId: string;
  officeIds: string[];
  startsAfter: Date;
  endsBefore: Date;
  earliestStartMinute: number;
  latestEndMinute: number;
  status: WaitlistStatus;
  createdAt: Date;
  /** 1 for the first in line of the service; null unless WAITING. */
  placeInLine: number | null;
  offer: { officeId: string; startsAt: Date; endsAt: Date; expiresAt: Date } | null;
};

/** The account's entries in line, the oldest first; with their place in line and live offer. */
export async function entriesOfAccount(
  em: EntityManager,
  accountId: string,
  now: Date,
): Promise<WaitlistEntryRecord[]> {
  return entriesWhere(em, sql`e.account_id = ${accountId}`, now);
}

/** The guest's entry in line whose link has this token, or null. */
export async function entryOfLink(
  em: EntityManager,
  tokenHash: string,
  now: Date,
): Promise<WaitlistEntryRecord | null> {
  const [entry] = await entriesWhere(em, sql`e.link_token_hash = ${tokenHash}`, now);
  return entry ?? null;
}

async function entriesWhere(
  em: EntityManager,
  which: Sql,
  now: Date,
): Promise<WaitlistEntryRecord[]> {
  const rows = await rowsOf<{
    id: string;
    service_id: string;
    office_ids: string[];
    starts_after: Date | string;
    ends_before: Date | string;
    earliest_start_minute: number;
    latest_end_minute: number;
    status: WaitlistStatus;
    created_at: Date | string;
    place_in_line: string;
    offer_office_id: string | null;
    offer_starts_at: Date | string | null;
    offer_ends_at: Date | string | null;
    offer_expires_at: Date | string | null;
  }>(
    em,
    sql`select e.id, e.service_id,
               (select array_agg(eo.office_id order by eo.office_id) from waitlist_entry_office eo
                 where eo.entry_id = e.id) as office_ids,
               e.starts_after, e.ends_before, e.earliest_start_minute, e.latest_end_minute,
               e.status, e.created_at,
               (select count(*) from waitlist_entry ahead
                 where ahead.service_id = e.service_id and ahead.status = 'WAITING'
                   and ahead.seq <= e.seq) as place_in_line,
               a.office_id as offer_office_id, a.starts_at as offer_starts_at,
               a.ends_at as offer_ends_at, a.held_until as offer_expires_at
          from waitlist_entry e
          left join appointment a on a.waitlist_entry_id = e.id and a.status = 'HELD'
                                 and a.held_until > ${now}
         where ${which} and e.status = 'WAITING'
         order by e.seq`,
  );
  return rows.map((row) => ({
    id: row.id,
    serviceId: row.service_id,
    officeIds: row.office_ids,
    startsAfter: date(row.starts_after),
    endsBefore: date(row.ends_before),
    earliestStartMinute: row.earliest_start_minute,
    latestEndMinute: row.latest_end_minute,
    status: row.status,
    createdAt: date(row.created_at),
    placeInLine: Number(row.place_in_line),
    offer:
      row.offer_office_id && row.offer_starts_at && row.offer_ends_at && row.offer_expires_at
        ? {
            officeId: row.offer_office_id,
            startsAt: date(row.offer_starts_at),
            endsAt: date(row.offer_ends_at),
            expiresAt: date(row.offer_expires_at),
          }
        : null,
  }));
}

/** What a waitlist e-mail names of the service. */
export async function serviceForMail(
  em: EntityManager,
  serviceId: string,
): Promise<AppointmentPlace['service']> {
  const row = await rowOf<{
    name: AppointmentPlace['service']['name'];
    documents: AppointmentPlace['service']['documents'];
  }>(em, sql`select name, documents from service where id = ${serviceId}`);
  if (!row) throw new Error(`Service ${serviceId} is missing`);
  return row;
}

/**
 * Deletes the person's waitlist entries (deleting an account), an account's and those of its
 * e-mail address as a guest; with their live offers, whose times are returned as freed.
 */
export async function deleteWaitlistEntriesOf(
  tx: EntityManager,
  owner: { accountId: string; email: string },
): Promise<FreedTime[]> {
  const mine = sql`(account_id = ${owner.accountId} or email = ${owner.email})`;
  const freed = await deleteOffers(
    tx,
    sql`a.waitlist_entry_id in (select id from waitlist_entry where ${mine})`,
  );
  await run(tx, sql`delete from waitlist_entry where ${mine}`);
  return freed;
}

/**
 * Deletes the entries whose period ended by `now` (no time can be offered to them any more) and
 * the guests' entries left unconfirmed since `unconfirmedBefore`; how many went.
 */
export async function deleteEndedEntries(
  tx: EntityManager,
  now: Date,
  unconfirmedBefore: Date,
): Promise<number> {
  return run(
    tx,
    sql`delete from waitlist_entry
         where ends_before <= ${now}
            or (status = 'UNCONFIRMED' and created_at < ${unconfirmedBefore})`,
  );
}
