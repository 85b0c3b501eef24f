import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/postgresql';
import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';

/** A version of the parking permit form on the service, straight in the database. */
export async function insertForm(orm: MikroORM, serviceId: string): Promise<string> {
  const id = randomUUID();
  await orm.em.fork().execute(
    `insert into application_form (id, service_id, version, definition, fee_cents, processing_days,
                                     retention_years, created_at)
       values (?, ?, coalesce((select max(version) + 1 from application_form where service_id = ?), 1),
               ?, 3070, 10, 3, now())`,
    [id, serviceId, serviceId, JSON.stringify(residentialParkingPermitForm)],
  );
  return id;
}

/**
 * An application in `status`, straight in the database: a draft, or submitted (reference, dates)
 * and, for later statuses, with the fields those need, as if it had gone through the API.
 */
export async function insertApplication(
  orm: MikroORM,
  options: {
    formId: string;
    serviceId: string;
    officeId: string;
    applicantId: string;
    status: string;
    assigneeId?: string | null;
  },
): Promise<string> {
  const id = randomUUID();
  const submitted = options.status !== 'DRAFT';
  const decided = ['APPROVED', 'REJECTED', 'CLOSED'].includes(options.status);
  await orm.em.fork().execute(
    `insert into application (id, reference, form_id, service_id, office_id, applicant_id, status,
                              answers, assignee_id, submitted_at, due_at, decided_at,
                              decision_reason, closed_at, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, '{}', ?, ?, ?, ?, ?, ?, now(), now())`,
    [
      id,
      submitted ? `T-${id}` : null,
      options.formId,
      options.serviceId,
      options.officeId,
      options.applicantId,
      options.status,
      options.assigneeId ?? null,
      submitted ? new Date() : null,
      submitted ? new Date(Date.now() + 10 * 86_400_000) : null,
      decided ? new Date() : null,
      decided ? 'Entschieden.' : null,
      options.status === 'CLOSED' ? new Date() : null,
    ],
  );
  return id;
}
