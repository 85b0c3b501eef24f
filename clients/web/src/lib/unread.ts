/**
 * Tells the header's unread badge to ask again, e.g. after the conversation page sent a read
 * receipt; the badge asks on every navigation anyway.
 */
const listeners = new Set<() => void>();

export function unreadChanged(): void {
  for (const listener of listeners) listener();
}

export function onUnreadChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
