import type { Command } from 'commander';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import {
  revokeApiKey,
  allApiKeys,
  kioskDevices,
  revokeKioskDevice,
} from '../accounts/credentials.service.js';
import { grantStaffAccess, revokeStaffAccess, staffAccounts } from '../accounts/staff.service.js';
import type { CallerLimits } from '../auth/caller-limits.js';
import type { Principal } from '../auth/principal.js';
import { announceCatalogueChange } from '../catalogue/catalogue-changes.js';
import {
  FutureAppointments,
  retireOffice,
  retireService,
} from '../catalogue/retirement.service.js';
import { systemClock } from '../common/clock.js';
import { DomainError } from '../common/domain-error.js';
import { Language } from '../common/language.js';
import { AccountEntity, Role } from '../entities/accounts/account.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';
import { ServiceEntity } from '../entities/catalogue/service.entity.js';
import { translate } from '../i18n/messages.js';
import type { EventBus } from '../realtime/event-bus.js';
import type { AdminOutput, AdminRuntime } from './admin-commands.js';
import { linkSigningSecret } from './link-signing-secret.js';

// What an operator manages without GraphQL (`npm run admin -- <command>`, README "Operating it"):
// offices, services, staff, kiosks and API keys, listed as aligned columns (or JSON with --json)
// and changed through the same use cases as the staff workspace, so the same rules hold.

/** The operator acts with admin rights, and is not limited per caller (as staff are not). */
const OPERATOR: Principal = {
  kind: 'account',
  accountId: '00000000-0000-0000-0000-000000000000',
  roles: [Role.ADMIN],
  officeIds: [],
  sessionId: null,
};
const UNLIMITED: CallerLimits = { take: async () => ({ giveBack: async () => undefined }) };

type Row = Record<string, string>;

/** An unknown name or ID, said as the operator typed it. */
class OperatorInputError extends Error {}

/** Rows as columns under their keys, padded to the widest cell; or one JSON array. */
function listing(rows: Row[], json: boolean | undefined, none: string): string {
  if (json) return JSON.stringify(rows, null, 2);
  if (rows.length === 0) return none;
  const keys = Object.keys(rows[0]!);
  const widths = keys.map((key) => Math.max(key.length, ...rows.map((row) => row[key]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(keys), ...rows.map((row) => line(keys.map((key) => row[key]!)))].join('\n');
}

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 16).replace('T', ' ') : '-');

export function addOperatorCommands(
  program: Command,
  { config, inDatabase }: AdminRuntime,
  { print, fail }: AdminOutput,
): void {
  /** Runs a change; an expected refusal (unknown ID, appointments affected) is the answer. */
  const changing = (work: (em: EntityManager, bus: EventBus, orm: MikroORM) => Promise<string>) =>
    inDatabase(async (orm, bus) => {
      try {
        print(await work(orm.em.fork(), bus, orm));
      } catch (error) {
        if (error instanceof OperatorInputError) fail(error.message);
        else if (error instanceof DomainError)
          fail(`${error.code}: ${translate(Language.EN, error.messageKey, error.params)}`);
        else throw error;
      }
    });

  const retireContext = (em: EntityManager, bus: EventBus) => ({
    em,
    bus,
    clock: systemClock,
    limits: UNLIMITED,
    settings: {
      timeZone: config.timeZone,
      publicUrl: config.publicUrl,
      townName: config.townName,
      linkSecret: linkSigningSecret(config),
      mailFrom: config.mailFrom,
    },
    catalogueChanged: () => announceCatalogueChange(bus, 'cli'),
  });

  const officesBySlug = async (em: EntityManager, slugs: string[]) => {
    const offices = await em.find(OfficeEntity, { slug: { $in: slugs } });
    const unknown = slugs.filter((slug) => !offices.some((office) => office.slug === slug));
    return { offices, unknown };
  };

  program
    .command('offices')
    .description('list the offices (retired ones marked)')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      inDatabase(async (orm) => {
        const offices = await orm.em.fork().find(OfficeEntity, {}, { orderBy: { slug: 'asc' } });
        const rows = offices.map((office) => ({
          slug: office.slug,
          name: office.name.de,
          address: `${office.street}, ${office.postalCode} ${office.city}`,
          retired: day(office.retiredAt),
        }));
        print(listing(rows, options.json, 'No offices.'));
      }),
    );

  program
    .command('retire-office')
    .description('close an office for good (refused while appointments are booked there)')
    .argument('<office>', 'the office slug')
    .option('--cancel-appointments', 'cancel its upcoming appointments, with an e-mail to each')
    .action((slug: string, options: { cancelAppointments?: boolean }) =>
      changing(async (em, bus) => {
        const office = await em.findOne(OfficeEntity, { slug });
        if (!office) throw notFound(slug, 'office');
        const { futureAppointments } = await retireOffice(
          retireContext(em, bus),
          office.id,
          options.cancelAppointments ? FutureAppointments.CANCEL_WITH_NOTICE : null,
        );
        return `${slug} is retired (upcoming appointments cancelled: ${futureAppointments}).`;
      }),
    );

  program
    .command('services')
    .description('list the services with the offices that offer them (retired ones marked)')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      inDatabase(async (orm) => {
        const services = await orm.em
          .fork()
          .find(ServiceEntity, {}, { orderBy: { slug: 'asc' }, populate: ['offices'] });
        const rows = services.map((service) => ({
          slug: service.slug,
          name: service.name.de,
          offices: service.offices
            .getItems()
            .map((office) => office.slug)
            .sort()
            .join(','),
          retired: day(service.retiredAt),
        }));
        print(listing(rows, options.json, 'No services.'));
      }),
    );

  program
    .command('retire-service')
    .description('stop offering a service at every office (refused while it is booked)')
    .argument('<service>', 'the service slug')
    .option('--cancel-appointments', 'cancel its upcoming appointments, with an e-mail to each')
    .action((slug: string, options: { cancelAppointments?: boolean }) =>
      changing(async (em, bus) => {
        const service = await em.findOne(ServiceEntity, { slug });
        if (!service) throw notFound(slug, 'service');
        const { futureAppointments } = await retireService(
          retireContext(em, bus),
          service.id,
          options.cancelAppointments ? FutureAppointments.CANCEL_WITH_NOTICE : null,
        );
        return `${slug} is retired (upcoming appointments cancelled: ${futureAppointments}).`;
      }),
    );

  program
    .command('staff')
    .description('list the staff and admins with their offices')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      inDatabase(async (orm) => {
        const accounts = await staffAccounts({ em: orm.em.fork() });
        const rows = accounts.map((account) => ({
          email: account.email ?? '',
          name: account.name ?? '',
          roles: account.roles.join(','),
          offices: account.offices
            .getItems()
            .map((office) => office.slug)
            .sort()
            .join(','),
        }));
        print(listing(rows, options.json, 'No staff.'));
      }),
    );

  program
    .command('grant-staff')
    .description('make a person staff of offices (an invitation e-mail goes out to a new address)')
    .requiredOption('--email <email>', 'their e-mail address')
    .requiredOption('--name <name>', 'their name')
    .requiredOption('--office <slugs...>', 'the slugs of the offices they work for')
    .option('--admin', 'also give admin rights')
    .action((options: { email: string; name: string; office: string[]; admin?: boolean }) =>
      changing(async (em, bus) => {
        const { offices, unknown } = await officesBySlug(em, options.office);
        if (unknown.length > 0) throw notFound(unknown.join(', '), 'office');
        const account = await grantStaffAccess(
          {
            em,
            bus,
            clock: systemClock,
            settings: { publicUrl: config.publicUrl, townName: config.townName },
          },
          {
            email: options.email,
            name: options.name,
            officeIds: offices.map((office) => office.id),
            admin: options.admin === true,
          },
        );
        return `${account.email} is ${account.roles.join(', ')} of ${options.office.join(', ')}.`;
      }),
    );

  program
    .command('revoke-staff')
    .description('end a person’s staff and admin rights (their account stays a citizen’s)')
    .argument('<email>', 'their e-mail address')
    .action((email: string) =>
      changing(async (em, bus) => {
        const account = await em.findOne(AccountEntity, {
          email: email.trim().toLowerCase(),
          deletedAt: null,
        });
        if (!account) throw notFound(email, 'account');
        await revokeStaffAccess({ em, bus }, account.id);
        return `${account.email} is no longer staff.`;
      }),
    );

  program
    .command('kiosks')
    .description('list the lobby kiosks with their offices')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      inDatabase(async (orm) => {
        const em = orm.em.fork();
        const devices = await kioskDevices({ em });
        const offices = new Map(
          (await em.find(OfficeEntity, {})).map((office) => [office.id, office.slug]),
        );
        const rows = devices.map((device) => ({
          id: device.id,
          office: offices.get(device.officeId) ?? device.officeId,
          name: device.name,
          created: day(device.createdAt),
          lastUsed: day(device.lastUsedAt),
          revoked: day(device.revokedAt),
        }));
        print(listing(rows, options.json, 'No kiosks.'));
      }),
    );

  program
    .command('revoke-kiosk')
    .description('stop a kiosk at once (its screens go back to set-up)')
    .argument('<id>', 'the kiosk’s ID, as `kiosks` lists it')
    .action((id: string) =>
      changing(async (em, bus) => {
        const device = await revokeKioskDevice({ em, bus, clock: systemClock }, uuid(id, 'kiosk'));
        return `The kiosk "${device.name}" is revoked.`;
      }),
    );

  program
    .command('api-keys')
    .description('list every account’s API keys')
    .option('--json', 'print JSON')
    .action((options: { json?: boolean }) =>
      inDatabase(async (orm) => {
        const em = orm.em.fork();
        const { apiKeys } = await allApiKeys(
          { em, principal: OPERATOR },
          { offset: 0, limit: 10_000 },
        );
        const owners = new Map(
          (await em.find(AccountEntity, { id: { $in: apiKeys.map((key) => key.ownerId) } })).map(
            (account) => [account.id, account.email ?? '(deleted)'],
          ),
        );
        const rows = apiKeys.map((key) => ({
          id: key.id,
          owner: owners.get(key.ownerId) ?? key.ownerId,
          name: key.name,
          prefix: key.prefix,
          created: day(key.createdAt),
          lastUsed: day(key.lastUsedAt),
          revoked: day(key.revokedAt),
        }));
        print(listing(rows, options.json, 'No API keys.'));
      }),
    );

  program
    .command('revoke-api-key')
    .description('stop an API key at once')
    .argument('<id>', 'the key’s ID, as `api-keys` lists it')
    .action((id: string) =>
      changing(async (em, bus) => {
        const key = await revokeApiKey(
          { em, bus, clock: systemClock, principal: OPERATOR },
          uuid(id, 'API key'),
        );
        return `The API key "${key.name}" is revoked.`;
      }),
    );
}

function notFound(what: string, kind: string): OperatorInputError {
  return new OperatorInputError(`No ${kind} "${what}".`);
}

function uuid(value: string, kind: string): string {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)) {
    throw notFound(value, kind);
  }
  return value.toLowerCase();
}
