import { useApiTextLang } from '../../components/api-text';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../i18n/i18n';
import { createFormats } from '../../i18n/format';
import { paths } from '../../lib/routes';
import { officeOf, type StepProps } from './booking-context';
import { SlotPicker } from './slot-picker';
import { Redirect } from '../../components/redirect';
import { ContinueButton } from './step-parts';

/** Step 3: what time? The list follows other citizens' bookings while this one looks at it. */
export function TimeStep(props: StepProps) {
  const { t, locale } = useI18n();
  const textLang = useApiTextLang();
  const formats = createFormats(locale);
  const { route } = useLocation();
  const { service, draft } = props;
  const office = officeOf(props);
  const [choice, setChoice] = useState(draft.startsAt);
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  if (!office) return <Redirect to={paths.book(service.id, 'office')} />;
  if (!draft.day) return <Redirect to={paths.book(service.id, 'day')} />;
  const day = draft.day;
  const keep = props.returnToCheck ? { return: 'check' as const } : {};
  const heading = t('booking.time.heading');
  const dayPage = paths.book(service.id, 'day', keep);

  return (
    <>
      <BackLink href={dayPage} />
      <ErrorSummary errors={error ? [{ field: 'time', message: error }] : []} focusKey={attempt} />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!choice) {
            setError(t('booking.time.required'));
            setAttempt(attempt + 1);
            return;
          }
          props.update({ startsAt: choice });
          const complete = draft.name && draft.email;
          route(
            props.returnToCheck && complete
              ? paths.book(service.id, 'check')
              : paths.book(service.id, 'details', keep),
          );
        }}
      >
        <SlotPicker
          serviceId={service.id}
          officeId={office.id}
          day={day}
          name="time"
          heading={
            <PageHeading
              title={heading}
              caption={t('booking.caption', { service: service.name, office: office.name })}
              captionLang={textLang}
              hasErrors={Boolean(error)}
            >
              {heading}
            </PageHeading>
          }
          hint={t('booking.time.hint', {
            day: formats.longDay(day),
            minutes: service.durationMinutes,
          })}
          error={error}
          value={choice}
          onValue={(value) => {
            setChoice(value);
            setError(undefined);
          }}
          empty={
            <>
              <p class="kern-body">{t('booking.time.none', { day: formats.longDay(day) })}</p>
              <p class="kern-body">
                <a class="kern-link" href={dayPage}>
                  {t('booking.time.otherDay')}
                </a>
              </p>
            </>
          }
        />
        <ContinueButton />
        <p class="kern-body">
          <a class="kern-link" href={dayPage}>
            {t('booking.time.otherDay')}
          </a>
        </p>
      </form>
    </>
  );
}
