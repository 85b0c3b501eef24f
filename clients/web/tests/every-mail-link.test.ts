import { createServer } from 'node:net';
import { pino } from 'pino';
import { Role } from '../../../src/entities/accounts/account.entity.js';
import {
  drawDueReleases,
  lapseUnconfirmedBookings,
  sendAppointmentReminders,
} from '../../../src/appointments/appointment-jobs.js';
import { ServiceEntity } from '../../../src/entities/catalogue/service.entity.js';
import { de } from '../../../src/i18n/de.js';
import { sendAnswerReminders } from '../../../src/messaging/conversation-jobs.js';
import { uuidOf } from '../../../src/resolvers/common/global-id.js';
import {
  deliverDueWebhooks,
  RETRY_DELAYS_MS,
  WEBHOOK_MAX_RESPONSE_BYTES,
} from '../../../src/webhooks/webhook-worker.js';
import { conversationUrl } from '../../../src/resolvers/messaging/messaging.mapping.js';
import { bearer, createAccount, emailsTo, signIn } from '../../../tests/support/accounts.js';
import { createPublished } from '../../../tests/support/announcements.js';
import { createBookingFixture, guestBooking } from '../../../tests/support/fixtures.js';
import { messagingTown, send, startConversation } from '../../../tests/support/messaging.js';
import { submittedThroughApi } from './support/applications.js';
import { bookThroughApi, demoBooking } from './support/booking.js';
import {
  closeCleanly,
  DEMO_NOW,
  openVisitor,
  serverAndBrowser,
  waitForHeading,
} from './support/browser.js';

// Every kind of e-mail Rathaus sends, made by the action that sends it; every link in each one
// opens a real page of the web client (or, for calendar files, a calendar file). A new kind of
// e-mail fails the first test until it is made here too.

const TIMEOUT = 120_000;

const env = serverAndBrowser(TIMEOUT);

/** The settings the server's jobs run with (tests/support/test-server.ts starts it so). */
function settings() {
  return {
    publicUrl: 'http://rathaus.test',
    townName: 'Musterstadt',
    timeZone: 'Europe/Berlin',
    linkSecret: env.server.linkSecret,
    mailFrom: 'Rathaus Musterstadt <rathaus@musterstadt.example>',
  };
}

/** Each kind of e-mail (its key in the server's catalogue) with the text as it is sent. */
const mails = new Map<string, string>();

/** The e-mail of this kind last queued for the address, known by its German subject line. */
async function remember(kind: string, address: string) {
  const template = de[`mail.${kind}.subject` as keyof typeof de];
  const subject = new RegExp(
    `^${template
      .split(/\{\w+\}/)
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.+')}$`,
  );
  const mail = (await emailsTo(env.server, address)).filter((entry) => subject.test(entry.subject));
  if (!mail.length) throw new Error(`no ${kind} e-mail to ${address}`);
  mails.set(kind, mail.at(-1)!.body);
}

beforeAll(async () => {
  const { server } = env;
  const gql = server.gql.bind(server);

  // Registration, and registering again with the same address
  const citizen = `neu-${process.pid}@example.org`;
  const register = `mutation($input: RegisterAccountInput!) { registerAccount(input: $input) { emailSent } }`;
  await gql(register, { input: { email: citizen, name: 'Nora Neu' } });
  await remember('verify', citizen);
  const existing = await createAccount(server);
  await gql(register, { input: { email: existing.email, name: 'Noch einmal' } });
  await remember('registeredAgain', existing.email);

  // A staff invitation
  const admin = bearer(await signIn(server, await createAccount(server, { roles: [Role.ADMIN] })));
  const offices = await gql<{ offices: Array<{ id: string }> }>('{ offices { id } }');
  const clerk = `kollege-${process.pid}@musterstadt.example`;
  await gql(
    `mutation($input: GrantStaffAccessInput!) { grantStaffAccess(input: $input) { userErrors { code } } }`,
    { input: { email: clerk, name: 'Kollege', officeIds: [offices.body.data!.offices[0]!.id] } },
    admin,
  );
  await remember('staffInvite', clerk);

  // A booking a day ahead: booked, reminded, moved, cancelled
  const booking = await demoBooking(server);
  const { code } = await bookThroughApi(server, booking);
  await remember('appointmentBooked', booking.email);
  server.clock.set(new Date(new Date(booking.startsAt).getTime() - 23 * 60 * 60 * 1000));
  expect(
    await sendAppointmentReminders({
      em: server.orm.em.fork(),
      clock: server.clock.now,
      settings: settings(),
    }),
  ).toBe(1);
  await remember('appointmentReminder', booking.email);
  server.clock.set(DEMO_NOW);
  const { body: moved } = await gql<{ rescheduleAppointment: { userErrors: unknown[] } }>(
    `mutation($input: RescheduleAppointmentInput!) { rescheduleAppointment(input: $input) { userErrors { code } } }`,
    { input: { code, email: booking.email, startsAt: '2027-01-12T10:00:00.000Z' } },
  );
  expect(moved.data?.rescheduleAppointment.userErrors).toEqual([]);
  await remember('appointmentRescheduled', booking.email);
  await gql(
    `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code } } }`,
    { input: { code, email: booking.email } },
  );
  await remember('appointmentCancelled', booking.email);

  // A booking at an office that an admin then closes for good, cancelling it with a notice
  const closing = await createBookingFixture(server.orm, {
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
  });
  const withdrawn = guestBooking(closing, '2027-01-12T09:00:00.000Z');
  await bookThroughApi(server, withdrawn);
  const retired = await gql<{ retireOffice: { userErrors: unknown[] } }>(
    `mutation($input: RetireOfficeInput!) { retireOffice(input: $input) { userErrors { code } } }`,
    { input: { officeId: closing.office, futureAppointments: 'CANCEL_WITH_NOTICE' } },
    admin,
  );
  expect(retired.body.data!.retireOffice.userErrors).toEqual([]);
  await remember('appointmentWithdrawn', withdrawn.email);

  // A booking that its office cancels with a message (illness), offering the next free times
  const sickDay = await createBookingFixture(server.orm, {
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
  });
  const cancelledByOffice = guestBooking(sickDay, '2027-01-12T09:00:00.000Z');
  await bookThroughApi(server, cancelledByOffice);
  const sickDayClerk = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [sickDay.officeId] }),
    ),
  );
  const dayCancelled = await gql<{
    cancelOfficeAppointments: { cancelledCount: number | null; userErrors: unknown[] };
  }>(
    `mutation($input: CancelOfficeAppointmentsInput!) { cancelOfficeAppointments(input: $input) { cancelledCount userErrors { code } } }`,
    {
      input: {
        officeId: sickDay.office,
        from: '2027-01-11T23:00:00.000Z',
        to: '2027-01-12T23:00:00.000Z',
        message: 'Wegen einer Erkrankung bleibt das Bürgerbüro heute geschlossen.',
      },
    },
    sickDayClerk,
  );
  expect(dayCancelled.body.data!.cancelOfficeAppointments).toEqual({
    cancelledCount: 1,
    userErrors: [],
  });
  await remember('appointmentCancelledByOffice', cancelledByOffice.email);

  // A guest on the waitlist: the confirmation link, then the offer of a cancelled time
  const waitlisted = await createBookingFixture(server.orm, {
    counters: 1,
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
  });
  const taken = guestBooking(waitlisted, '2027-01-12T09:00:00.000Z');
  const { code: takenCode } = await bookThroughApi(server, taken);
  const waiting = `wartend-${process.pid}@example.org`;
  const joined = await gql<{ joinWaitlist: { userErrors: unknown[] } }>(
    `mutation($input: JoinWaitlistInput!) { joinWaitlist(input: $input) { userErrors { code } } }`,
    {
      input: {
        serviceId: waitlisted.service,
        officeIds: [waitlisted.office],
        startsAfter: DEMO_NOW.toISOString(),
        endsBefore: '2027-01-20T00:00:00Z',
        earliestTime: '08:00',
        latestTime: '18:00',
        name: 'Wanda Wartend',
        email: waiting,
      },
    },
  );
  expect(joined.body.data!.joinWaitlist.userErrors).toEqual([]);
  await remember('waitlistConfirm', waiting);
  const confirmToken = /waitlist\/confirm\?token=([\w-]+)/.exec(mails.get('waitlistConfirm')!)![1];
  await gql(
    `mutation($input: ConfirmWaitlistEntryInput!) { confirmWaitlistEntry(input: $input) { confirmed } }`,
    { input: { token: confirmToken } },
  );
  await gql(
    `mutation($input: CancelAppointmentInput!) { cancelAppointment(input: $input) { userErrors { code } } }`,
    { input: { code: takenCode, email: taken.email } },
  );
  await remember('waitlistOffer', waiting);
  // A guest's booking of a scarce service: the request to confirm it, and its lapse
  const scarce = await createBookingFixture(server.orm, {
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
  });
  await server.orm.em
    .fork()
    .nativeUpdate(ServiceEntity, { id: scarce.serviceId }, { scarce: true });
  const unconfirmed = guestBooking(scarce, '2027-01-12T09:00:00.000Z');
  await bookThroughApi(server, unconfirmed);
  await remember('appointmentConfirmEmail', unconfirmed.email);
  server.clock.set(new Date(DEMO_NOW.getTime() + 30 * 60_000));
  expect(
    await lapseUnconfirmedBookings({
      em: server.orm.em.fork(),
      clock: server.clock.now,
      bus: server.bus,
      settings: settings(),
    }),
  ).toBe(1);
  server.clock.set(DEMO_NOW);
  await remember('appointmentLapsed', unconfirmed.email);
  // A fair release of one time that two people ask for: one wins, the other is told
  const released = await createBookingFixture(server.orm, {
    counters: 1,
    validFrom: '2027-01-01',
    validUntil: '2027-12-31',
  });
  const [release] = await server.orm.em.fork().execute<Array<{ id: string }>>(
    `insert into appointment_release (id, service_id, office_id, starts_at, ends_at, opens_at, closes_at)
     values (gen_random_uuid(), ?, ?, '2027-01-12T07:00:00Z', '2027-01-12T07:30:00Z', ?, ?)
     returning id`,
    [
      released.serviceId,
      released.officeId,
      new Date(DEMO_NOW.getTime() - 60_000),
      new Date(DEMO_NOW.getTime() + 10 * 60_000),
    ],
  );
  const hopefuls = [`los-a-${process.pid}@example.org`, `los-b-${process.pid}@example.org`];
  for (const email of hopefuls) {
    await gql(
      `mutation($input: RequestReleasedTimeInput!) { requestReleasedTime(input: $input) { userErrors { code } } }`,
      {
        input: {
          releaseId: Buffer.from(`AppointmentRelease:${release!.id}`).toString('base64'),
          name: 'Lena Los',
          email,
        },
      },
    );
  }
  server.clock.set(new Date(DEMO_NOW.getTime() + 10 * 60_000));
  expect(
    await drawDueReleases({
      em: server.orm.em.fork(),
      clock: server.clock.now,
      bus: server.bus,
      settings: settings(),
    }),
  ).toBe(1);
  server.clock.set(DEMO_NOW);
  const outcomes = await Promise.all(
    hopefuls.map(async (email) => ({ email, mails: await emailsTo(server, email) })),
  );
  const loser = outcomes.find(({ mails }) =>
    mails.some((mail) => mail.subject.startsWith('Diesmal')),
  );
  if (!loser) throw new Error('nobody was told "not this time"');
  await remember('releaseNotDrawn', loser.email);

  // An answer of the office, unread for a while
  const town = await messagingTown(server);
  const conversation = await startConversation(server, town.citizen, town.town.office);
  await send(server, town.clerk, conversation.id, 'Ihre Unterlagen sind vollständig.');
  server.clock.set(new Date(DEMO_NOW.getTime() + 11 * 60_000));
  expect(
    await sendAnswerReminders({
      em: server.orm.em.fork(),
      clock: server.clock.now,
      settings: settings(),
      conversationUrl: (id) => conversationUrl(settings().publicUrl, id),
    }),
  ).toBe(1);
  server.clock.set(DEMO_NOW);
  await remember('unreadAnswer', town.citizen.account.email);

  // An online application, submitted
  const applicant = await createAccount(server, { name: 'Erika Mustermann' });
  const application = await submittedThroughApi(server, applicant);
  await remember('applicationSubmitted', applicant.email);

  // ... which its office takes, asks more about, and approves
  const handled = await server.gql<{ application: { office: { id: string } } }>(
    'query($id: ID!) { application(id: $id) { office { id } } }',
    { id: application.id },
    bearer(await signIn(server, applicant)),
  );
  const officeId = uuidOf(handled.body.data!.application.office.id, 'Office')!;
  const caseworker = bearer(
    await signIn(
      server,
      await createAccount(server, { roles: [Role.STAFF], officeIds: [officeId] }),
    ),
  );
  const text = 'Bitte laden Sie die Rückseite hoch.';
  const step = async (operation: string, input: Record<string, unknown> = {}) => {
    const inputType = `${operation[0]!.toUpperCase()}${operation.slice(1)}Input`;
    const { body } = await server.gql<Record<string, { userErrors: unknown[] }>>(
      `mutation($input: ${inputType}!) { ${operation}(input: $input) { userErrors { code } } }`,
      { input: { applicationId: application.id, ...input } },
      caseworker,
    );
    expect(body.data![operation]!.userErrors).toEqual([]);
  };
  await step('takeApplication');
  await step('requestApplicationInformation', { message: text });
  await remember('applicationInformationRequested', applicant.email);
  await step('resumeApplication');
  await step('approveApplication', { reason: text });
  await remember('applicationDecided', applicant.email);

  // A webhook endpoint that nobody answers at for a day is turned off, and its developer told
  const developer = await createAccount(server);
  const developerHeaders = bearer(await signIn(server, developer));
  const key = await gql<{ createApiKey: { apiKey: { id: string } } }>(
    'mutation { createApiKey(input: { name: "Stadt-App" }) { apiKey { id } } }',
    {},
    developerHeaders,
  );
  const hook = await gql<{ createWebhookEndpoint: { userErrors: unknown[] } }>(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { userErrors { code } } }`,
    {
      input: {
        apiKeyId: key.body.data!.createApiKey.apiKey.id,
        url: `http://127.0.0.1:${await closedPort()}/hook`,
        events: ['ANNOUNCEMENT_PUBLISHED'],
      },
    },
    developerHeaders,
  );
  expect(hook.body.data!.createWebhookEndpoint.userErrors).toEqual([]);
  await createPublished(server, admin);
  let time = DEMO_NOW.getTime();
  for (const delay of [0, ...RETRY_DELAYS_MS]) {
    time += delay;
    server.clock.set(new Date(time));
    await deliverDueWebhooks(server.orm.em.fork(), server.clock.now, pino({ level: 'silent' }), {
      allowedHosts: ['127.0.0.1'],
      timeoutMs: 5000,
      maxResponseBytes: WEBHOOK_MAX_RESPONSE_BYTES,
      settings: server.townSettings,
    });
  }
  server.clock.set(DEMO_NOW);
  await remember('webhookDisabled', developer.email);
}, TIMEOUT);

/** A loopback port nothing listens on: a connection to it is refused at once. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

it('makes every kind of e-mail the server can send', () => {
  const kinds = Object.keys(de)
    .map((key) => /^mail\.(\w+)\.subject$/.exec(key)?.[1])
    .filter((kind): kind is string => !!kind);
  expect([...mails.keys()].sort()).toEqual(kinds.sort());
});

it(
  'opens a real page for every link in every e-mail',
  async () => {
    const visited: string[] = [];
    for (const [kind, text] of mails) {
      const links = [...text.matchAll(/http:\/\/rathaus\.test(\/[^\s"<>]*)/g)].map((m) => m[1]!);
      expect({ kind, links: links.length > 0 }).toEqual({ kind, links: true });
      for (const path of links) {
        const visitor = await openVisitor(env.browser, env.server.url);
        try {
          if (/\.ics(\?|$)/.test(path)) {
            const file = await visitor.page.request.get(path);
            expect({ path, status: file.status() }).toEqual({ path, status: 200 });
            expect(file.headers()['content-type']).toMatch(/^text\/calendar/);
          } else {
            const response = await visitor.page.goto(path);
            expect({ path, status: response?.status() }).toEqual({ path, status: 200 });
            const heading = await waitForHeading(visitor.page, /.+/);
            expect({ path, notFound: /nicht gefunden/i.test(heading) }).toEqual({
              path,
              notFound: false,
            });
            expect(visitor.pageErrors).toEqual([]);
          }
          visited.push(`${kind} ${path.split('?')[0]}`);
        } finally {
          await closeCleanly(visitor);
        }
      }
    }
    expect(visited.length).toBeGreaterThanOrEqual(mails.size);
  },
  TIMEOUT,
);
