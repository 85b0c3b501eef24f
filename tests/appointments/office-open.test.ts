import 'reflect-metadata';
import { findFreeSlots } from '../../src/appointments/appointment.service.js';
import { officeOpenState } from '../../src/appointments/office-hours.js';
import { ClosureEntity } from '../../src/entities/appointments/closure.entity.js';
import { OfficeEntity } from '../../src/entities/catalogue/office.entity.js';
import { databaseOfThisFile, DEMO_SEED_DAY } from '../support/templates.js';

// "Is the office open at t" has one definition (src/appointments/office-open-periods.sql), which
// the free slots and the out-of-office notice of conversations both read. They used to disagree
// about a closure that takes part of an opening period: no slots, yet the office shown open.

const TIME_ZONE = 'Europe/Berlin';
const HOUR = 60 * 60_000;

const database = databaseOfThisFile('demo', { poolSize: 2 });

it('closes the office during a closure of part of the day, for the slots and the notice alike', async () => {
  const em = database.orm.em.fork();
  const [offered] = await em.execute<Array<{ service_id: string; office_id: string }>>(
    `select cs.service_id, c.office_id
       from counter_service cs join counter c on c.id = cs.counter_id
      where c.active order by c.office_id, cs.service_id limit 1`,
  );
  const query = { serviceId: offered!.service_id, officeId: offered!.office_id };
  const ctx = {
    em,
    clock: () => DEMO_SEED_DAY,
    settings: {
      timeZone: TIME_ZONE,
      publicUrl: 'https://rathaus.example',
      linkSecret: 'unused',
      townName: 'Musterstadt',
      mailFrom: 'unused',
    },
  };
  const week = await findFreeSlots(ctx, {
    ...query,
    from: DEMO_SEED_DAY,
    to: new Date(DEMO_SEED_DAY.getTime() + 7 * 24 * HOUR),
  });
  const first = week.find((slot) => slot.available > 0)!;
  expect(first).toBeDefined();
  const closedFrom = first.startsAt;
  const closedUntil = new Date(closedFrom.getTime() + HOUR);
  const during = new Date(closedFrom.getTime() + HOUR / 2);
  expect(await officeOpenState(em, query.officeId, during, TIME_ZONE)).toMatchObject({
    openNow: true,
  });

  em.create(ClosureEntity, {
    office: em.getReference(OfficeEntity, query.officeId),
    counter: null,
    startsAt: closedFrom,
    endsAt: closedUntil,
    reason: { de: 'Betriebsversammlung', en: 'Staff meeting' },
  });
  await em.flush();

  const slots = await findFreeSlots(ctx, { ...query, from: closedFrom, to: closedUntil });
  expect(slots).toEqual([]);
  const state = await officeOpenState(database.orm.em.fork(), query.officeId, during, TIME_ZONE);
  expect(state.openNow).toBe(false);
  expect(state.nextOpening!.getTime()).toBeGreaterThanOrEqual(closedUntil.getTime());
});
