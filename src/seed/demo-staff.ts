import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { issueKioskToken } from '../accounts/credentials.service.js';
import { hashPassword } from '../accounts/password.js';
import { KioskDeviceEntity } from '../entities/accounts/kiosk-device.entity.js';
import { AccountEntity, Role } from '../entities/accounts/account.entity.js';
import { OfficeEntity } from '../entities/catalogue/office.entity.js';

/** A member of the demo town's staff, to try out the staff workspace. */
type DemoStaffMember = { email: string; name: string; roles: Role[]; officeSlugs: string[] };

const DEMO_STAFF: readonly DemoStaffMember[] = [
  {
    email: 'sachbearbeitung@musterstadt.example',
    name: 'Maria Schulz',
    roles: [Role.STAFF],
    officeSlugs: ['buergerbuero-mitte', 'buergerbuero-nord'],
  },
  {
    email: 'verwaltung@musterstadt.example',
    name: 'Jonas Weber',
    roles: [Role.STAFF, Role.ADMIN],
    officeSlugs: ['buergerbuero-mitte'],
  },
];

export type DemoSignIn = { email: string; password: string; roles: Role[] };

/**
 * The demo clerk and the demo admin of the embedded development database, with new random
 * passwords on each start, for the start-up log to print: a newcomer signs in to the staff
 * workspace a minute after `npm start`, and no password is ever the same on two machines. The
 * server never calls this in production or with DATABASE_URL.
 */
export async function resetDemoStaff(em: EntityManager): Promise<DemoSignIn[]> {
  const signIns: DemoSignIn[] = [];
  for (const member of DEMO_STAFF) {
    const password = randomBytes(12).toString('base64url');
    const offices = await em.find(OfficeEntity, { slug: { $in: member.officeSlugs } });
    const account =
      (await em.findOne(AccountEntity, { email: member.email })) ??
      em.create(AccountEntity, {
        email: member.email,
        name: member.name,
        roles: member.roles,
        emailVerifiedAt: new Date(),
      });
    account.passwordHash = await hashPassword(password);
    account.roles = member.roles;
    account.offices.set(offices);
    signIns.push({ email: member.email, password, roles: member.roles });
  }
  await em.flush();
  return signIns;
}

/** The demo town's lobby kiosk, in the main office's foyer. */
const DEMO_KIOSK = { name: 'Demo-Kiosk Foyer', officeSlug: 'buergerbuero-mitte' };

export type DemoKiosk = { token: string; officeSlug: string };

/**
 * The demo kiosk of the embedded development database, with a new token on each start (the one
 * of the last start revoked), for the start-up log to print as the kiosk's set-up link: a
 * newcomer opens the lobby kiosk and the call display a minute after `npm start`. Null when the
 * demo town has no main office. Never called in production or with DATABASE_URL.
 */
export async function resetDemoKiosk(em: EntityManager): Promise<DemoKiosk | null> {
  const office = await em.findOne(OfficeEntity, { slug: DEMO_KIOSK.officeSlug });
  if (!office) return null;
  await em.nativeUpdate(
    KioskDeviceEntity,
    { office, name: DEMO_KIOSK.name, revokedAt: null },
    { revokedAt: new Date() },
  );
  const { token } = await issueKioskToken({ em }, { officeId: office.id, name: DEMO_KIOSK.name });
  return { token, officeSlug: DEMO_KIOSK.officeSlug };
}
