import { useApiTextLang } from '../../components/api-text';
import { useMemo, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, HeadingLegend, RadioGroup } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../i18n/i18n';
import { useWaitlistTexts } from '../../i18n/pages/waitlist/texts';
import { createFormats } from '../../i18n/format';
import { addDays, isLocalDay, localDayOf, startOfDay, today } from '../../lib/berlin-time';
import { paths } from '../../lib/routes';
import { officeOf, type StepProps } from './booking-context';
import { useLiveSlots } from './slot-picker';
import { Redirect } from '../../components/redirect';
import { ContinueButton } from './step-parts';
import { LoadFailed, Loading } from '../../components/status';

/** Four weeks per page: a month at a glance, and well inside freeSlots' 31-day limit. */
const WINDOW_DAYS = 28;

/** Step 2: which day? Only days with a free time are offered, with how many are left. */
export function DayStep(props: StepProps) {
  const { t, locale } = useI18n();
  const textLang = useApiTextLang();
  const formats = createFormats(locale);
  const { route } = useLocation();
  const { service, draft } = props;
  const office = officeOf(props);
  const first = today();
  const requested = props.query.from;
  const from = isLocalDay(requested) && requested > first ? requested : first;
  const to = addDays(from, WINDOW_DAYS);
  const range = useMemo(() => ({ from: startOfDay(from), to: startOfDay(to) }), [from]);
  const [choice, setChoice] = useState(draft.day);
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const waitlistTexts = useWaitlistTexts();
  const {
    slots,
    error: loadError,
    retry,
  } = useLiveSlots({
    serviceId: service.id,
    officeId: office?.id,
    from: range.from,
    to: range.to,
  });

  if (!office) return <Redirect to={paths.book(service.id, 'office')} />;

  const keep = props.returnToCheck ? { return: 'check' as const } : {};
  const now = Date.now();
  const counts = new Map<string, number>();
  for (const slot of slots ?? []) {
    if (slot.available > 0 && Date.parse(slot.startsAt) > now) {
      const day = localDayOf(new Date(slot.startsAt));
      counts.set(day, (counts.get(day) ?? 0) + 1);
    }
  }
  const days = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  // Nothing is offered after the service's latest bookable day.
  const later = to <= addDays(first, service.bookingWindow.latestDaysAhead) ? to : undefined;
  const earlier = from > first ? addDays(from, -WINDOW_DAYS) : undefined;

  const heading = t('booking.day.heading');
  const headingElement = (
    <PageHeading
      title={heading}
      caption={t('booking.caption', { service: service.name, office: office.name })}
      captionLang={textLang}
      hasErrors={Boolean(error)}
    >
      {heading}
    </PageHeading>
  );
  const period = t('booking.day.period', {
    from: formats.shortDay(from),
    to: formats.shortDay(addDays(to, -1)),
  });

  return (
    <>
      <BackLink
        href={
          props.returnToCheck
            ? paths.book(service.id, 'check')
            : service.offices.length > 1
              ? paths.book(service.id, 'office')
              : paths.service(service.id)
        }
      />
      <ErrorSummary errors={error ? [{ field: 'day', message: error }] : []} focusKey={attempt} />
      {loadError && !slots ? (
        <>
          {headingElement}
          <LoadFailed retry={retry} />
        </>
      ) : !slots ? (
        <>
          {headingElement}
          <Loading />
        </>
      ) : days.length === 0 ? (
        <>
          {headingElement}
          <p class="kern-body">{t('booking.day.none', { period })}</p>
          {waitlistTexts && (
            <p class="kern-body">
              <a class="kern-link" href={paths.waitlistJoin(service.id, office.id)}>
                {waitlistTexts.t('join.link')}
              </a>
            </p>
          )}
        </>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!choice || !counts.has(choice)) {
              setError(t('booking.day.required'));
              setAttempt(attempt + 1);
              return;
            }
            props.update({ day: choice });
            route(paths.book(service.id, 'time', keep));
          }}
        >
          <RadioGroup
            name="day"
            legend={<HeadingLegend>{headingElement}</HeadingLegend>}
            hint={t('booking.day.hint', { period })}
            error={error}
            layout="columns"
            options={days.map(([day, count]) => ({
              value: day,
              label: formats.shortDay(day),
              hint: t('booking.day.freeTimes', { count }),
            }))}
            value={choice}
            onValue={(value) => {
              setChoice(value);
              setError(undefined);
            }}
          />
          <ContinueButton />
        </form>
      )}
      <ul class="pager">
        {earlier && (
          <li>
            <a class="kern-link" href={paths.book(service.id, 'day', { ...keep, from: earlier })}>
              <span class="kern-icon kern-icon--chevron-left" aria-hidden="true" />
              {t('booking.day.earlier')}
            </a>
          </li>
        )}
        {later && (
          <li>
            <a class="kern-link" href={paths.book(service.id, 'day', { ...keep, from: later })}>
              {t('booking.day.later')}
              <span class="kern-icon kern-icon--chevron-right" aria-hidden="true" />
            </a>
          </li>
        )}
      </ul>
    </>
  );
}
