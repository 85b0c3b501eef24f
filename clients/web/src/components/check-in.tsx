import { useMutation } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { AppointmentStatus, CheckInErrorCode, type CheckInInput } from '../gql/graphql';
import { CheckInMutation } from '../graphql/queue';
import { createFormats } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { localDayOf, today } from '../lib/berlin-time';
import { paths } from '../lib/routes';

/** The phone checks in from 30 minutes before the start (src/queue/queue-rules.ts). */
const PHONE_CHECK_IN_EARLIEST_MS = 30 * 60_000;

/**
 * "I'm here" on the day of an appointment: checks it in from the phone and leads to its ticket,
 * or says in plain words why not yet (too early: from when it works).
 */
export function CheckIn(props: {
  appointment: { startsAt: string; status: AppointmentStatus };
  input: CheckInInput;
}) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const { route } = useLocation();
  const [, checkIn] = useMutation(CheckInMutation);
  const [problem, setProblem] = useState<string | null>(null);
  const busy = useRef(false);
  const { appointment } = props;
  if (
    appointment.status === AppointmentStatus.CANCELLED ||
    localDayOf(new Date(appointment.startsAt)) !== today()
  ) {
    return null;
  }

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    const answer = await checkIn({ input: props.input });
    busy.current = false;
    const payload = answer.data?.checkIn;
    if (!payload) {
      setProblem(t('errors.connection'));
      return;
    }
    if (payload.ticket) {
      route(paths.ticket(payload.ticket.id));
      return;
    }
    const error = payload.userErrors[0];
    if (!error) return;
    switch (error.code) {
      case CheckInErrorCode.TOO_EARLY:
        setProblem(
          t('checkIn.error.TOO_EARLY', {
            time: formats.clock(
              new Date(Date.parse(appointment.startsAt) - PHONE_CHECK_IN_EARLIEST_MS),
            ),
          }),
        );
        return;
      case CheckInErrorCode.TOO_LATE:
      case CheckInErrorCode.NOT_TODAY:
      case CheckInErrorCode.CANCELLED:
      case CheckInErrorCode.ALREADY_CHECKED_IN:
      case CheckInErrorCode.OFFICE_CLOSED:
        setProblem(t(`checkIn.error.${error.code}`));
        return;
      default:
        // The API's own words: when to try again (RATE_LIMITED), or what else went wrong.
        setProblem(error.message);
    }
  }

  return (
    <section class="section" aria-labelledby="check-in-heading">
      <h2 id="check-in-heading" class="kern-heading-medium">
        {t('checkIn.heading')}
      </h2>
      <p class="kern-body">{t('checkIn.intro')}</p>
      {problem && (
        <div class="kern-alert kern-alert--warning" role="alert">
          <div class="kern-alert__body">
            <p class="kern-body">{problem}</p>
          </div>
        </div>
      )}
      <form noValidate onSubmit={submit} class="form-actions">
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('checkIn.button')}</span>
        </button>
      </form>
    </section>
  );
}
