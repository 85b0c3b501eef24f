import { LANGUAGES } from '../i18n/languages';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { AppointmentStatus, type AppointmentDetailsFragment } from '../gql/graphql';
import { CalendarFileLink } from './links';
import { useI18n } from '../i18n/i18n';
import { useRescheduleTexts } from '../i18n/pages/reschedule/texts';
import { paths } from '../lib/routes';
import { AppointmentSummary } from './appointment-summary';
import { ErrorSummary, type FormError } from './form';
import { focusPageHeading, PageHeading } from './page-heading';
import { RescheduleTimes } from './reschedule-times';

type View = 'show' | 'confirm' | 'cancelled' | 'reschedule' | 'rescheduled';

/**
 * One booking: what, when and where, the calendar file, moving it to another free time, and
 * cancelling it after a confirmation. The guest's page (by the e-mail's link, or code and
 * address) and "My town hall" (by ID) differ only in how they find, move and cancel it.
 */
export function ManageAppointment(props: {
  appointment: AppointmentDetailsFragment;
  /** Cancels it: the problems to show when that was refused, none when it is cancelled. */
  cancel: () => Promise<FormError[]>;
  /**
   * Moves it to another time: the problems to show when that was refused, none when it moved
   * (the caller then passes the moved appointment).
   */
  reschedule: (startsAt: string) => Promise<FormError[]>;
  /** Below the appointment and after cancelling: where else to go. */
  children?: ComponentChildren;
}) {
  const { t, lang } = useI18n();
  const rescheduleTexts = useRescheduleTexts();
  const { appointment } = props;
  const [view, setView] = useState<View>('show');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);

  const show = (next: View) => {
    setErrors([]);
    setView(next);
    focusPageHeading();
  };

  async function confirmCancel(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    const problems = await props.cancel();
    busy.current = false;
    if (problems.length > 0) {
      setErrors(problems);
      setAttempt((value) => value + 1);
      return;
    }
    show('cancelled');
  }

  if (view === 'cancelled') {
    const heading = t('appointment.cancelled.heading');
    return (
      <>
        <div class="panel" role="region" aria-labelledby="cancelled-heading">
          <PageHeading title={heading} id="cancelled-heading">
            {heading}
          </PageHeading>
        </div>
        <p class="kern-body">{t('appointment.cancelled.text')}</p>
        <AppointmentSummary appointment={appointment} />
        <p class="kern-body">
          <a class="kern-link" href={paths.start()}>
            {t('appointment.cancelled.again')}
          </a>
        </p>
        {props.children}
      </>
    );
  }

  if (view === 'reschedule') {
    return (
      <RescheduleTimes
        appointment={appointment}
        reschedule={async (startsAt) => {
          const problems = await props.reschedule(startsAt);
          if (problems.length === 0) show('rescheduled');
          return problems;
        }}
        onBack={() => show('show')}
      />
    );
  }

  if (view === 'rescheduled' && rescheduleTexts) {
    const heading = rescheduleTexts.t('done.heading');
    return (
      <>
        <div class="panel" role="region" aria-labelledby="rescheduled-heading">
          <PageHeading title={heading} id="rescheduled-heading">
            {heading}
          </PageHeading>
        </div>
        <p class="kern-body">{rescheduleTexts.t('done.text')}</p>
        <p class="kern-body">
          <strong>{t('appointment.show.code', { code: appointment.code })}</strong>
        </p>
        <AppointmentSummary appointment={appointment} />
        <ul class="action-list">
          <li>
            <CalendarFileLink appointment={appointment} />
          </li>
        </ul>
        {props.children}
      </>
    );
  }

  if (view === 'confirm') {
    const heading = t('appointment.confirm.heading');
    return (
      <>
        <ErrorSummary errors={errors} focusKey={attempt} />
        <PageHeading title={heading} hasErrors={errors.length > 0}>
          {heading}
        </PageHeading>
        <AppointmentSummary appointment={appointment} />
        <p class="kern-body">{t('appointment.confirm.text')}</p>
        <form noValidate onSubmit={confirmCancel} class="button-group">
          <button type="submit" class="kern-btn kern-btn--primary button--warning">
            <span class="kern-label">{t('appointment.confirm.yes')}</span>
          </button>
          <button type="button" class="kern-btn kern-btn--secondary" onClick={() => show('show')}>
            <span class="kern-label">{t('appointment.confirm.no')}</span>
          </button>
        </form>
      </>
    );
  }

  const cancelled = appointment.status === AppointmentStatus.CANCELLED;
  const started = Date.parse(appointment.startsAt) <= Date.now();
  const heading = t('appointment.show.heading');
  return (
    <>
      <PageHeading
        title={heading}
        caption={t('appointment.show.code', { code: appointment.code })}
        apiTexts={LANGUAGES[lang].api}
      >
        {heading}
      </PageHeading>
      {cancelled && (
        <p class="status-tag status-tag--cancelled">
          <span class="kern-icon kern-icon--close" aria-hidden="true" />
          {t('appointment.status.cancelled')}
        </p>
      )}
      <AppointmentSummary appointment={appointment} />
      {appointment.service.documents.length > 0 && !cancelled && (
        <>
          <h2 class="kern-heading-medium">{t('done.documents.heading')}</h2>
          <ul class="kern-list kern-list--bullet">
            {appointment.service.documents.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        </>
      )}
      {!cancelled && (
        <ul class="action-list">
          <li>
            <CalendarFileLink appointment={appointment} />
          </li>
        </ul>
      )}
      {!cancelled && !started && (
        <div class="form-actions">
          {rescheduleTexts && (
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              onClick={() => show('reschedule')}
            >
              <span class="kern-label">{rescheduleTexts.t('start')}</span>
            </button>
          )}
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={() => show('confirm')}
          >
            <span class="kern-label">{t('appointment.cancel')}</span>
          </button>
        </div>
      )}
      {props.children}
    </>
  );
}
