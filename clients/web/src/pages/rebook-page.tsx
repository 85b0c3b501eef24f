import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { AppointmentSummary } from '../components/appointment-summary';
import { ErrorSummary, type FormError } from '../components/form';
import { focusPageHeading, PageHeading } from '../components/page-heading';
import { LoadFailed, Loading } from '../components/status';
import { RebookAppointmentMutation, RebookOfferQuery } from '../graphql/appointments';
import type { RebookOfferQuery as RebookOfferResult } from '../gql/graphql';
import { createFormats } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { useRebookTexts } from '../i18n/pages/rebook/texts';
import { LANGUAGES } from '../i18n/languages';
import { localDayOf } from '../lib/berlin-time';
import { paths } from '../lib/routes';

type Offer = NonNullable<RebookOfferResult['rebookOffer']>;
type State =
  { name: 'loading' } | { name: 'failed' } | { name: 'invalid' } | { name: 'offer'; offer: Offer };

/**
 * The link in the e-mail about an appointment the office cancelled (illness, a closure): what
 * was cancelled and the office's message, and the nearest free times of the same service at the
 * same office, each booked with one click for the same person. A link books once; afterwards it
 * shows the new appointment.
 */
export function RebookPage() {
  const { t, lang, locale } = useI18n();
  const formats = createFormats(locale);
  const { query } = useRoute();
  const token = query.token ?? '';
  const client = useClient();
  const [, rebook] = useMutation(RebookAppointmentMutation);
  const [state, setState] = useState<State>({ name: 'loading' });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);
  // Each load and booking counts up; an answer asked before the latest of them is stale (urql
  // gives a query asked while the same one is under way that one's answer).
  const generation = useRef(0);
  const texts = useRebookTexts();

  async function load() {
    const asked = (generation.current += 1);
    const result = await client
      .query(
        RebookOfferQuery,
        { token, lang: LANGUAGES[lang].api },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (asked !== generation.current) return;
    if (result.error || !result.data) setState({ name: 'failed' });
    else if (!result.data.rebookOffer) setState({ name: 'invalid' });
    else setState({ name: 'offer', offer: result.data.rebookOffer });
  }

  useEffect(() => {
    if (token) void load();
    else setState({ name: 'invalid' });
  }, [token, lang]);

  async function choose(startsAt: string) {
    if (busy.current) return;
    busy.current = true;
    const result = await rebook({ input: { token, startsAt } });
    busy.current = false;
    const payload = result.data?.rebookAppointment;
    if (!payload) {
      setErrors([{ field: null, message: t('errors.connection') }]);
      setAttempt((value) => value + 1);
      return;
    }
    if (payload.userErrors.length > 0) {
      setErrors(payload.userErrors.map((error) => ({ field: null, message: error.message })));
      setAttempt((value) => value + 1);
      // The times may have changed meanwhile (someone was faster): offer them anew.
      await load();
      return;
    }
    // Booked: the page shows the new appointment from the answer, not from a reload that a
    // language change may have asked before the booking.
    generation.current += 1;
    const booked = payload.appointment;
    setState((current) =>
      current.name === 'offer' && booked
        ? { name: 'offer', offer: { ...current.offer, rebookedAppointment: booked } }
        : current,
    );
    setErrors([]);
    focusPageHeading();
  }

  if (state.name === 'loading' || !texts) return <Loading />;
  if (state.name === 'failed') return <LoadFailed retry={() => void load()} />;
  if (state.name === 'invalid') {
    const heading = texts.t('invalid.heading');
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{texts.t('invalid.text')}</p>
        <p class="kern-body">
          <a class="kern-link" href={paths.start()}>
            {texts.t('bookAnew')}
          </a>
        </p>
      </>
    );
  }

  const { offer } = state;
  const cancelled = offer.cancelledAppointment;
  if (offer.rebookedAppointment) {
    const heading = texts.t('done.heading');
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{texts.t('done.text', { email: offer.rebookedAppointment.email })}</p>
        <p class="kern-body">
          <strong>{t('appointment.show.code', { code: offer.rebookedAppointment.code })}</strong>
        </p>
        <AppointmentSummary appointment={offer.rebookedAppointment} />
      </>
    );
  }

  const heading = texts.t('heading');
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <p class="kern-body">
        {texts.t('cancelled', {
          day: formats.longDay(localDayOf(new Date(cancelled.startsAt))),
          time: formats.clock(cancelled.startsAt),
        })}
      </p>
      <figure class="rebook-message">
        <figcaption class="kern-label">{texts.t('message')}</figcaption>
        <blockquote class="kern-body">
          {offer.message.split('\n').map((line, index) => (
            <p key={index}>{line}</p>
          ))}
        </blockquote>
      </figure>
      <AppointmentSummary appointment={cancelled} />
      <h2 class="kern-heading-medium">{texts.t('times.heading')}</h2>
      {offer.times.length === 0 ? (
        <>
          <p class="kern-body">{texts.t('times.none')}</p>
          <p class="kern-body">
            <a class="kern-link" href={paths.service(cancelled.service.id)}>
              {texts.t('bookAnew')}
            </a>
          </p>
        </>
      ) : (
        <>
          <p class="kern-body">{texts.t('times.intro')}</p>
          <ul class="rebook-times">
            {offer.times.map((time) => (
              <li key={time.startsAt}>
                <button
                  type="button"
                  class="kern-btn kern-btn--secondary"
                  onClick={() => void choose(time.startsAt)}
                >
                  <span class="kern-label">
                    {texts.t('times.choose', {
                      day: formats.longDay(localDayOf(new Date(time.startsAt))),
                      from: formats.clock(time.startsAt),
                      to: formats.clock(time.endsAt),
                    })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
          <p class="kern-body">
            <a class="kern-link" href={paths.service(cancelled.service.id)}>
              {texts.t('otherTimes')}
            </a>
          </p>
        </>
      )}
    </>
  );
}
