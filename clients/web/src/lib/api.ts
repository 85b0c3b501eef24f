import type { Client } from '@urql/core';
import { createApiClient as createSharedClient } from '@rathaus/client-shared/api';
import { activeLang } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';

export type { UserError } from '@rathaus/client-shared/api';

/** One client for the whole app: HTTP POST for queries and mutations, WebSocket for subscriptions. */
export function createApiClient(): Client {
  return createSharedClient({
    // API texts (error messages) follow the language of the page, or its fallback.
    headers: () => ({ 'accept-language': LANGUAGES[activeLang()].acceptLanguage }),
    sendDocumentIds: import.meta.env.PROD,
  });
}
