import { useApiTextLang } from '../../components/api-text';
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, HeadingLegend, RadioGroup } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../lib/routes';
import type { StepProps } from './booking-context';
import { ContinueButton } from './step-parts';

/** Step 1: where? Skipped when only one office offers the service. */
export function OfficeStep(props: StepProps) {
  const { t } = useI18n();
  const textLang = useApiTextLang();
  const { route } = useLocation();
  const { service } = props;
  const [choice, setChoice] = useState(props.draft.officeId);
  const [error, setError] = useState<string>();
  const [attempt, setAttempt] = useState(0);
  const next = paths.book(service.id, 'day', props.returnToCheck ? { return: 'check' } : {});

  const only = service.offices.length === 1 ? service.offices[0] : undefined;
  useEffect(() => {
    if (!only) return;
    if (props.draft.officeId !== only.id) props.update({ officeId: only.id });
    route(next, true);
  }, [only?.id]);
  if (only) return null;

  const heading = t('booking.office.heading');
  return (
    <>
      <BackLink
        href={props.returnToCheck ? paths.book(service.id, 'check') : paths.service(service.id)}
      />
      <ErrorSummary
        errors={error ? [{ field: 'office', message: error }] : []}
        focusKey={attempt}
      />
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!choice) {
            setError(t('booking.office.required'));
            setAttempt(attempt + 1);
            return;
          }
          props.update({ officeId: choice });
          route(next);
        }}
      >
        <RadioGroup
          name="office"
          legend={
            <HeadingLegend>
              <PageHeading
                title={heading}
                caption={service.name}
                captionLang={textLang}
                hasErrors={Boolean(error)}
              >
                {heading}
              </PageHeading>
            </HeadingLegend>
          }
          error={error}
          options={service.offices.map((office) => ({
            value: office.id,
            label: <span lang={textLang}>{office.name}</span>,
            hint: (
              <span lang={textLang}>
                {`${office.address.street}, ${office.address.postalCode} ${office.address.city}`}
              </span>
            ),
          }))}
          value={choice}
          onValue={(value) => {
            setChoice(value);
            setError(undefined);
          }}
        />
        <ContinueButton />
      </form>
    </>
  );
}
