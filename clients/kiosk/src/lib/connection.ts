import { useEffect, useState } from 'preact/hooks';
import { onConnectionChange } from '@rathaus/client-shared/live';

/**
 * Whether the live connection is up. It counts as up until it is known to be down (a page that
 * just opened is connecting), so the offline banner appears only once a connection was lost or
 * could not be made; graphql-ws keeps retrying for as long as the page is open.
 */
export function useConnected(): boolean {
  const [connected, setConnected] = useState(true);
  useEffect(() => onConnectionChange(setConnected), []);
  return connected;
}
