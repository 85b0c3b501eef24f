import { useApiTextLang } from '../../components/api-text';
import { useMutation } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { HoldSlotErrorCode } from '../../gql/graphql';
import { HoldSlotMutation, ReleaseHoldMutation } from '../../graphql/appointments';
import { useI18n } from '../../i18n/i18n';
import { createFormats } from '../../i18n/format';
import { paths } from '../../lib/routes';
import { officeOf, type StepProps } from './booking-context';
import { SlotPicker } from './slot-picker';
import { Redirect } from '../../components/redirect';
import { ContinueButton } from './step-parts';

/**
 * Step 3: what time? The list follows other citizens' bookings while this one looks at it.
 * Continuing holds the time for the citizen while they enter their details; coming back here
 * gives an earlier hold back first, so that the time shows as free to everyone, this citizen too.
 */
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
  const [, hold] = useMutation(HoldSlotMutation);
  const [, release] = useMutation(ReleaseHoldMutation);
  const [holding, setHolding] = useState<string>();
  /** Bumped after SLOT_TAKEN: the list is read afresh. */
  const [refresh, setRefresh] = useState(0);

  useEffect(() => {
    const earlier = draft.hold;
    if (!earlier) return;
    props.update({ hold: undefined });
    void release({ input: { token: earlier.token } });
  }, []);

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
        onSubmit={async (event) => {
          event.preventDefault();
          if (holding) return;
          if (!choice) {
            setError(t('booking.time.required'));
            setAttempt(attempt + 1);
            return;
          }
          setHolding(choice);
          const result = await hold({
            input: { serviceId: service.id, officeId: office.id, startsAt: choice },
          });
          const payload = result.data?.holdSlot;
          if (!payload?.hold) {
            setHolding(undefined);
            const refusal = payload?.userErrors[0];
            if (refusal?.code === HoldSlotErrorCode.SLOT_TAKEN) {
              setChoice(undefined);
              setRefresh(refresh + 1);
            }
            setError(refusal?.message ?? t('check.failed'));
            setAttempt(attempt + 1);
            return;
          }
          const { token, startsAt, expiresAt } = payload.hold;
          props.update({ startsAt: choice, hold: { token, startsAt, expiresAt } });
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
          holding={holding}
          refresh={refresh}
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
