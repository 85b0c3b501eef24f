import { useClient, useQuery, useSubscription } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import {
  EmergencyNoticeList,
  mergeNotices,
  type EmergencyNotice,
} from '@rathaus/client-shared/emergency-notices';
import { LANGUAGES, type Lang } from '@rathaus/client-shared/languages';
import { onClose, onReconnect } from '@rathaus/client-shared/live';
import {
  KioskAnnouncementPublishedSubscription,
  KioskAnnouncementWithdrawnSubscription,
  KioskEmergenciesQuery,
  ThisKioskQuery,
} from '../graphql/kiosk';
import { useI18n } from '../i18n/i18n';
import { tokenRefused } from '../lib/api';
import { useConnected } from '../lib/connection';
import { useIdleReset } from '../lib/idle';
import type { KioskSetup } from '../lib/kiosk-setup';
import { CodeScreen } from './code-screen';
import { IdleWarning } from './idle-warning';
import { LanguageScreen } from './language-screen';
import { ChooseScreen } from './choose-screen';
import { WalkInScreens } from './walk-in-screens';
import { TicketScreen, type KioskTicket } from './ticket-screen';

/** Where a citizen is at the kiosk; kept in memory only, and dropped on every reset. */
export type Step =
  | { name: 'language' }
  | { name: 'choose' }
  | { name: 'code' }
  | { name: 'walkIn' }
  | { name: 'ticket'; ticket: KioskTicket };

/** The office's urgent announcements, live, in the language the kiosk shows. */
function KioskEmergencies(props: { officeId: string }) {
  const { t, lang } = useI18n();
  const api = LANGUAGES[lang].api;
  const [result, refetch] = useQuery({
    query: KioskEmergenciesQuery,
    variables: { officeId: props.officeId, lang: api },
  });
  const [published] = useSubscription(
    {
      query: KioskAnnouncementPublishedSubscription,
      variables: { officeId: props.officeId, lang: api },
    },
    (previous: EmergencyNotice[] = [], data) => {
      const notice = data.announcementPublished;
      if (!notice.emergency) return previous;
      return [notice, ...previous.filter((earlier) => earlier.id !== notice.id)];
    },
  );
  const [withdrawn] = useSubscription(
    { query: KioskAnnouncementWithdrawnSubscription, variables: { officeId: props.officeId } },
    (previous: string[] = [], data) => [...previous, data.announcementWithdrawn],
  );
  // Whatever was published while the connection was down comes with a fresh list.
  useEffect(() => onReconnect(() => refetch({ requestPolicy: 'network-only' })), [refetch]);
  const listed = (result.data?.announcements.edges ?? []).map(({ node }) => node);
  return (
    <EmergencyNoticeList
      heading={t('emergency.heading')}
      notices={mergeNotices(published.data ?? [], listed, withdrawn.data)}
      lang={lang}
    />
  );
}

/** While the WebSocket is down: the kiosk says so, and keeps trying. */
function OfflineBanner() {
  const { t } = useI18n();
  const connected = useConnected();
  return (
    <div role="status" class="offline-banner__region">
      {!connected && (
        <p class="offline-banner">
          <span class="kern-icon kern-icon--warning" aria-hidden="true" />
          {t('offline.text')}
        </p>
      )}
    </div>
  );
}

/**
 * The kiosk: language first, then check-in with the booking code or a walk-in ticket. After 60
 * seconds without a touch (a warning for the last 10) it returns to the start, in German, with
 * nothing of the last person left: the session is a new component, its state is gone.
 */
export function KioskPage(props: { setup: KioskSetup; onRevoked: () => void }) {
  const { t, setLang, lang } = useI18n();
  const client = useClient();
  const [session, setSession] = useState(0);
  const [step, setStep] = useState<Step>({ name: 'language' });
  const office = props.setup.office;

  async function startOver() {
    setStep({ name: 'language' });
    setSession((count) => count + 1);
    if (lang !== 'de') await setLang('de');
  }

  const idle = useIdleReset(step.name !== 'language', () => void startOver());

  // The token is checked on every start, after every citizen and whenever the server closes or
  // refuses the socket for its credentials: a revoked kiosk goes back to set-up instead of
  // failing at the next citizen's check-in. urql answers a query asked while the same one is under
  // way with that one's answer, which may predate the revocation: a check asked for meanwhile runs
  // again once the answer is in.
  useEffect(() => {
    let underWay = false;
    let again = false;
    const check = () => {
      if (underWay) {
        again = true;
        return;
      }
      underWay = true;
      void client
        .query(ThisKioskQuery, {}, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => {
          underWay = false;
          if (tokenRefused(result.error)) props.onRevoked();
          else if (again) {
            again = false;
            check();
          }
        });
    };
    check();
    return onClose((code) => {
      if (code === 4403 || code === 4401) check();
    });
  }, [client, session]);

  async function chooseLanguage(next: Lang) {
    if (next !== lang) await setLang(next);
    setStep({ name: 'choose' });
  }

  let screen;
  switch (step.name) {
    case 'language':
      screen = (
        <LanguageScreen officeName={office.name} onChoose={(next) => void chooseLanguage(next)} />
      );
      break;
    case 'choose':
      screen = (
        <ChooseScreen
          onAppointment={() => setStep({ name: 'code' })}
          onWalkIn={() => setStep({ name: 'walkIn' })}
        />
      );
      break;
    case 'code':
      screen = (
        <CodeScreen
          onBack={() => setStep({ name: 'choose' })}
          onTicket={(ticket) => setStep({ name: 'ticket', ticket })}
          onRevoked={props.onRevoked}
        />
      );
      break;
    case 'walkIn':
      screen = (
        <WalkInScreens
          officeId={office.id}
          onBack={() => setStep({ name: 'choose' })}
          onTicket={(ticket) => setStep({ name: 'ticket', ticket })}
          onRevoked={props.onRevoked}
        />
      );
      break;
    case 'ticket':
      screen = (
        <TicketScreen
          ticket={step.ticket}
          officeName={office.name}
          onDone={() => void startOver()}
        />
      );
      break;
    default: {
      const unknown: never = step;
      throw new Error(`Unknown step ${JSON.stringify(unknown)}`);
    }
  }

  return (
    <div class="kiosk">
      <header class="kiosk-header">
        <p class="kiosk-header__office">{office.name}</p>
        {step.name !== 'language' && (
          <button
            type="button"
            class="kern-btn kern-btn--secondary kiosk-button"
            onClick={() => void startOver()}
          >
            <span class="kern-label">{t('nav.startOver')}</span>
          </button>
        )}
      </header>
      <OfflineBanner />
      <KioskEmergencies officeId={office.id} />
      <main class="kiosk-screen" id="main" key={session}>
        {screen}
      </main>
      {idle.warning && <IdleWarning secondsLeft={idle.secondsLeft} onContinue={idle.stay} />}
    </div>
  );
}
