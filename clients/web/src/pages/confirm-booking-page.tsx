import { useMutation } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { AppointmentSummary } from '../components/appointment-summary';
import { ErrorSummary, type FormError } from '../components/form';
import { PageHeading } from '../components/page-heading';
import { ConfirmBookingMutation } from '../graphql/appointments';
import type { AppointmentDetailsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { paths } from '../lib/routes';
import { ContinueButton } from './booking/step-parts';

/**
 * The link in the e-mail of a guest's booking of a scarce service: one click books it for good
 * and sends its confirmation. A click, not the opening itself, because mail scanners open links.
 */
export function ConfirmBookingPage() {
  const { t } = useI18n();
  const { query } = useRoute();
  const token = query.token ?? '';
  const [, confirm] = useMutation(ConfirmBookingMutation);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [confirmed, setConfirmed] = useState<AppointmentDetailsFragment | null>(null);
  const busy = useRef(false);

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    const payload = (await confirm({ input: { token } })).data?.confirmBooking;
    busy.current = false;
    if (payload?.appointment) {
      setConfirmed(payload.appointment);
      return;
    }
    const messages = payload?.userErrors.map((error) => error.message) ?? [t('errors.connection')];
    setErrors(messages.map((message) => ({ field: null, message })));
    setAttempt(attempt + 1);
  }

  if (confirmed) {
    const heading = t('confirmBooking.done.heading');
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body kern-body--large">
          {t('confirmBooking.done.text', { email: confirmed.email, code: confirmed.code })}
        </p>
        <AppointmentSummary appointment={confirmed} />
        <p class="kern-body">
          <a class="kern-link" href={paths.appointment({ code: confirmed.code })}>
            {t('done.manage')}
          </a>
        </p>
      </>
    );
  }

  const heading = t('confirmBooking.heading');
  if (!token) {
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{t('confirmBooking.missingToken')}</p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <p class="kern-body">{t('confirmBooking.intro')}</p>
      <form noValidate onSubmit={submit}>
        <ContinueButton label={t('confirmBooking.submit')} />
      </form>
      {errors.length > 0 && (
        <p class="kern-body">
          <a class="kern-link" href={paths.start()}>
            {t('confirmBooking.bookAgain')}
          </a>
        </p>
      )}
    </>
  );
}
