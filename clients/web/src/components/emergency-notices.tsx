import { useQuery, useSubscription } from '@urql/preact';
import { EmergencyNoticeList, mergeNotices } from '@rathaus/client-shared/emergency-notices';
import { useEffect, useState } from 'preact/hooks';
import {
  AnnouncementPublishedSubscription,
  AnnouncementWithdrawnSubscription,
  EmergencyAnnouncementsQuery,
} from '../graphql/announcements';
import type { Language as ApiLanguage } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { paths } from '../lib/routes';

type Notice = { id: string; title: string; language: ApiLanguage };

/**
 * Whether the page has loaded and the browser has a moment: the live connection (graphql-ws)
 * opens then, so the first paint of every page, the start page above all, never waits for it.
 */
function useIdleAfterLoad(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let cancelled = false;
    const ready = () => {
      if (!cancelled) setIdle(true);
    };
    const whenIdle = () =>
      'requestIdleCallback' in window
        ? requestIdleCallback(ready, { timeout: 3000 })
        : setTimeout(ready, 1000);
    if (document.readyState === 'complete') whenIdle();
    else window.addEventListener('load', whenIdle, { once: true });
    return () => {
      cancelled = true;
      window.removeEventListener('load', whenIdle);
    };
  }, []);
  return idle;
}

/**
 * Urgent official announcements (boil-water notices, road closures, office closures) at the top
 * of every page, each linking to its text; one published while the page is open appears at once
 * (`announcementPublished`) and is read out by screen readers, one withdrawn goes at once
 * (`announcementWithdrawn`). Nothing while there are none.
 */
export function EmergencyNotices() {
  const { t, lang } = useI18n();
  const api = LANGUAGES[lang].api;
  const [result, refetch] = useQuery({
    query: EmergencyAnnouncementsQuery,
    variables: { lang: api },
  });
  const live = useIdleAfterLoad();
  const [published] = useSubscription(
    { query: AnnouncementPublishedSubscription, variables: { lang: api }, pause: !live },
    (previous: Notice[] = [], data) => {
      const notice = data.announcementPublished;
      if (!notice.emergency) return previous;
      return [notice, ...previous.filter((earlier) => earlier.id !== notice.id)];
    },
  );
  const [withdrawn] = useSubscription(
    { query: AnnouncementWithdrawnSubscription, pause: !live },
    (previous: string[] = [], data) => [...previous, data.announcementWithdrawn],
  );

  useEffect(() => {
    if (!live) return;
    // Whatever was published while the connection was down comes with a fresh list.
    let stop: (() => void) | null = null;
    let cancelled = false;
    void import('@rathaus/client-shared/live').then(({ onReconnect }) => {
      if (!cancelled) stop = onReconnect(() => refetch({ requestPolicy: 'network-only' }));
    });
    return () => {
      cancelled = true;
      stop?.();
    };
  }, [live, refetch]);

  const listed = (result.data?.announcements.edges ?? []).map(({ node }) => node);
  return (
    <EmergencyNoticeList
      heading={t('emergency.heading')}
      notices={mergeNotices(published.data ?? [], listed, withdrawn.data)}
      lang={lang}
      href={paths.announcement}
    />
  );
}
