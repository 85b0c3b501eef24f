import { useCallback, useState } from 'preact/hooks';
import type { BookAppointmentMutation } from '../gql/graphql';
import type { LocalDay } from './berlin-time';

/**
 * The answers of one booking journey. They live in sessionStorage: they survive a reload and the
 * back button, are gone when the tab closes, and never appear in an address (which would end up
 * in browser history and server logs).
 */
export type BookingDraft = {
  serviceId: string;
  officeId?: string;
  day?: LocalDay;
  /** The chosen slot's start, ISO UTC as freeSlots returned it. */
  startsAt?: string;
  name: string;
  email: string;
  phone: string;
  /** The idempotency key of the current answers; a changed answer is a new attempt. */
  attemptKey?: string;
  /** The hold of `startsAt` (holdSlot), which bookAppointment confirms. */
  hold?: BookingHold;
};

/** A time held for this journey: the token confirms or releases it until `expiresAt`. */
export type BookingHold = { token: string; startsAt: string; expiresAt: string };

export type BookedAppointment = NonNullable<
  BookAppointmentMutation['bookAppointment']['appointment']
>;

const DRAFT_KEY = 'rathaus.booking';
const BOOKED_KEY = 'rathaus.booked';
const memory = new Map<string, string>();

function read<T>(key: string): T | null {
  let raw: string | null | undefined;
  try {
    raw = sessionStorage.getItem(key);
  } catch {
    raw = memory.get(key);
  }
  if (!raw) return null;
  try {
    return JSON.parse(raw) as T;
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  const raw = JSON.stringify(value);
  try {
    sessionStorage.setItem(key, raw);
  } catch {
    memory.set(key, raw);
  }
}

/** The draft for this service; a journey for another service keeps only the contact details. */
export function readDraft(serviceId: string): BookingDraft {
  const stored = read<BookingDraft>(DRAFT_KEY);
  if (stored?.serviceId === serviceId) return stored;
  return {
    serviceId,
    name: stored?.name ?? '',
    email: stored?.email ?? '',
    phone: stored?.phone ?? '',
  };
}

export function useBookingDraft(
  serviceId: string,
): [BookingDraft, (patch: Partial<BookingDraft>) => BookingDraft] {
  const [draft, setDraft] = useState(() => readDraft(serviceId));
  const update = useCallback(
    (patch: Partial<BookingDraft>) => {
      const current = readDraft(serviceId);
      const next: BookingDraft = { ...current, ...patch, serviceId };
      // A later answer depends on the earlier ones: another office has other days and times.
      if (patch.officeId !== undefined && patch.officeId !== current.officeId) {
        next.day = patch.day;
        next.startsAt = patch.startsAt;
      } else if (patch.day !== undefined && patch.day !== current.day) {
        next.startsAt = patch.startsAt;
      }
      if (!('attemptKey' in patch)) delete next.attemptKey;
      write(DRAFT_KEY, next);
      setDraft(next);
      return next;
    },
    [serviceId],
  );
  return [draft, update];
}

/** After booking: the confirmation page shows it; the answers give way to the result. */
export function rememberBooked(serviceId: string, appointment: BookedAppointment): void {
  write(BOOKED_KEY, { serviceId, appointment });
  const draft = readDraft(serviceId);
  write(DRAFT_KEY, { serviceId, name: draft.name, email: draft.email, phone: draft.phone });
}

export function readBooked(serviceId: string): BookedAppointment | null {
  const stored = read<{ serviceId: string; appointment: BookedAppointment }>(BOOKED_KEY);
  return stored?.serviceId === serviceId ? stored.appointment : null;
}

/** Forgets the answers and the last booking of this tab (signing out). */
export function forgetBookingDraft(): void {
  for (const key of [DRAFT_KEY, BOOKED_KEY]) {
    memory.delete(key);
    try {
      sessionStorage.removeItem(key);
    } catch {
      // Without storage the answers lived in `memory` only.
    }
  }
}
