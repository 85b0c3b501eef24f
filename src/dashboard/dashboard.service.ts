import { worksFor } from '../auth/principal.js';
import { DomainError, InvalidInputError, invalidField } from '../common/domain-error.js';
import type { UseCaseContext } from '../common/use-case.js';
import { localDay } from '../queue/queue-rules.js';
import { DashboardErrorCode } from './dashboard.errors.js';
import {
  dashboardDays,
  dashboardNow,
  firstAnswerMedian,
  type DashboardDayRow,
  type DashboardNowRow,
} from './dashboard.queries.js';

/** The longest period the dashboard charts, in days (today included). */
export const MAX_DASHBOARD_DAYS = 90;

/** An office at a glance: what is open now, today, and each day of the period. */
export type OfficeDashboardView = DashboardNowRow & {
  /** The town's local day it was read on ("YYYY-MM-DD"): the last of `days`. */
  today: DashboardDayRow;
  days: DashboardDayRow[];
  firstAnswerMedianSeconds: number | null;
};

const DAY_MS = 24 * 60 * 60 * 1000;

function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The figures of one office for its staff (admins: any office), computed by the database in
 * three statements whatever the number of rows: now (open conversations, the longest wait for an
 * answer, notices in force), each local day of the last `days` ending today (appointments,
 * check-ins, no-shows, conversations and the time to a first answer), and the period's median
 * time to a first answer.
 */
export async function officeDashboard(
  ctx: Pick<UseCaseContext, 'em' | 'principal' | 'clock' | 'settings'>,
  query: { officeId: string; days: number },
): Promise<OfficeDashboardView> {
  if (!worksFor(ctx.principal, query.officeId)) {
    throw new DomainError(DashboardErrorCode.FORBIDDEN, 'error.forbidden', ['officeId']);
  }
  if (!Number.isInteger(query.days) || query.days < 1 || query.days > MAX_DASHBOARD_DAYS) {
    throw new InvalidInputError([
      invalidField('days', 'error.invalidRange', { days: MAX_DASHBOARD_DAYS }),
    ]);
  }
  const now = ctx.clock();
  const { timeZone } = ctx.settings;
  const to = localDay(now, timeZone);
  const period = { officeId: query.officeId, from: daysBefore(to, query.days - 1), to, timeZone };
  const current = await dashboardNow(ctx.em, query.officeId, now);
  if (!current.officeExists) {
    throw new DomainError(DashboardErrorCode.NOT_FOUND, 'error.officeNotFound', ['officeId']);
  }
  const days = await dashboardDays(ctx.em, { ...period, now });
  const median = await firstAnswerMedian(ctx.em, period);
  return { ...current, today: days.at(-1)!, days, firstAnswerMedianSeconds: median };
}
