import { useApiTextLang } from '../../components/api-text';
import { useMutation } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorMessage, ErrorSummary, type FormError } from '../../components/form';
import { BookAppointmentErrorCode } from '../../gql/graphql';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { BookAppointmentMutation } from '../../graphql/appointments';
import { useI18n } from '../../i18n/i18n';
import { createFormats } from '../../i18n/format';
import { rememberBooked } from '../../lib/booking-draft';
import { randomId } from '../../lib/random-id';
import { paths, type BookingStep } from '../../lib/routes';
import { officeOf, type StepProps } from './booking-context';
import { SlotPicker } from './slot-picker';
import { Redirect } from '../../components/redirect';
import { ContinueButton } from './step-parts';
import { CHOOSE_AGAIN, HoldTimer, useHoldClock } from './hold-timer';

type Row = 'service' | 'office' | 'day' | 'time' | 'name' | 'email' | 'phone';

/** Where each answer is changed; the field an API error names maps to its row. */
const CHANGE_STEP: Record<Exclude<Row, 'service'>, BookingStep> = {
  office: 'office',
  day: 'day',
  time: 'time',
  name: 'details',
  email: 'details',
  phone: 'details',
};
const ROW_OF_FIELD: Record<string, Row> = {
  name: 'name',
  email: 'email',
  phone: 'phone',
  officeId: 'office',
  serviceId: 'service',
};

/** The id of the radios that offer other times after a lost race. */
const ALTERNATIVES = 'alternative-time';

/**
 * Step 5: check your answers, then book. When someone else was faster, the citizen stays here:
 * the page says so and offers the day's remaining times right away; nothing is typed again.
 * A held time (the countdown) is booked by its hold; once the hold has ended, the page says so
 * and leads back to choosing a time, the other answers kept.
 */
export function CheckStep(props: StepProps) {
  const { t, locale } = useI18n();
  const textLang = useApiTextLang();
  const formats = createFormats(locale);
  const { route } = useLocation();
  const { service, draft } = props;
  const office = officeOf(props);
  const [, book] = useMutation(BookAppointmentMutation);
  const busy = useRef(false);
  const [submitting, setSubmitting] = useState(false);
  const [formErrors, setFormErrors] = useState<FormError[]>([]);
  const [rowErrors, setRowErrors] = useState<Partial<Record<Row, string>>>({});
  /** Set after SLOT_TAKEN: the API's message, shown at the alternative times. */
  const [slotTaken, setSlotTaken] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const { left, expired } = useHoldClock(draft.hold);
  /** The server answered HOLD_EXPIRED before the countdown ended. */
  const [holdLost, setHoldLost] = useState(false);

  if (!office) return <Redirect to={paths.book(service.id, 'office')} />;
  if (!draft.day) return <Redirect to={paths.book(service.id, 'day')} />;
  if (!draft.startsAt && !slotTaken) return <Redirect to={paths.book(service.id, 'time')} />;
  if (!draft.name || !draft.email) return <Redirect to={paths.book(service.id, 'details')} />;

  const changeLink = (row: Exclude<Row, 'service'>, label: string) => (
    <a
      class="kern-link"
      id={`change-${row}`}
      href={paths.book(service.id, CHANGE_STEP[row], { return: 'check' })}
    >
      {t('check.change')}
      <span class="kern-sr-only"> {label}</span>
    </a>
  );

  const rows: Array<{ row: Row; label: string; value: ComponentChildren }> = [
    {
      row: 'service',
      label: t('check.service'),
      value: <span lang={textLang}>{service.name}</span>,
    },
    {
      row: 'office',
      label: t('check.office'),
      value: (
        <span lang={textLang}>
          {office.name}
          <br />
          {office.address.street}, {office.address.postalCode} {office.address.city}
        </span>
      ),
    },
    { row: 'day', label: t('check.day'), value: formats.longDay(draft.day) },
    {
      row: 'time',
      label: t('check.time'),
      value: draft.startsAt
        ? t('booking.time.option', { time: formats.clock(draft.startsAt) })
        : t('check.time.missing'),
    },
    { row: 'name', label: t('check.name'), value: <bdi>{draft.name}</bdi> },
    { row: 'email', label: t('check.email'), value: <span dir="ltr">{draft.email}</span> },
    {
      row: 'phone',
      label: t('check.phone'),
      value: draft.phone ? <span dir="ltr">{draft.phone}</span> : t('check.phone.none'),
    },
  ];

  async function submit(event: Event) {
    event.preventDefault();
    // A second click while the first request runs must not book twice (the key would save
    // us anyway; this saves the request).
    if (busy.current) return;
    if (!draft.startsAt) {
      setFormErrors([{ field: ALTERNATIVES, message: t('check.chooseTime') }]);
      setAttempt(attempt + 1);
      return;
    }
    if (expired || holdLost) {
      setFormErrors([{ field: CHOOSE_AGAIN, message: t('booking.hold.expired.title') }]);
      setAttempt(attempt + 1);
      return;
    }
    const attemptKey = draft.attemptKey ?? randomId();
    if (!draft.attemptKey) props.update({ attemptKey });
    busy.current = true;
    setSubmitting(true);
    const result = await book({
      input: {
        serviceId: service.id,
        officeId: office!.id,
        startsAt: draft.startsAt,
        name: draft.name,
        email: draft.email,
        phone: draft.phone || null,
        idempotencyKey: attemptKey,
        holdToken: draft.hold?.token ?? null,
      },
    });
    busy.current = false;
    setSubmitting(false);

    const payload = result.data?.bookAppointment;
    if (!payload) {
      // The connection failed: trying again with the same key cannot book twice.
      setFormErrors([{ field: null, message: t('check.failed') }]);
      setRowErrors({});
      setAttempt(attempt + 1);
      return;
    }
    if (payload.appointment) {
      rememberBooked(service.id, payload.appointment);
      route(paths.book(service.id, 'done'));
      return;
    }

    const summary: FormError[] = [];
    const atRows: Partial<Record<Row, string>> = {};
    let taken: string | undefined;
    for (const error of payload.userErrors) {
      const field = error.field?.[0];
      if (error.code === BookAppointmentErrorCode.HOLD_EXPIRED) {
        setHoldLost(true);
        summary.push({ field: CHOOSE_AGAIN, message: error.message });
      } else if (error.code === BookAppointmentErrorCode.SLOT_TAKEN || field === 'startsAt') {
        taken = error.message;
        summary.push({ field: ALTERNATIVES, message: error.message });
      } else if (error.code === BookAppointmentErrorCode.IDEMPOTENCY_KEY_REUSED) {
        props.update({ attemptKey: randomId() });
        summary.push({ field: null, message: t('check.failed') });
      } else if (field && ROW_OF_FIELD[field] && ROW_OF_FIELD[field] !== 'service') {
        const row = ROW_OF_FIELD[field];
        atRows[row] = error.message;
        summary.push({ field: `change-${row}`, message: error.message });
      } else {
        summary.push({ field: null, message: error.message });
      }
    }
    if (taken) {
      setSlotTaken(taken);
      props.update({ startsAt: undefined });
    }
    setRowErrors(atRows);
    setFormErrors(summary);
    setAttempt(attempt + 1);
  }

  const heading = t('check.heading');
  return (
    <>
      <BackLink href={paths.book(service.id, 'details')} />
      <ErrorSummary errors={formErrors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={formErrors.length > 0}>
        {heading}
      </PageHeading>
      {draft.hold && (
        <HoldTimer
          hold={draft.hold}
          left={left}
          lost={holdLost}
          chooseAgain={paths.book(service.id, 'time', { return: 'check' })}
        />
      )}
      <form noValidate onSubmit={submit}>
        <dl class="summary-list">
          {rows.map(({ row, label, value }) => {
            const error = rowErrors[row];
            const errorId = `${row}-error`;
            return (
              <div class={`summary-list__row${error ? ' summary-list__row--error' : ''}`} key={row}>
                <dt class="summary-list__key">{label}</dt>
                <dd class="summary-list__value">
                  {value}
                  {error && <ErrorMessage id={errorId}>{error}</ErrorMessage>}
                </dd>
                <dd class="summary-list__actions">{row !== 'service' && changeLink(row, label)}</dd>
              </div>
            );
          })}
        </dl>

        {slotTaken && (
          <section class="alternatives" aria-labelledby="alternatives-heading">
            <SlotPicker
              serviceId={service.id}
              officeId={office.id}
              day={draft.day}
              name={ALTERNATIVES}
              heading={
                <h2 class="kern-heading-medium" id="alternatives-heading">
                  {t('check.alternatives.heading')}
                </h2>
              }
              hint={t('check.alternatives.hint', { day: formats.longDay(draft.day) })}
              error={draft.startsAt ? undefined : slotTaken}
              value={draft.startsAt}
              onValue={(startsAt) => {
                props.update({ startsAt });
                if (startsAt) setFormErrors([]);
              }}
              empty={
                <>
                  <ErrorMessage id={`${ALTERNATIVES}-error`}>{slotTaken}</ErrorMessage>
                  <p class="kern-body">
                    {t('booking.time.none', { day: formats.longDay(draft.day) })}
                  </p>
                  <p class="kern-body">
                    <a
                      class="kern-link"
                      id={ALTERNATIVES}
                      href={paths.book(service.id, 'day', { return: 'check' })}
                    >
                      {t('booking.time.otherDay')}
                    </a>
                  </p>
                </>
              }
            />
          </section>
        )}

        <h2 class="kern-heading-small">{t('check.confirm.heading')}</h2>
        <p class="kern-body">{t('check.confirm.text')}</p>
        <ContinueButton
          label={submitting ? t('check.submitting') : t('check.submit')}
          busy={submitting}
        />
      </form>
    </>
  );
}
