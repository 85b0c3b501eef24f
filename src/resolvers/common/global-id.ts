import type { NodeTypeName } from '../../common/global-id.js';

export { toGlobalId, type NodeTypeName } from '../../common/global-id.js';

const NODE_TYPES: ReadonlySet<string> = new Set<NodeTypeName>([
  'Office',
  'Category',
  'Service',
  'Appointment',
  'AppointmentRelease',
  'Account',
  'Passkey',
  'Session',
  'ApiKey',
  'KioskDevice',
  'Counter',
  'Closure',
  'Announcement',
  'Conversation',
  'Message',
  'Ticket',
  'AnswerTemplate',
  'Application',
  'ApplicationForm',
  'ApplicationDocument',
  'WaitlistEntry',
  'WebhookEndpoint',
]);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The type and database id behind a global ID, or null when it is not one of ours. */
export function fromGlobalId(id: string): { type: NodeTypeName; uuid: string } | null {
  if (id.length > 100 || !/^[A-Za-z0-9+/]+={0,2}$/.test(id)) return null;
  const [type, uuid, ...rest] = Buffer.from(id, 'base64').toString('utf8').split(':');
  if (rest.length > 0 || !type || !uuid || !NODE_TYPES.has(type) || !UUID.test(uuid)) return null;
  return { type: type as NodeTypeName, uuid };
}

/** The database id behind a global ID of the expected type, or null. */
export function uuidOf(id: string, expected: NodeTypeName): string | null {
  const decoded = fromGlobalId(id);
  return decoded?.type === expected ? decoded.uuid : null;
}
