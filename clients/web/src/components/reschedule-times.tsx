import { useClient } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { FreeSlotsQuery } from '../graphql/appointments';
import type { AppointmentDetailsFragment } from '../gql/graphql';
import { createFormats } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { useRescheduleTexts } from '../i18n/pages/reschedule/texts';
import { localDayOf } from '../lib/berlin-time';
import { AppointmentSummary } from './appointment-summary';
import { ErrorSummary, type FormError } from './form';
import { focusPageHeading, PageHeading } from './page-heading';
import { LoadFailed, Loading } from './status';

/** How many free times the step offers, and how far ahead it looks for them. */
const OFFERED_TIMES = 8;
const DAYS_AHEAD = 14;
const DAY_MS = 24 * 60 * 60 * 1000;

type Time = { startsAt: string; endsAt: string };

/**
 * "Change the time": the next free times of the appointment's service at its office, each of
 * which moves the appointment with one click (rescheduleAppointment: the new time is taken and
 * the old one freed together). A refusal (someone was faster) says so and offers the times anew.
 */
export function RescheduleTimes(props: {
  appointment: AppointmentDetailsFragment;
  /** Moves it: the problems to show when that was refused, none when it moved. */
  reschedule: (startsAt: string) => Promise<FormError[]>;
  onBack: () => void;
}) {
  const { t, locale } = useI18n();
  const texts = useRescheduleTexts();
  const formats = createFormats(locale);
  const client = useClient();
  const { appointment } = props;
  const [times, setTimes] = useState<Time[] | null | 'failed'>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);

  /** Asks for the free times; the first time, the heading takes the focus once they are shown. */
  async function load(first = false) {
    const from = new Date();
    const result = await client
      .query(
        FreeSlotsQuery,
        {
          serviceId: appointment.service.id,
          officeId: appointment.office.id,
          from: from.toISOString(),
          to: new Date(from.getTime() + DAYS_AHEAD * DAY_MS).toISOString(),
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error || !result.data) return setTimes('failed');
    setTimes(
      result.data.freeSlots
        .filter((slot) => slot.available > 0 && slot.startsAt !== appointment.startsAt)
        .slice(0, OFFERED_TIMES),
    );
    if (first) focusPageHeading();
  }

  useEffect(() => {
    void load(true);
  }, []);

  async function choose(startsAt: string) {
    if (busy.current) return;
    busy.current = true;
    const problems = await props.reschedule(startsAt);
    busy.current = false;
    if (problems.length === 0) return;
    setErrors(problems);
    setAttempt((value) => value + 1);
    await load();
  }

  if (!texts || times === null) return <Loading />;
  if (times === 'failed') return <LoadFailed retry={() => void load()} />;
  const heading = texts.t('heading');
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading
        title={heading}
        caption={t('appointment.show.code', { code: appointment.code })}
        hasErrors={errors.length > 0}
      >
        {heading}
      </PageHeading>
      <AppointmentSummary appointment={appointment} />
      {times.length === 0 ? (
        <p class="kern-body">{texts.t('none')}</p>
      ) : (
        <>
          <p class="kern-body">{texts.t('intro')}</p>
          <ul class="rebook-times">
            {times.map((time) => (
              <li key={time.startsAt}>
                <button
                  type="button"
                  class="kern-btn kern-btn--secondary"
                  onClick={() => void choose(time.startsAt)}
                >
                  <span class="kern-label">
                    {texts.t('choose', {
                      day: formats.longDay(localDayOf(new Date(time.startsAt))),
                      from: formats.clock(time.startsAt),
                      to: formats.clock(time.endsAt),
                    })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <div class="form-actions">
        <button type="button" class="kern-btn kern-btn--secondary" onClick={props.onBack}>
          <span class="kern-label">{texts.t('back')}</span>
        </button>
      </div>
    </>
  );
}
