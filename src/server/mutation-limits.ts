import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type DocumentNode,
  type SelectionSetNode,
  type ValidationContext,
} from 'graphql';
import { perFragment } from './fragments.js';

/**
 * Mutations that take a slot or send an e-mail (or guess a credential). Aliases would let one
 * request run dozens of them, one after the other, before any per-request check could see it.
 */
export const GUARDED_MUTATIONS = new Set([
  'bookAppointment',
  'holdSlot',
  'joinWaitlist',
  'confirmWaitlistEntry',
  'acceptWaitlistOffer',
  'declineWaitlistOffer',
  'requestReleasedTime',
  'cancelAppointment',
  'rescheduleAppointment',
  'confirmBooking',
  'registerAccount',
  'verifyEmail',
  'acceptInvitation',
  'signInWithPassword',
  'startPasskeySignIn',
  'finishPasskeySignIn',
  'checkIn',
  'drawTicket',
  'retireOffice',
  'retireService',
  'retireCounter',
  'cancelOfficeAppointments',
  'rebookAppointment',
  'requestApplicationInformation',
  'approveApplication',
  'rejectApplication',
  'submitApplication',
]);
/** At most this many guarded mutation fields in one operation (a family's few bookings). */
export const MAX_GUARDED_MUTATIONS = 3;

/**
 * Sign-up and sign-in go over HTTP only: over WebSocket no session cookie can be set and the
 * client address is the socket's, so the sign-in throttle and the limits per address would count
 * the wrong thing.
 */
export const HTTP_ONLY_MUTATIONS = new Set([
  'registerAccount',
  'verifyEmail',
  'signInWithPassword',
  'startPasskeySignIn',
  'finishPasskeySignIn',
]);

/** How often each root field of a selection is selected, through fragments (each counted once). */
function rootFieldCounter(document: DocumentNode) {
  const fragmentCounts = perFragment(document, new Map<string, number>(), (fragment) =>
    countsOf(fragment.selectionSet),
  );
  function countsOf(selectionSet: SelectionSetNode): Map<string, number> {
    const counts = new Map<string, number>();
    const add = (more: Map<string, number>) => {
      for (const [field, times] of more) counts.set(field, (counts.get(field) ?? 0) + times);
    };
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) add(new Map([[selection.name.value, 1]]));
      else if (selection.kind === Kind.INLINE_FRAGMENT) add(countsOf(selection.selectionSet));
      else add(fragmentCounts(selection.name.value));
    }
    return counts;
  }
  return countsOf;
}

function mutationRule(
  check: (fields: Map<string, number>) => string | null,
): (context: ValidationContext) => ASTVisitor {
  return (context) => {
    const rootFieldCounts = rootFieldCounter(context.getDocument());
    return {
      OperationDefinition(node) {
        if (node.operation !== 'mutation') return;
        const problem = check(rootFieldCounts(node.selectionSet));
        if (problem) context.reportError(new GraphQLError(problem, { nodes: [node] }));
      },
    };
  };
}

/** Refuses an operation with more than MAX_GUARDED_MUTATIONS guarded mutation fields. */
export const guardedMutationsRule = mutationRule((fields) =>
  [...GUARDED_MUTATIONS].reduce((sum, field) => sum + (fields.get(field) ?? 0), 0) >
  MAX_GUARDED_MUTATIONS
    ? `An operation may contain at most ${MAX_GUARDED_MUTATIONS} of ${[...GUARDED_MUTATIONS].join(', ')}.`
    : null,
);

/** Refuses sign-up and sign-in over WebSocket (only the WebSocket's documents get this rule). */
export const httpOnlyMutationsRule = mutationRule((fields) => {
  const found = [...fields.keys()].filter((field) => HTTP_ONLY_MUTATIONS.has(field));
  return found.length > 0
    ? `${found.join(', ')} must be sent over HTTP (POST /graphql), not over WebSocket.`
    : null;
});
