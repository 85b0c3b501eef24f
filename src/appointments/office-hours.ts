import type { EntityManager } from '@mikro-orm/postgresql';
import { openState } from './appointment.queries.js';

/**
 * Whether an office is open now (some active counter is scheduled and not closed), and when it
 * opens next within two weeks. Used for the out-of-office notice in conversations.
 */
export async function officeOpenState(
  em: EntityManager,
  officeId: string,
  now: Date,
  timeZone: string,
): Promise<{ openNow: boolean; nextOpening: Date | null }> {
  return openState(em, officeId, now, timeZone);
}
