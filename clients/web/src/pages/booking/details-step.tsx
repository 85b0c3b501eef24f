import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, TextField, type FormError } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../lib/routes';
import { useSession } from '../../lib/session';
import { validateContactDetails, type ContactDetails } from '../../lib/validation';
import { officeOf, type StepProps } from './booking-context';
import { Redirect } from '../../components/redirect';
import { ContinueButton } from './step-parts';
import { HoldTimer, useHoldClock } from './hold-timer';

const FIELDS = ['name', 'email', 'phone'] as const;

/**
 * Step 4: who is coming, and how to reach them, while the chosen time is held (the countdown).
 * Once the hold has ended, the answers are kept and the citizen chooses a time again.
 */
export function DetailsStep(props: StepProps) {
  const { t } = useI18n();
  const { route } = useLocation();
  const { service, draft } = props;
  const { session } = useSession();
  const [values, setValues] = useState<ContactDetails>({
    name: draft.name,
    email: draft.email,
    phone: draft.phone,
  });
  // Signed in: the account's name and address, unless this journey has answers already (a
  // citizen may book for someone else).
  const account = session.status === 'signedIn' ? session.account : null;
  useEffect(() => {
    if (!account) return;
    setValues((current) =>
      current.name || current.email
        ? current
        : { ...current, name: account.name, email: account.email },
    );
  }, [account?.id]);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const { left, expired } = useHoldClock(draft.hold);

  if (!officeOf(props) || !draft.startsAt) {
    return <Redirect to={paths.book(service.id, 'time')} />;
  }
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const set = (field: keyof ContactDetails) => (value: string) =>
    setValues({ ...values, [field]: value });
  const heading = t('booking.details.heading');

  return (
    <>
      <BackLink
        href={
          props.returnToCheck ? paths.book(service.id, 'check') : paths.book(service.id, 'time')
        }
      />
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} caption={service.name} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      {draft.hold && (
        <HoldTimer hold={draft.hold} left={left} chooseAgain={paths.book(service.id, 'time')} />
      )}
      <p class="kern-body">{t('booking.details.intro')}</p>
      <form
        noValidate
        class="form-stack"
        onSubmit={(event) => {
          event.preventDefault();
          const problems = validateContactDetails(values);
          const list = FIELDS.flatMap((field) => {
            const key = problems[field];
            return key ? [{ field, message: t(key) }] : [];
          });
          setErrors(list);
          if (list.length > 0) {
            setAttempt(attempt + 1);
            return;
          }
          props.update({
            name: values.name.trim(),
            email: values.email.trim(),
            phone: values.phone.trim(),
          });
          route(
            expired
              ? paths.book(service.id, 'time', { return: 'check' })
              : paths.book(service.id, 'check'),
          );
        }}
      >
        <TextField
          id="name"
          name="name"
          label={t('booking.details.name.label')}
          hint={t('booking.details.name.hint')}
          autocomplete="name"
          spellcheck={false}
          maxLength={200}
          value={values.name}
          onValue={set('name')}
          error={errorOf('name')}
        />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('booking.details.email.label')}
          hint={t('booking.details.email.hint')}
          autocomplete="email"
          inputMode="email"
          spellcheck={false}
          value={values.email}
          onValue={set('email')}
          error={errorOf('email')}
        />
        <TextField
          id="phone"
          name="phone"
          type="tel"
          label={t('booking.details.phone.label')}
          hint={t('booking.details.phone.hint')}
          optional
          autocomplete="tel"
          value={values.phone}
          onValue={set('phone')}
          error={errorOf('phone')}
        />
        <ContinueButton />
      </form>
    </>
  );
}
