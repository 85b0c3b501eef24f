import type { Office, StaffAccess } from '../components/staff-workspace';

/** The `?office=` of the town-wide notices, which only admins write. */
const TOWN = 'town';

/**
 * Where the staff member may publish notices: their offices, and for admins the whole town too
 * (last, so that an admin's notices page still opens on an office).
 */
export function noticeScopes(access: StaffAccess, townName: string): Office[] {
  return access.isAdmin ? [...access.offices, { id: TOWN, name: townName }] : access.offices;
}

export function isTownWide(scope: Office): boolean {
  return scope.id === TOWN;
}

/** The office's ID for the API; null for the whole town. */
export function officeIdOf(scope: Office): string | null {
  return isTownWide(scope) ? null : scope.id;
}

/** The scope a notice belongs to among the staff member's, or null when it is none of theirs. */
export function scopeOfNotice(
  notice: { office?: { id: string } | null },
  scopes: Office[],
): Office | null {
  const office = notice.office;
  return scopes.find((scope) => (office ? scope.id === office.id : isTownWide(scope))) ?? null;
}
