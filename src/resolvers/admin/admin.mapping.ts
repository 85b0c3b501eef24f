import type { KioskDeviceRecord } from '../../accounts/account.queries.js';
import { pickText, type Language } from '../../common/language.js';
import type { AccountEntity } from '../../entities/accounts/account.entity.js';
import type { ClosureEntity } from '../../entities/appointments/closure.entity.js';
import type { CounterEntity } from '../../entities/appointments/counter.entity.js';
import type { LocalizedList, LocalizedText } from '../../entities/localized-text.js';
import { toOffice, toService } from '../catalogue/catalogue.mapping.js';
import { toGlobalId } from '../common/global-id.js';
import type { GraphQLContext } from '../context.js';
import type {
  Closure,
  Counter,
  KioskDevice,
  LocalizedListInput,
  LocalizedTextInput,
  StaffMember,
} from './admin.types.js';

export function fromLocalizedText(input: LocalizedTextInput): LocalizedText {
  return {
    de: input.de,
    ...(input.en ? { en: input.en } : {}),
    ...(input.deLs ? { de_ls: input.deLs } : {}),
  };
}

export function fromLocalizedList(input: LocalizedListInput): LocalizedList {
  return {
    de: input.de,
    ...(input.en ? { en: input.en } : {}),
    ...(input.deLs ? { de_ls: input.deLs } : {}),
  };
}

/** A counter with its office and services loaded. */
export function toCounter(counter: CounterEntity, lang: Language): Counter {
  return {
    id: toGlobalId('Counter', counter.id),
    name: counter.name,
    active: counter.active,
    retiredAt: counter.retiredAt,
    office: toOffice(counter.office, lang),
    services: counter.services.getItems().map((service) => toService(service, lang)),
  };
}

export function toClosure(closure: ClosureEntity, lang: Language): Closure {
  return {
    id: toGlobalId('Closure', closure.id),
    startsAt: closure.startsAt,
    endsAt: closure.endsAt,
    reason: pickText(closure.reason, lang),
    office: toOffice(closure.office, lang),
    counter: closure.counter && toCounter(closure.counter, lang),
  };
}

export function toStaffMember(account: AccountEntity, lang: Language): StaffMember {
  return {
    id: toGlobalId('Account', account.id),
    name: account.name ?? '',
    email: account.email ?? '',
    roles: account.roles,
    offices: account.offices.getItems().map((office) => toOffice(office, lang)),
  };
}

/** A kiosk with its office, read through the request's loader (one statement for a list). */
export async function toKioskDevice(
  ctx: Pick<GraphQLContext, 'loaders' | 'lang'>,
  device: KioskDeviceRecord,
): Promise<KioskDevice> {
  // Offices are never deleted while kiosks refer to them (the foreign key cascades).
  const office = await ctx.loaders.office.load(device.officeId);
  if (!office) throw new Error(`Kiosk ${device.id} lost its office`);
  return {
    id: toGlobalId('KioskDevice', device.id),
    name: device.name,
    office: toOffice(office, ctx.lang),
    createdAt: device.createdAt,
    lastUsedAt: device.lastUsedAt,
    revokedAt: device.revokedAt,
  };
}
