import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { paths } from '../lib/routes';
import { useSession, type SignedInAccount } from '../lib/session';
import { Redirect } from './redirect';
import { LoadFailed, Loading } from './status';

/**
 * A page for signed-in citizens: anyone else is sent to sign in, and from there back to this
 * address.
 */
export function SignedInOnly(props: { children: (account: SignedInAccount) => ComponentChildren }) {
  const { session, refresh } = useSession();
  const { url } = useLocation();
  switch (session.status) {
    case 'loading':
      return <Loading />;
    case 'failed':
      return <LoadFailed retry={() => void refresh()} />;
    case 'signedOut':
      return <Redirect to={paths.signIn(url)} />;
    case 'signedIn':
      return <>{props.children(session.account)}</>;
  }
}
