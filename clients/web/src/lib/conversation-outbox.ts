/**
 * Messages the citizen wrote that the server has not confirmed yet, per conversation, oldest
 * first. They are kept in memory and in sessionStorage, so that neither a dropped connection nor
 * a reload loses them; each keeps the clientMessageId it was first sent with, so that sending it
 * again can never store it twice (the API returns the first message for a known id).
 */
export type PendingMessage = {
  clientMessageId: string;
  body: string;
  /** The API's refusal (a message for people); such a message is not sent again. */
  problem?: string;
};

const PREFIX = 'rathaus.outbox.';
const memory = new Map<string, PendingMessage[]>();

function isPending(value: unknown): value is PendingMessage {
  const item = value as PendingMessage | null;
  return (
    typeof item === 'object' &&
    item !== null &&
    typeof item.clientMessageId === 'string' &&
    typeof item.body === 'string'
  );
}

export function pendingMessages(conversationId: string): PendingMessage[] {
  const kept = memory.get(conversationId);
  if (kept) return kept;
  let stored: PendingMessage[] = [];
  try {
    const parsed: unknown = JSON.parse(sessionStorage.getItem(PREFIX + conversationId) ?? '[]');
    if (Array.isArray(parsed)) stored = parsed.filter(isPending);
  } catch {
    // Unreadable or no storage: what memory holds is all there is.
  }
  memory.set(conversationId, stored);
  return stored;
}

function keep(conversationId: string, messages: PendingMessage[]): void {
  memory.set(conversationId, messages);
  try {
    if (messages.length === 0) sessionStorage.removeItem(PREFIX + conversationId);
    else sessionStorage.setItem(PREFIX + conversationId, JSON.stringify(messages));
  } catch {
    // Without storage the messages still live in memory until the page is closed.
  }
}

export function addPending(conversationId: string, message: PendingMessage): void {
  keep(conversationId, [...pendingMessages(conversationId), message]);
}

export function removePending(conversationId: string, clientMessageId: string): void {
  keep(
    conversationId,
    pendingMessages(conversationId).filter((item) => item.clientMessageId !== clientMessageId),
  );
}

export function refusePending(conversationId: string, clientMessageId: string, problem: string) {
  keep(
    conversationId,
    pendingMessages(conversationId).map((item) =>
      item.clientMessageId === clientMessageId ? { ...item, problem } : item,
    ),
  );
}

/** On signing out: the next person at this computer must not find (or send) these. */
export function forgetAllPending(): void {
  memory.clear();
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key.startsWith(PREFIX)) sessionStorage.removeItem(key);
    }
  } catch {
    // No storage: nothing was stored.
  }
}
