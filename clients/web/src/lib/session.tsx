import { useClient } from '@urql/preact';
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { MeQuery as MeResult } from '../gql/graphql';
import { MeQuery } from '../graphql/accounts';

export type SignedInAccount = NonNullable<MeResult['me']>;

/**
 * Who is signed in on this device. The session itself is an HttpOnly cookie that the page cannot
 * read: `me` asks the server, once per visit and again after signing in or out.
 */
export type Session =
  | { status: 'loading' }
  | { status: 'failed' }
  | { status: 'signedOut' }
  | { status: 'signedIn'; account: SignedInAccount };

type SessionState = {
  session: Session;
  /** Asks the server again (after signing in or out); resolves to the new state. */
  refresh(): Promise<Session>;
};

const SessionContext = createContext<SessionState | null>(null);

export function SessionProvider(props: { children: ComponentChildren }) {
  const client = useClient();
  const [session, setSession] = useState<Session>({ status: 'loading' });
  /** Whose session the page knows (null: signed out); undefined before the first answer. */
  const knownAccount = useRef<string | null | undefined>(undefined);
  const refresh = useCallback(async () => {
    // Never from urql's cache: a cached answer would be the previous person's.
    const result = await client.query(MeQuery, {}, { requestPolicy: 'network-only' }).toPromise();
    const next: Session = !result.data
      ? { status: 'failed' }
      : result.data.me
        ? { status: 'signedIn', account: result.data.me }
        : { status: 'signedOut' };
    setSession(next);
    const signedInAs = next.status === 'signedIn' ? next.account.id : null;
    if (next.status !== 'failed' && signedInAs !== knownAccount.current) {
      // An open WebSocket keeps the rights of whoever opened it: reopen it as the new person.
      if (knownAccount.current !== undefined) {
        void import('@rathaus/client-shared/live').then(({ restartLiveConnection }) =>
          restartLiveConnection(),
        );
      }
      knownAccount.current = signedInAs;
    }
    return next;
  }, [client]);
  useEffect(() => {
    void refresh();
  }, [refresh]);
  const value = useMemo(() => ({ session, refresh }), [session, refresh]);
  return <SessionContext.Provider value={value}>{props.children}</SessionContext.Provider>;
}

export function useSession(): SessionState {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}

/**
 * The address just confirmed through an e-mail link, for the sign-in form that follows: kept in
 * memory for the next page only, never in the address bar or in storage.
 */
let confirmedEmail: string | null = null;

export function rememberConfirmedEmail(email: string): void {
  confirmedEmail = email;
}

export function takeConfirmedEmail(): string | null {
  const email = confirmedEmail;
  confirmedEmail = null;
  return email;
}

const DECLINED_KEY = 'rathaus.passkeyOfferDeclined';

/**
 * Whether someone said "not now" to a passkey on this device; then signing in with the password
 * leads straight on ("My town hall" still offers one). A flag, not whose account it was.
 */
export function passkeyOfferDeclined(): boolean {
  try {
    return localStorage.getItem(DECLINED_KEY) === 'yes';
  } catch {
    return false;
  }
}

export function declinePasskeyOffer(): void {
  try {
    localStorage.setItem(DECLINED_KEY, 'yes');
  } catch {
    // Without storage the offer comes again at the next sign-in.
  }
}
