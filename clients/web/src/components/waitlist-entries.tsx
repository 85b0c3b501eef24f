import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { WaitlistEntryFieldsFragment } from '../gql/graphql';
import {
  AcceptWaitlistOfferMutation,
  DeclineWaitlistOfferMutation,
  LeaveWaitlistMutation,
  MyWaitlistEntriesQuery,
} from '../graphql/waitlist';
import { createFormats } from '../i18n/format';
import { useI18n, useOnLanguageChange } from '../i18n/i18n';
import { useWaitlistTexts } from '../i18n/pages/waitlist/texts';
import { localDayOf } from '../lib/berlin-time';
import { useApiTextLang } from './api-text';
import { ErrorSummary, type FormError } from './form';
import { LoadFailed, Loading } from './status';

type Entry = WaitlistEntryFieldsFragment;

/** An entry's place in line, and the time held for the person now, if any. */
export function WaitlistEntryDetails(props: { entry: Entry }) {
  const { locale } = useI18n();
  const texts = useWaitlistTexts();
  const formats = createFormats(locale);
  const { entry } = props;
  if (!texts) return null;
  return (
    <>
      <p class="kern-body">{texts.t('list.place', { place: entry.placeInLine })}</p>
      {entry.offer && (
        <p class="kern-body">
          {texts.t('list.offer', {
            day: formats.longDay(localDayOf(new Date(entry.offer.startsAt))),
            from: formats.clock(entry.offer.startsAt),
            to: formats.clock(entry.offer.endsAt),
            office: entry.offer.office.name,
            until: formats.clock(entry.offer.expiresAt),
          })}
        </p>
      )}
    </>
  );
}

/**
 * "My town hall"'s waitlist: each entry with the citizen's place in line, and the time held for
 * them now, to accept or decline; or leave the line.
 */
export function WaitlistEntries() {
  const { t } = useI18n();
  const textLang = useApiTextLang();
  const texts = useWaitlistTexts();
  const client = useClient();
  const [entries, setEntries] = useState<Entry[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [booked, setBooked] = useState<string | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [, accept] = useMutation(AcceptWaitlistOfferMutation);
  const [, decline] = useMutation(DeclineWaitlistOfferMutation);
  const [, leave] = useMutation(LeaveWaitlistMutation);
  const busy = useRef(false);

  async function load() {
    const result = await client
      .query(MyWaitlistEntriesQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    setFailed(!result.data);
    if (result.data) setEntries(result.data.myWaitlistEntries);
  }
  useEffect(() => {
    void load();
  }, []);
  useOnLanguageChange(() => void load());

  async function act(kind: 'accept' | 'decline' | 'leave', entryId: string) {
    if (busy.current) return;
    busy.current = true;
    const input = { entryId };
    const payload =
      kind === 'accept'
        ? (await accept({ input })).data?.acceptWaitlistOffer
        : kind === 'decline'
          ? (await decline({ input })).data?.declineWaitlistOffer
          : (await leave({ input })).data?.leaveWaitlist;
    busy.current = false;
    const problems: FormError[] = !payload
      ? [{ field: null, message: t('errors.connection') }]
      : payload.userErrors.map((error) => ({ field: null, message: error.message }));
    setErrors(problems);
    if (problems.length > 0) setAttempt((value) => value + 1);
    if (payload && 'appointment' in payload && payload.appointment) {
      setBooked(payload.appointment.code);
    }
    await load();
  }

  return (
    <section class="section" aria-labelledby="waitlist-heading">
      <ErrorSummary errors={errors} focusKey={attempt} />
      <h2 id="waitlist-heading" class="kern-heading-medium">
        {texts?.t('list.heading')}
      </h2>
      <p class="kern-body" role="status">
        {booked && texts?.t('list.booked', { code: booked })}
      </p>
      {!texts || (!entries && !failed) ? (
        <Loading />
      ) : failed || !entries ? (
        <LoadFailed retry={() => void load()} />
      ) : entries.length === 0 ? (
        <p class="kern-body">{texts.t('list.none')}</p>
      ) : (
        <ul class="appointment-list">
          {entries.map((entry) => (
            <li key={entry.id} class="appointment-list__item">
              <h3 class="kern-heading-small appointment-list__title" lang={textLang}>
                {entry.service.name}
              </h3>
              <WaitlistEntryDetails entry={entry} />
              <ul class="action-list">
                {entry.offer && (
                  <>
                    <li>
                      <button
                        type="button"
                        class="kern-btn kern-btn--primary"
                        onClick={() => void act('accept', entry.id)}
                      >
                        <span class="kern-label">
                          {texts.t('list.accept', { service: entry.service.name })}
                        </span>
                      </button>
                    </li>
                    <li>
                      <button
                        type="button"
                        class="kern-btn kern-btn--secondary"
                        onClick={() => void act('decline', entry.id)}
                      >
                        <span class="kern-label">
                          {texts.t('list.decline', { service: entry.service.name })}
                        </span>
                      </button>
                    </li>
                  </>
                )}
                <li>
                  <button
                    type="button"
                    class="kern-btn kern-btn--secondary"
                    onClick={() => void act('leave', entry.id)}
                  >
                    <span class="kern-label">
                      {texts.t('list.leave', { service: entry.service.name })}
                    </span>
                  </button>
                </li>
              </ul>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
