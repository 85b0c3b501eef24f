import { socketDocument } from '@rathaus/client-shared/api';
import type {
  ConversationEventsSubscription as EventsResult,
  ConversationStatus,
} from '../gql/graphql';
import { ConversationEventsSubscription } from '../graphql/messaging';
import { liveClient, onReconnect } from './live';

export type ConversationEvent = EventsResult['conversationEvents'];

// Sent on the live connection itself: by id in a build, as urql sends the others (lib/api.ts).
const document = socketDocument(ConversationEventsSubscription, import.meta.env.PROD);

/**
 * Follows a conversation's events after the last message the page has (`shown().lastSeq`).
 * graphql-ws would subscribe again after a reconnect with the number the page had at the start;
 * this subscribes afresh with the number it has now, also when the server ends the subscription
 * (decision 0008), so the server replays exactly what the page missed, in order. With it goes the
 * status the page shows: a change the page missed (closed while it loaded, or while offline)
 * comes first.
 */
export function followConversation(
  conversationId: string,
  shown: () => { lastSeq: number; status: ConversationStatus },
  on: { event(event: ConversationEvent): void; failed(): void },
): () => void {
  let stopped = false;
  let current: (() => void) | null = null;

  const subscribe = () => {
    current?.();
    const { lastSeq, status } = shown();
    const own = liveClient().subscribe<EventsResult>(
      { ...document, variables: { conversationId, afterSeq: lastSeq, shownStatus: status } },
      {
        next: (result) => {
          if (result.data) on.event(result.data.conversationEvents);
          else on.failed();
        },
        error: () => {
          if (!stopped && current === own) on.failed();
        },
        complete: () => {
          if (!stopped && current === own) subscribe();
        },
      },
    );
    current = own;
  };

  subscribe();
  const stopListening = onReconnect(subscribe);
  return () => {
    stopped = true;
    stopListening();
    current?.();
  };
}
