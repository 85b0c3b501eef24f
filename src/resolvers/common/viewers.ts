import { Extensions } from 'type-graphql';

/**
 * Who a field's value is for, declared where the field is defined and read from the schema's
 * extensions (a test walks them: tests/schema/shared-results.test.ts).
 *
 * - `PerViewer` fields depend on who asks ("messages your side has not read", "whether you may
 *   edit") or record that they read something (the data access log).
 * - `SharedAcrossSubscribers` subscriptions have each event executed once for every subscriber
 *   of one document and language (src/server/shared-subscriptions.ts); their results must reach
 *   no PerViewer field.
 */
export const PER_VIEWER = 'perViewer';
export const SHARED_ACROSS_SUBSCRIBERS = 'sharedAcrossSubscribers';

export function PerViewer() {
  return Extensions({ [PER_VIEWER]: true });
}

export function SharedAcrossSubscribers() {
  return Extensions({ [SHARED_ACROSS_SUBSCRIBERS]: true });
}
