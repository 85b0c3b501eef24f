import {
  purgeFinishedDeliveries,
  startWebhookWorker,
  WEBHOOK_MAX_RESPONSE_BYTES,
} from '../webhooks/webhook-worker.js';
import 'reflect-metadata';
import { join } from 'node:path';
import { startAnnouncementScheduler } from '../announcements/announcement-scheduler.js';
import { systemClock } from '../common/clock.js';
import { createEventBus } from '../realtime/event-bus.js';
import { createSchema } from '../resolvers/schema.js';
import { seedDemoTown } from '../seed/demo-town.js';
import { resetDemoKiosk, resetDemoStaff, type DemoKiosk } from '../seed/demo-staff.js';
import {
  logTransport,
  purgeFinishedMessages,
  smtpTransport,
  startOutboxWorker,
} from '../notifications/outbox-worker.js';
import { deleteExpiredConversations, sendAnswerReminders } from '../messaging/conversation-jobs.js';
import {
  forgetEndedWaitlistEntries,
  lapseUnconfirmedBookings,
  drawDueReleases,
  releaseExpiredHolds,
  sendAppointmentReminders,
} from '../appointments/appointment-jobs.js';
import { purgeExpiredCredentials } from '../accounts/housekeeping.js';
import { endQueueDays } from '../queue/queue-jobs.js';
import { createServer } from './app.js';
import { startAdminEndpoint } from './admin-endpoint.js';
import { every } from '../common/periodic.js';
import { deleteExpiredApplications } from '../applications/application-retention.js';
import { FileStore } from '../applications/file-store.js';
import { conversationUrl } from '../resolvers/messaging/messaging.mapping.js';
import type { Config } from './config.js';
import type { EmbeddedDatabase } from './embedded-database.js';
import { linkSigningSecret } from './link-signing-secret.js';
import { createLogger } from './logger.js';
import { connectDatabase } from './startup.js';

/** The longest a SIGTERM may take, after SHUTDOWN_DELAY_MS, before the process exits anyway. */
const SHUTDOWN_DEADLINE_MS = 10_000;

/**
 * The server's process (started by src/server/main.ts): connects the database, with `embedded`
 * the embedded database that main.ts started already, or null with DATABASE_URL), migrates and
 * seeds it, listens, runs the background jobs and stops on SIGTERM or SIGINT.
 */
export async function serve(
  config: Config,
  embedded: Promise<EmbeddedDatabase | null>,
): Promise<void> {
  const logger = createLogger(config);
  process.on('unhandledRejection', (reason) =>
    logger.error({ err: reason }, 'unhandled rejection'),
  );

  // The schema is built while the database starts (embedded) or answers.
  const [database, schema] = await Promise.all([
    connectDatabase(config, logger, 'server', embedded),
    createSchema(),
  ]);
  const applied = await database.migrate();
  let demoKiosk: DemoKiosk | null = null;
  if (applied.length) logger.info({ applied }, 'migrations applied');
  if (database.embedded) {
    const seeded = await seedDemoTown(database.orm.em.fork(), {
      timeZone: config.timeZone,
      today: systemClock(),
    });
    if (seeded) logger.info('demo town Musterstadt seeded into the embedded database');
    if (config.env === 'development') {
      for (const demo of await resetDemoStaff(database.orm.em.fork())) {
        logger.info(
          { email: demo.email, password: demo.password, roles: demo.roles },
          'demo staff sign-in for the staff workspace (/staff); a new password on each start',
        );
      }
      demoKiosk = await resetDemoKiosk(database.orm.em.fork());
    }
  }

  const bus = createEventBus(config.redisUrl, logger);
  const linkSecret = linkSigningSecret(config);
  const server = await createServer({
    config,
    orm: database.orm,
    schema,
    bus,
    clock: systemClock,
    logger,
  });
  const outbox = startOutboxWorker(
    database.orm,
    config.mailTransport === 'smtp' && config.smtpUrl
      ? smtpTransport(config.smtpUrl, config.mailFrom, { timeoutMs: config.smtpTimeoutMs })
      : logTransport(logger, { withText: config.env === 'development' }),
    systemClock,
    logger,
  );
  // Every instance runs one; SKIP LOCKED makes each delivery go out from one of them.
  const webhooks = startWebhookWorker(database.orm, systemClock, logger, {
    allowedHosts: config.webhookAllowedHosts,
    timeoutMs: config.webhookTimeoutMs,
    maxResponseBytes: WEBHOOK_MAX_RESPONSE_BYTES,
    settings: { publicUrl: config.publicUrl, townName: config.townName },
  });
  // Every instance runs one; the claim in the database makes each announcement's event go out once.
  const announcements = startAnnouncementScheduler(database.orm, bus, systemClock, logger);
  // What the appointment jobs' e-mails and links name: the town, its clock and its signed links.
  const townSettings = {
    timeZone: config.timeZone,
    publicUrl: config.publicUrl,
    linkSecret,
    townName: config.townName,
    mailFrom: config.mailFrom,
  };
  const jobs = [
    every(60_000, 'answer reminders', logger, () =>
      sendAnswerReminders({
        em: database.orm.em.fork(),
        clock: systemClock,
        settings: config,
        conversationUrl: (id) => conversationUrl(config.publicUrl, id),
      }),
    ),
    // A held time is shown free once it expires; its row goes within half a minute, and with it
    // the viewers learn that it is free, or the next in line on the waitlist is offered it.
    every(30_000, 'expired slot holds', logger, () =>
      releaseExpiredHolds({
        em: database.orm.em.fork(),
        clock: systemClock,
        bus,
        settings: townSettings,
      }),
    ),
    // An unconfirmed booking of a scarce service lapses within a minute after its half hour.
    every(60_000, 'unconfirmed bookings', logger, () =>
      lapseUnconfirmedBookings({
        em: database.orm.em.fork(),
        clock: systemClock,
        bus,
        settings: townSettings,
      }),
    ),
    // A fair release is drawn within 15 seconds of its window's end; the claim in the database
    // lets every instance run this and each release still be drawn once.
    every(15_000, 'fair release draws', logger, () =>
      drawDueReleases({
        em: database.orm.em.fork(),
        clock: systemClock,
        bus,
        settings: townSettings,
      }),
    ),
    every(5 * 60_000, 'appointment reminders', logger, () =>
      sendAppointmentReminders({
        em: database.orm.em.fork(),
        clock: systemClock,
        settings: townSettings,
      }),
    ),
    // At start too: a server that was down over midnight ends yesterday's queue before anyone calls.
    every(
      5 * 60_000,
      'queue day end',
      logger,
      () =>
        endQueueDays({
          em: database.orm.em.fork(),
          clock: systemClock,
          bus,
          settings: { timeZone: config.timeZone },
        }),
      { atStart: true },
    ),
    every(60 * 60_000, 'credential clean-up', logger, () =>
      purgeExpiredCredentials({ em: database.orm.em.fork(), clock: systemClock }),
    ),
    every(60 * 60_000, 'e-mail retention', logger, () =>
      purgeFinishedMessages(database.orm.em.fork(), systemClock),
    ),
    every(60 * 60_000, 'webhook delivery log retention', logger, () =>
      purgeFinishedDeliveries(database.orm.em.fork(), systemClock),
    ),
    // At start too: a server restarted more often than daily would otherwise never run it.
    every(
      24 * 60 * 60_000,
      'application retention',
      logger,
      () =>
        deleteExpiredApplications(
          { em: database.orm.em.fork(), clock: systemClock },
          new FileStore(join(config.dataDir, 'files')),
        ),
      { atStart: true },
    ),
    every(60 * 60_000, 'waitlist retention', logger, () =>
      forgetEndedWaitlistEntries({ em: database.orm.em.fork(), clock: systemClock }),
    ),
    every(60 * 60_000, 'conversation retention', logger, () =>
      deleteExpiredConversations(
        { em: database.orm.em.fork(), clock: systemClock },
        config.conversationRetentionDays,
      ),
    ),
  ];
  const port = await server.listen();
  const url = config.publicUrl.replace(`:${config.port}`, `:${port}`);
  // Only the embedded database needs it: no other process may open that one.
  const admin = database.embedded
    ? await startAdminEndpoint({ config, orm: database.orm, bus, logger })
    : null;
  if (database.embedded && admin) await database.embedded.announce(url, admin);
  const metricsPort = server.metricsPort();
  logger.info(
    { port, url, ...(metricsPort !== null ? { metricsPort } : {}) },
    'Rathaus is listening',
  );
  if (demoKiosk) {
    logger.info(
      {
        setupLink: `${url}/kiosk/setup#token=${demoKiosk.token}`,
        callDisplay: `${url}/kiosk/board/${demoKiosk.officeSlug}`,
      },
      'demo kiosk: open the set-up link once in the lobby browser (/kiosk); a new token on each start',
    );
  }
  // For a person at a terminal; a log collector reads only JSON lines. After the lines logged
  // so far, which wait in the log's buffer (logger.ts), so that it is the last thing shown.
  if (process.stdout.isTTY) {
    logger.flush(() =>
      process.stdout.write(
        `\nRathaus ${config.townName} is running: open ${url}/ (API: ${url}/graphql)\n\n`,
      ),
    );
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.shutdownDelayMs + SHUTDOWN_DEADLINE_MS).unref();
    await server.shutdown({ delayMs: config.shutdownDelayMs });
    await admin?.close();
    await outbox.stop();
    await webhooks.stop();
    await Promise.all(jobs.map((job) => job.stop()));
    await announcements.stop();
    await bus.close();
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}
