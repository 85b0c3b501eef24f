import type { ServiceQuery } from '../../gql/graphql';
import type { BookingDraft } from '../../lib/booking-draft';

export type BookingService = NonNullable<ServiceQuery['service']>;
export type BookingOffice = BookingService['offices'][number];

/** What every step of the booking journey gets from the booking page. */
export type StepProps = {
  service: BookingService;
  draft: BookingDraft;
  update: (patch: Partial<BookingDraft>) => BookingDraft;
  /** The citizen came from "check your answers" to change one answer and goes back there. */
  returnToCheck: boolean;
  query: Record<string, string>;
};

export function officeOf(props: StepProps): BookingOffice | undefined {
  return props.service.offices.find((office) => office.id === props.draft.officeId);
}
