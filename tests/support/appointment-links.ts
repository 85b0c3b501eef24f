import { appointmentToken, type LinkPurpose } from '../../src/appointments/appointment-links.js';
import type { TestServer } from './test-server.js';

/** The token of an appointment's link as the server signs it, for the appointment's global ID. */
export function linkToken(server: TestServer, globalId: string, purpose: LinkPurpose): string {
  const uuid = Buffer.from(globalId, 'base64url').toString().split(':')[1];
  if (!uuid) throw new Error(`not a global ID: ${globalId}`);
  return appointmentToken(server.linkSecret, uuid, purpose);
}
