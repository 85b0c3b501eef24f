import { useClient, useMutation } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { Role } from '../gql/graphql';
import { SignOutMutation, StaffSignInOptionsQuery } from '../graphql/accounts';
import { UnreadConversationsQuery } from '../graphql/messaging';
import { EmergencyNotices } from './emergency-notices';
import { useI18n } from '../i18n/i18n';
import { LANGS, LANGUAGES, type Lang } from '../i18n/languages';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';
import { TOWN_NAME } from '../lib/town';
import { onUnreadChanged } from '../lib/unread';

/**
 * "Messages" with the number of unread answers, asked over HTTP on every navigation, when the
 * tab comes back into view and after the conversation page sent a read receipt: no WebSocket
 * for the header, so pages without live parts never load graphql-ws.
 */
function ConversationsLink() {
  const { t } = useI18n();
  const client = useClient();
  const { url } = useLocation();
  const [unread, setUnread] = useState(0);
  useEffect(() => {
    let current = true;
    const ask = () =>
      void client
        .query(UnreadConversationsQuery, {}, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          const edges = result.data?.conversations.edges;
          if (current && edges) {
            setUnread(edges.reduce((sum, edge) => sum + edge.node.unreadCount, 0));
          }
        });
    ask();
    const onVisible = () => {
      if (document.visibilityState === 'visible') ask();
    };
    document.addEventListener('visibilitychange', onVisible);
    const stop = onUnreadChanged(ask);
    return () => {
      current = false;
      document.removeEventListener('visibilitychange', onVisible);
      stop();
    };
  }, [url, client]);
  return (
    <a class="account-nav__link" href={paths.conversations()}>
      {t('account.conversations')}
      {unread > 0 && (
        <>
          <span class="unread-badge" aria-hidden="true">
            {unread}
          </span>
          <span class="kern-sr-only">{t('account.conversations.unread', { count: unread })}</span>
        </>
      )}
    </a>
  );
}

/**
 * The next person at this computer must find nothing of this one: not the answers of a booking
 * nor unsent messages (kept for the tab), not what the page holds in memory (a new page load
 * drops it).
 */
async function forgetDrafts() {
  const { forgetBookingDraft } = await import('../lib/booking-draft');
  forgetBookingDraft();
  const { forgetAllPending } = await import('../lib/conversation-outbox');
  forgetAllPending();
}

/**
 * Signed in: the name, "My town hall" and "Sign out"; signed out: "Sign in". Nothing while the
 * server has not said yet, so a signed-in citizen never sees "Sign in" flash by.
 */
function AccountNav() {
  const { t } = useI18n();
  const { session } = useSession();
  const client = useClient();
  const [, signOut] = useMutation(SignOutMutation);
  const [failed, setFailed] = useState(false);
  const busy = useRef(false);

  async function signOutHere() {
    if (busy.current) return;
    busy.current = true;
    if (await signsOutAtProvider()) {
      await forgetDrafts();
      // The server ends the session and sends the browser on to sign out at the provider too.
      location.assign('/auth/oidc/logout');
      return;
    }
    const result = await signOut({});
    busy.current = false;
    setFailed(!result.data);
    if (!result.data) return;
    await forgetDrafts();
    location.assign(paths.signedOut());
  }

  /** Staff of a town with an identity provider sign out there too. */
  async function signsOutAtProvider(): Promise<boolean> {
    if (session.status !== 'signedIn') return false;
    if (!session.account.roles.some((role) => role === Role.STAFF || role === Role.ADMIN)) {
      return false;
    }
    const options = await client.query(StaffSignInOptionsQuery, {}).toPromise();
    return !!options.data?.staffSignInOptions.identityProvider;
  }

  if (session.status === 'loading' || session.status === 'failed') return null;
  return (
    <nav class="account-nav" aria-label={t('account.nav.label')}>
      {session.status === 'signedIn' && (
        <p class="account-nav__name">{t('account.signedInAs', { name: session.account.name })}</p>
      )}
      <ul>
        {session.status === 'signedIn' ? (
          <>
            <li>
              <a class="account-nav__link" href={paths.myTownHall()}>
                {t('account.myTownHall')}
              </a>
            </li>
            {session.account.roles.some((role) => role === Role.STAFF || role === Role.ADMIN) && (
              <li>
                <a class="account-nav__link" href={paths.staffPlan()}>
                  {t('account.staffWorkspace')}
                </a>
              </li>
            )}
            <li>
              <ConversationsLink />
            </li>
            <li>
              <button type="button" class="account-nav__link" onClick={() => void signOutHere()}>
                {t('account.signOut')}
              </button>
            </li>
          </>
        ) : (
          <li>
            <a class="account-nav__link" href={paths.signIn()}>
              {t('account.signIn')}
            </a>
          </li>
        )}
      </ul>
      {failed && (
        <p class="account-nav__problem" role="alert">
          {t('account.signOut.failed')}
        </p>
      )}
    </nav>
  );
}

/**
 * A disclosure: the button names the page's language, and opens the list of all languages, each
 * named in itself. Five buttons side by side would not fit a phone's header.
 */
function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  const [open, setOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: Event) => {
      if (!nav.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    document.addEventListener('focusin', closeOutside);
    return () => {
      document.removeEventListener('pointerdown', closeOutside);
      document.removeEventListener('focusin', closeOutside);
    };
  }, [open]);

  async function choose(next: Lang) {
    setOpen(false);
    toggle.current?.focus();
    if (next !== lang) await setLang(next);
  }

  return (
    <nav
      class="language-switch"
      aria-label={t('header.languages')}
      ref={nav}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return;
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        type="button"
        ref={toggle}
        class="kern-btn kern-btn--tertiary language-switch__toggle"
        aria-expanded={open}
        aria-controls="language-list"
        onClick={() => setOpen(!open)}
      >
        <span class="kern-icon kern-icon--language" aria-hidden="true" />
        <span class="kern-label">{LANGUAGES[lang].selfName}</span>
      </button>
      <ul id="language-list" class="language-switch__list" hidden={!open}>
        {LANGS.map((code) => (
          <li key={code}>
            <button
              type="button"
              class="language-switch__option"
              lang={code}
              aria-current={code === lang ? 'true' : undefined}
              onClick={() => void choose(code)}
            >
              {LANGUAGES[code].selfName}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The frame of every page: skip link, header (town, account, language), main, footer. Later areas
 * (chat, staff workspace) render inside the same frame.
 */
export function Shell(props: { children: ComponentChildren }) {
  const { t } = useI18n();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('nav.skipToContent')}
      </a>
      <header class="site-header">
        <div class="kern-container site-header__inner">
          <a class="site-header__home" href={paths.start()}>
            <span class="site-header__emblem" aria-hidden="true">
              <svg viewBox="0 0 32 32" width="32" height="32" focusable="false">
                <path
                  fill="currentColor"
                  d="M16 5 5 11v2h22v-2zM7 15h3v9H7zm7.5 0h3v9h-3zM22 15h3v9h-3zM5 26h22v2H5z"
                />
              </svg>
            </span>
            <span class="site-header__name">
              <span class="site-header__town">{TOWN_NAME}</span>
              <span class="site-header__tagline">{t('header.tagline')}</span>
            </span>
          </a>
          <div class="site-header__tools">
            <AccountNav />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" class="site-main" tabIndex={-1}>
        <div class="kern-container site-main__inner">
          <EmergencyNotices />
          {props.children}
        </div>
      </main>
      <footer class="site-footer">
        <div class="kern-container site-footer__inner">
          <h2 class="kern-sr-only">{t('footer.title')}</h2>
          <ul class="site-footer__links">
            <li>
              <a class="kern-link" href={paths.search({})}>
                {t('footer.services')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={paths.appointment()}>
                {t('footer.myAppointment')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={paths.announcements()}>
                {t('footer.announcements')}
              </a>
            </li>
            <li>
              <a class="kern-link" href={paths.developers()}>
                {t('footer.developers')}
              </a>
            </li>
          </ul>
          <p class="kern-body kern-body--small">{t('footer.privacy')}</p>
          <p class="kern-body kern-body--small">{t('footer.about', { town: TOWN_NAME })}</p>
        </div>
      </footer>
    </>
  );
}
