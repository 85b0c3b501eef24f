/**
 * Every event Rathaus publishes, with its routing id and payload. Payloads are small JSON (ids and
 * ISO strings) so that they cross process boundaries unchanged when the bus is backed by Redis.
 */
export type Topics = {
  /** The bookable time of one counter changed between `startsAt` and `endsAt` (booking, cancellation). */
  counterTimeChanged: [officeId: string, event: CounterTimeChanged];
  /** A session was signed out, revoked or deleted: its WebSockets must close. */
  sessionEnded: [sessionId: string, event: { sessionId: string }];
};

export type CounterTimeChanged = {
  officeId: string;
  counterId: string;
  startsAt: string;
  endsAt: string;
};
