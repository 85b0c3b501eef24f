import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { date, rowOf, sql } from '../common/sql.js';
import type { FormDefinition } from './form-definition.js';

// The SQL of the admin's side of online applications: publishing and removing a service's form.

/** One version of a service's application form. */
export type FormRecord = {
  id: string;
  serviceId: string;
  version: number;
  definition: FormDefinition;
  feeCents: number;
  processingDays: number;
  retentionYears: number;
  active: boolean;
  createdAt: Date;
};

type FormRow = Omit<FormRecord, 'createdAt'> & { createdAt: unknown };

const FORM_COLUMNS = sql.trusted(
  `id, service_id as "serviceId", version, definition, fee_cents as "feeCents",
   processing_days as "processingDays", retention_years as "retentionYears", active,
   created_at as "createdAt"`,
);

function formRecord(row: FormRow): FormRecord {
  return { ...row, createdAt: date(row.createdAt) };
}

/**
 * Locks the service's row for the transaction, so that two admins publishing at once number their
 * versions one after the other; false when there is no such service still offered.
 */
export async function lockOfferedService(tx: EntityManager, serviceId: string): Promise<boolean> {
  const row = await rowOf(
    tx,
    sql`select id from service where id = ${serviceId} and retired_at is null for update`,
  );
  return row !== null;
}

/** Publishes the next version of the service's form (the service's row locked by the caller). */
export async function insertFormVersion(
  tx: EntityManager,
  form: {
    serviceId: string;
    definition: unknown;
    feeCents: number;
    processingDays: number;
    retentionYears: number;
    createdById: string;
    now: Date;
  },
): Promise<FormRecord> {
  const row = await rowOf<FormRow>(
    tx,
    sql`insert into application_form (id, service_id, version, definition, fee_cents,
                                      processing_days, retention_years, created_at, created_by_id)
        select ${randomUUID()}, ${form.serviceId}, coalesce(max(version), 0) + 1,
               ${JSON.stringify(form.definition)}::jsonb, ${form.feeCents}, ${form.processingDays},
               ${form.retentionYears}, ${form.now}, ${form.createdById}
          from application_form where service_id = ${form.serviceId}
        returning ${FORM_COLUMNS}`,
  );
  if (!row) throw new Error('insert into application_form returned no row');
  return formRecord(row);
}

/**
 * Switches the service's current form off (its newest version, if active); answers it, or null
 * when the service has no online application.
 */
export async function deactivateCurrentForm(
  tx: EntityManager,
  serviceId: string,
): Promise<FormRecord | null> {
  const row = await rowOf<FormRow>(
    tx,
    sql`update application_form set active = false
         where service_id = ${serviceId} and active
           and version = (select max(version) from application_form
                           where service_id = ${serviceId})
        returning ${FORM_COLUMNS}`,
  );
  return row && formRecord(row);
}
