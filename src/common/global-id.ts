// The opaque global IDs of the API (`Node.id`), also in webhook payloads: src/resolvers/common/
// global-id.ts reads them.

/** The GraphQL types whose objects can be fetched with `node(id:)`. */
export type NodeTypeName =
  | 'Office'
  | 'Category'
  | 'Service'
  | 'Appointment'
  | 'AppointmentRelease'
  | 'Account'
  | 'Passkey'
  | 'Session'
  | 'ApiKey'
  | 'KioskDevice'
  | 'Counter'
  | 'Closure'
  | 'Announcement'
  | 'Conversation'
  | 'Message'
  | 'Ticket'
  | 'AnswerTemplate'
  | 'Application'
  | 'ApplicationForm'
  | 'ApplicationDocument'
  | 'WaitlistEntry'
  | 'WebhookEndpoint';

/**
 * An opaque global ID: base64 of "Type:uuid". Clients must not take it apart. `btoa` takes the
 * ASCII of a type name and a uuid as Buffer's UTF-8 would, in a third of the time (a catalogue
 * page has 225 IDs).
 */
export function toGlobalId(type: NodeTypeName, uuid: string): string {
  return btoa(`${type}:${uuid}`);
}
