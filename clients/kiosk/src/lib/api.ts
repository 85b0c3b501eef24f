import type { Client, CombinedError } from '@urql/core';
import { createApiClient as createSharedClient } from '@rathaus/client-shared/api';
import { setConnectionParams } from '@rathaus/client-shared/live';
import { activeLang } from '../i18n/i18n';
import { LANGUAGES } from '@rathaus/client-shared/languages';
import { kioskToken } from './kiosk-setup';

export type { UserError } from '@rathaus/client-shared/api';

/** The header that makes a request the kiosk's: its device token. */
export function authorization(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

/**
 * The kiosk's API client: requests carry the device token (once there is one) and ask for the
 * chosen language's texts; the WebSocket sends the token in connection_init.
 */
export function createKioskClient(): Client {
  setConnectionParams(() => {
    const token = kioskToken();
    return token ? authorization(token) : {};
  });
  return createSharedClient({
    sendDocumentIds: import.meta.env.PROD,
    headers: () => {
      const token = kioskToken();
      return {
        'accept-language': LANGUAGES[activeLang()].acceptLanguage,
        ...(token ? authorization(token) : {}),
      };
    },
  });
}

/** Whether the server refused the token itself (unknown or revoked): the kiosk needs set-up. */
export function tokenRefused(error: CombinedError | undefined): boolean {
  if (!error) return false;
  const status = (error.response as Response | undefined)?.status;
  return (
    status === 401 ||
    error.graphQLErrors.some((graphQLError) => graphQLError.extensions.code === 'UNAUTHENTICATED')
  );
}
