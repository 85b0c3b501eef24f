import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';

/** Replaces the address (no history entry), e.g. when a step's earlier answers are missing. */
export function Redirect(props: { to: string }) {
  const { route } = useLocation();
  useEffect(() => route(props.to, true), [props.to]);
  return null;
}
