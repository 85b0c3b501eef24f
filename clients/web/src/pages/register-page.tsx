import { useMutation } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { ErrorSummary, formErrorOf, TextField, type FormError } from '../components/form';
import { focusPageHeading, PageHeading } from '../components/page-heading';
import { Redirect } from '../components/redirect';
import { RegisterAccountMutation } from '../graphql/accounts';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';
import { validateEmail, validateName } from '../lib/validation';

const FIELDS = ['name', 'email'] as const;

/**
 * Sign-up: a name and an e-mail address, then "check your mailbox". The link in the e-mail
 * confirms the address and sets the password (/verify-email); a password typed here would only
 * have to be typed there again (decision 0012), so this page does not ask for one.
 */
export function RegisterPage() {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const [, register] = useMutation(RegisterAccountMutation);
  const [values, setValues] = useState({ name: '', email: '' });
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [sentAgain, setSentAgain] = useState(false);
  const busy = useRef(false);

  const fail = (list: FormError[]) => {
    setErrors(list);
    setAttempt((value) => value + 1);
  };

  /** Asks for the e-mail; the answer is the same whether or not the address has an account. */
  async function send(input: { name: string; email: string }): Promise<boolean> {
    if (busy.current) return false;
    busy.current = true;
    const result = await register({ input: { ...input, language: LANGUAGES[lang].api } });
    busy.current = false;
    const payload = result.data?.registerAccount;
    if (!payload) {
      fail([{ field: null, message: t('errors.connection') }]);
      return false;
    }
    if (payload.userErrors.length > 0) {
      fail(payload.userErrors.map((error) => formErrorOf(error, FIELDS)));
      return false;
    }
    setErrors([]);
    return true;
  }

  async function submit(event: Event) {
    event.preventDefault();
    const input = { name: values.name.trim(), email: values.email.trim() };
    const list = FIELDS.flatMap((field) => {
      const key = field === 'name' ? validateName(input.name) : validateEmail(input.email);
      return key ? [{ field, message: t(key) }] : [];
    });
    if (list.length > 0) return fail(list);
    if (await send(input)) {
      setSentTo(input.email);
      focusPageHeading();
    }
  }

  if (session.status === 'signedIn') return <Redirect to={paths.myTownHall()} />;

  const summary = <ErrorSummary errors={errors} focusKey={attempt} />;

  if (sentTo !== null) {
    const heading = t('register.sent.heading');
    return (
      <>
        {summary}
        <PageHeading title={heading} hasErrors={errors.length > 0}>
          {heading}
        </PageHeading>
        <p class="kern-body">{t('register.sent.text', { email: sentTo })}</p>
        <p class="kern-body">{t('register.sent.spam')}</p>
        {sentAgain && (
          <p class="kern-body" role="status">
            {t('register.sent.again.done')}
          </p>
        )}
        <div class="button-group">
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={async () => {
              setSentAgain(false);
              setSentAgain(await send({ name: values.name.trim(), email: sentTo }));
            }}
          >
            <span class="kern-label">{t('register.sent.again')}</span>
          </button>
          <button
            type="button"
            class="kern-btn kern-btn--tertiary"
            onClick={() => {
              setSentTo(null);
              setSentAgain(false);
              setErrors([]);
              focusPageHeading();
            }}
          >
            <span class="kern-label">{t('register.sent.otherAddress')}</span>
          </button>
        </div>
      </>
    );
  }

  const heading = t('register.heading');
  return (
    <>
      {summary}
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <p class="kern-body">{t('register.intro')}</p>
      <form noValidate class="form-stack" onSubmit={submit}>
        <TextField
          id="name"
          name="name"
          label={t('register.name.label')}
          hint={t('register.name.hint')}
          autocomplete="name"
          spellcheck={false}
          maxLength={200}
          value={values.name}
          onValue={(name) => setValues({ ...values, name })}
          error={errors.find((error) => error.field === 'name')?.message}
        />
        <TextField
          id="email"
          name="email"
          type="email"
          label={t('register.email.label')}
          hint={t('register.email.hint')}
          autocomplete="email"
          inputMode="email"
          spellcheck={false}
          value={values.email}
          onValue={(email) => setValues({ ...values, email })}
          error={errors.find((error) => error.field === 'email')?.message}
        />
        <div class="form-actions">
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t('register.submit')}</span>
          </button>
        </div>
      </form>
      <h2 class="kern-heading-small">{t('register.haveAccount')}</h2>
      <p class="kern-body">
        <a class="kern-link" href={paths.signIn()}>
          {t('register.signIn')}
        </a>
      </p>
    </>
  );
}
