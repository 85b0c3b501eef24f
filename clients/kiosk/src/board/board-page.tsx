import { useQuery, useSubscription } from '@urql/preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { foreignLang, LANGUAGES } from '@rathaus/client-shared/languages';
import { onReconnect } from '@rathaus/client-shared/live';
import {
  BoardAnnouncementPublishedSubscription,
  BoardAnnouncementWithdrawnSubscription,
  BoardNoticesQuery,
  BoardOfficesQuery,
  QueueBoardSubscription,
} from '../graphql/board';
import type { QueueBoardSubscription as BoardData } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { Chime } from '../lib/chime';
import { useConnected } from '../lib/connection';
import { useDocumentTitle } from '../lib/document-title';

type Call = BoardData['queueBoard']['called'][number];

/** A call as the display tells calls apart: a recall is a new call of the same number. */
const callKey = (call: Call) => `${call.number}|${call.calledAt}|${call.recalls}`;

/** How many calls the display lists besides the newest one. */
const EARLIER_CALLS = 6;

/** The office's current notices, running along the bottom; paused with a button. */
function Ticker(props: { officeId: string }) {
  const { t, lang } = useI18n();
  const api = LANGUAGES[lang].api;
  const [paused, setPaused] = useState(false);
  const [notices, refetch] = useQuery({
    query: BoardNoticesQuery,
    variables: { officeId: props.officeId, lang: api },
  });
  useSubscription(
    {
      query: BoardAnnouncementPublishedSubscription,
      variables: { officeId: props.officeId, lang: api },
    },
    () => {
      refetch({ requestPolicy: 'network-only' });
      return true;
    },
  );
  useSubscription(
    { query: BoardAnnouncementWithdrawnSubscription, variables: { officeId: props.officeId } },
    () => {
      refetch({ requestPolicy: 'network-only' });
      return true;
    },
  );
  useEffect(() => onReconnect(() => refetch({ requestPolicy: 'network-only' })), [refetch]);
  const items = (notices.data?.announcements.edges ?? []).map(({ node }) => node);
  if (items.length === 0) return null;
  return (
    <section class="ticker" aria-labelledby="ticker-heading">
      <h2 class="ticker__heading" id="ticker-heading">
        {t('board.notices')}
      </h2>
      <div class={`ticker__window${paused ? ' ticker__window--paused' : ''}`}>
        <ul class="ticker__list">
          {items.map((item) => (
            <li
              key={item.id}
              class={`ticker__item${item.emergency ? ' ticker__item--emergency' : ''}`}
              lang={foreignLang(lang, item.language)}
            >
              {item.title}
            </li>
          ))}
        </ul>
      </div>
      <button
        type="button"
        class="kern-btn kern-btn--secondary ticker__pause"
        aria-pressed={paused}
        onClick={() => setPaused(!paused)}
      >
        <span class="kern-label">{t('board.pause')}</span>
      </button>
    </section>
  );
}

/**
 * The lobby's call display: the newest call large, the other current calls below, how many
 * wait, the office's notices. Numbers and counters only, never a name. The queueBoard
 * subscription sends the board as it is on every (re)connect, so the display catches up by
 * itself; each call it had not shown yet flashes and, once unlocked, chimes.
 */
export function BoardPage(props: { officeSlug: string }) {
  const { t } = useI18n();
  const connected = useConnected();
  const [offices] = useQuery({ query: BoardOfficesQuery });
  const office = offices.data?.offices.find((candidate) => candidate.slug === props.officeSlug);
  const chime = useMemo(() => new Chime(), []);
  const [soundOn, setSoundOn] = useState(false);
  const seen = useRef<Set<string> | null>(null);
  const [fresh, setFresh] = useState<string | null>(null);
  const [board] = useSubscription(
    { query: QueueBoardSubscription, variables: { officeId: office?.id ?? '' }, pause: !office },
    (_previous: BoardData['queueBoard'] | undefined, data) => data.queueBoard,
  );
  useDocumentTitle(office ? t('board.title', { office: office.name }) : t('board.titleLoading'));

  const calls = board.data?.called ?? [];
  useEffect(() => {
    if (!board.data) return;
    const keys = calls.map(callKey);
    if (seen.current === null) {
      // What was called before the display started is not announced again.
      seen.current = new Set(keys);
      return;
    }
    const known = seen.current;
    const added = keys.filter((key) => !known.has(key));
    for (const key of added) known.add(key);
    if (added.length > 0) {
      setFresh(added[0]!);
      chime.play();
    }
  }, [board.data]);

  if (offices.data && !office) {
    return (
      <main class="board board--message" id="main">
        <h1 class="board__title">{t('board.unknownOffice')}</h1>
      </main>
    );
  }

  const [newest, ...earlier] = calls;
  return (
    <main class="board" id="main">
      <header class="board__header">
        <h1 class="board__title">{office ? t('board.title', { office: office.name }) : ''}</h1>
        <p class="board__waiting">
          {board.data ? t('board.waiting', { count: board.data.waitingCount }) : ''}
        </p>
        {!soundOn && (
          <button
            type="button"
            class="kern-btn kern-btn--secondary board__sound"
            onClick={() => void chime.unlock().then(setSoundOn)}
          >
            <span class="kern-label">{t('board.sound')}</span>
          </button>
        )}
      </header>
      <div role="status" class="offline-banner__region">
        {!connected && <p class="offline-banner">{t('offline.text')}</p>}
      </div>
      <section class="board__now" aria-labelledby="board-now" aria-live="polite">
        <h2 class="board__label" id="board-now">
          {t('board.now')}
        </h2>
        {newest ? (
          <p
            key={callKey(newest)}
            class={`board__call${fresh === callKey(newest) ? ' board__call--fresh' : ''}`}
            dir="ltr"
          >
            <span class="board__number">{newest.number}</span>
            <span class="board__arrow" aria-hidden="true">
              →
            </span>
            <span class="board__counter">{newest.counterName}</span>
          </p>
        ) : (
          <p class="board__empty">{board.data ? t('board.none') : t('board.connecting')}</p>
        )}
      </section>
      {earlier.length > 0 && (
        <section class="board__earlier" aria-labelledby="board-earlier">
          <h2 class="board__label" id="board-earlier">
            {t('board.earlier')}
          </h2>
          <table class="board__table">
            <thead>
              <tr>
                <th scope="col">{t('board.number')}</th>
                <th scope="col">{t('board.counter')}</th>
              </tr>
            </thead>
            <tbody>
              {earlier.slice(0, EARLIER_CALLS).map((call) => (
                <tr key={callKey(call)} class={fresh === callKey(call) ? 'board__row--fresh' : ''}>
                  <td dir="ltr">{call.number}</td>
                  <td>{call.counterName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {office && <Ticker officeId={office.id} />}
    </main>
  );
}
