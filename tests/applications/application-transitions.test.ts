import { residentialParkingPermitForm } from '../../src/applications/forms/residential-parking-permit.js';
import { Role } from '../../src/entities/accounts/account.entity.js';
import {
  allowedTransitions,
  ApplicationStatus,
} from '../../src/entities/applications/application-status.js';
import { createAccount } from '../support/accounts.js';
import { insertApplication, insertForm } from '../support/application-rows.js';
import { createBookingFixture, type BookingFixture } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let town: BookingFixture;
let formId: string;
let citizenId: string;

beforeAll(async () => {
  server = await startTestServer();
  town = await createBookingFixture(server.orm);
  formId = await insertForm(server, town.serviceId, { definition: residentialParkingPermitForm });
  citizenId = (await createAccount(server, { name: 'Bürgerin Berger' })).id;
});

afterAll(async () => {
  await server.close();
});

const statuses = Object.values(ApplicationStatus);

/** The SQLSTATE of the statement's error, or null when it succeeded. */
async function sqlStateOf(statement: string, params: unknown[]): Promise<string | null> {
  try {
    await server.orm.em.fork().execute(statement, params);
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? 'no code';
  }
}

/**
 * Only the status column changes, as a raw UPDATE that ignores the application's rules: the
 * trigger alone decides. A target's other fields are set so that only the trigger can refuse.
 */
function updateTo(to: ApplicationStatus): string {
  const decided = to === ApplicationStatus.APPROVED || to === ApplicationStatus.REJECTED;
  const submitted = to !== ApplicationStatus.DRAFT;
  return `update application set status = '${to}',
            reference = ${submitted ? 'coalesce(reference, id::text)' : 'null'},
            submitted_at = ${submitted ? 'coalesce(submitted_at, now())' : 'null'},
            due_at = ${submitted ? 'coalesce(due_at, now())' : 'null'},
            decided_at = ${decided ? 'coalesce(decided_at, now())' : to === ApplicationStatus.CLOSED ? 'decided_at' : 'null'},
            decision_reason = ${decided ? "coalesce(decision_reason, 'Begründung')" : to === ApplicationStatus.CLOSED ? 'decision_reason' : 'null'}
          where id = ?`;
}

describe('the database trigger', () => {
  for (const from of statuses) {
    for (const to of statuses.filter((status) => status !== from)) {
      const allowed = allowedTransitions[from].includes(to);
      it(`${allowed ? 'allows' : 'refuses'} ${from} → ${to}`, async () => {
        const id = await insertApplication(server, {
          formId,
          serviceId: town.serviceId,
          officeId: town.officeId,
          applicantId: citizenId,
          status: from,
        });
        const state = await sqlStateOf(updateTo(to), [id]);
        // The next case of the same citizen and service may start as a draft again.
        await server.orm.em.fork().execute('delete from application where id = ?', [id]);
        expect(state).toBe(allowed ? null : 'RH001');
      });
    }
  }

  it('refuses handing an assigned case to another clerk without a version check, and allows it with one', async () => {
    const [first, second] = await Promise.all(
      ['Frau Erste', 'Herr Zweiter'].map((name) =>
        createAccount(server, { name, roles: [Role.STAFF], officeIds: [town.officeId] }),
      ),
    );
    const id = await insertApplication(server, {
      formId,
      serviceId: town.serviceId,
      officeId: town.officeId,
      applicantId: citizenId,
      status: ApplicationStatus.IN_REVIEW,
      assigneeId: first!.id,
    });
    expect(
      await sqlStateOf('update application set assignee_id = ? where id = ?', [second!.id, id]),
    ).toBe('RH002');
    expect(
      await sqlStateOf(
        'update application set assignee_id = ?, version = version + 1 where id = ? and version = 1',
        [second!.id, id],
      ),
    ).toBeNull();
    const [row] = await server.orm.em
      .fork()
      .execute<Array<{ assignee_id: string }>>('select assignee_id from application where id = ?', [
        id,
      ]);
    expect(row?.assignee_id).toBe(second!.id);
  });

  it('keeps one open draft per citizen and service', async () => {
    const draft = {
      formId,
      serviceId: town.serviceId,
      officeId: town.officeId,
      applicantId: (await createAccount(server, { name: 'Herr Doppelt' })).id,
      status: ApplicationStatus.DRAFT,
    };
    await insertApplication(server, draft);
    await expect(insertApplication(server, draft)).rejects.toMatchObject({
      code: '23505',
      constraint: 'application_open_draft_unique',
    });
  });
});
