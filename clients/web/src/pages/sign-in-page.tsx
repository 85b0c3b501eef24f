import { useClient, useMutation, useQuery } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { ErrorSummary, formErrorOf, TextField, type FormError } from '../components/form';
import { PageHeading } from '../components/page-heading';
import { Redirect } from '../components/redirect';
import { Loading } from '../components/status';
import { AccountErrorCode } from '../gql/graphql';
import {
  MyPasskeysQuery,
  SignInWithPasswordMutation,
  StaffSignInOptionsQuery,
} from '../graphql/accounts';
import { useI18n, type Translator } from '../i18n/i18n';
import type { UserError } from '../lib/api';
import {
  cancelPasskeyCeremony,
  passkeyAutofillSupported,
  passkeysSupported,
  signInWithPasskey,
  type PasskeyProblem,
} from '../lib/passkeys';
import { paths, returnPath } from '../lib/routes';
import { passkeyOfferDeclined, takeConfirmedEmail, useSession } from '../lib/session';
import { validateEmail } from '../lib/validation';

const FIELDS = ['email', 'password'] as const;

/**
 * The server's passkey challenge lives 60 seconds: the autofill offer asks for a new one before,
 * so that a passkey picked after a while still signs in.
 */
const RENEW_AUTOFILL_MS = 50_000;

/** The password form's refusals: the one place that reads their codes. */
function passwordFormErrors(userErrors: UserError<AccountErrorCode>[]): FormError[] {
  return userErrors.map((error) => {
    switch (error.code) {
      case AccountErrorCode.INVALID_CREDENTIALS:
        // The same answer for an unknown address and a wrong password; the password is retyped.
        return { field: 'password', message: error.message };
      default:
        return formErrorOf(error, FIELDS);
    }
  });
}

/** What to tell about a passkey sign-in that did not work; nothing when the page ended it. */
function passkeyErrors(problem: PasskeyProblem, t: Translator['t']): FormError[] {
  switch (problem.kind) {
    case 'aborted':
      return [];
    case 'cancelled':
      return [{ field: null, message: t('signIn.passkey.cancelled') }];
    case 'refused':
      return problem.userErrors.map((error) => ({ field: null, message: error.message }));
    case 'exists':
    case 'failed':
      return [{ field: null, message: t('signIn.passkey.failed') }];
  }
}

/**
 * Sign-in: a passkey first, without typing anything (the button, or the passkeys the browser
 * offers in the e-mail field's suggestions), the password second. After a password sign-in of an
 * account without a passkey, the citizen is offered one. `?return=` says where to go afterwards.
 */
export function SignInPage() {
  const { t } = useI18n();
  const { query } = useRoute();
  const { route } = useLocation();
  const client = useClient();
  const { session, refresh } = useSession();
  const [, signInWithPassword] = useMutation(SignInWithPasswordMutation);
  const [options] = useQuery({ query: StaffSignInOptionsQuery });
  const provider = options.data?.staffSignInOptions.identityProvider;
  const target = returnPath(query.return, paths.myTownHall());
  const [supported] = useState(passkeysSupported);
  const [email, setEmail] = useState(() => takeConfirmedEmail() ?? '');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [completing, setCompleting] = useState(false);
  const busy = useRef(false);
  /** While the button's ceremony runs, the autofill offer waits. */
  const buttonCeremony = useRef(false);
  /** One autofill offer at a time: a second would abort the first, which would start again. */
  const autofillPending = useRef(false);
  const renewTimer = useRef<number | undefined>(undefined);
  const startAutofill = useRef<() => Promise<void>>(async () => undefined);

  const fail = (list: FormError[]) => {
    setErrors(list);
    setAttempt((value) => value + 1);
  };

  async function finish(how: 'password' | 'passkey') {
    setCompleting(true);
    const next = await refresh();
    if (next.status !== 'signedIn') {
      setCompleting(false);
      return fail([{ field: null, message: t('errors.connection') }]);
    }
    if (how === 'password' && supported && !passkeyOfferDeclined()) {
      const mine = await client
        .query(MyPasskeysQuery, {}, { requestPolicy: 'network-only' })
        .toPromise();
      if (mine.data?.me?.passkeys.length === 0) return route(paths.createPasskey(target), true);
    }
    route(target, true);
  }
  // For the autofill offer, which outlives renders: the current language and target.
  const latest = useRef({ finish, t });
  latest.current = { finish, t };

  useEffect(() => {
    if (!supported) return;
    let active = true;
    startAutofill.current = async () => {
      if (!active || buttonCeremony.current || autofillPending.current) return;
      autofillPending.current = true;
      if (!(await passkeyAutofillSupported())) return;
      renewTimer.current = window.setTimeout(cancelPasskeyCeremony, RENEW_AUTOFILL_MS);
      const outcome = await signInWithPasskey(client, { autofill: true });
      window.clearTimeout(renewTimer.current);
      autofillPending.current = false;
      if (!active) return;
      if (outcome.ok) return latest.current.finish('passkey');
      // Renewed, or replaced by the button's ceremony (which starts it again when it fails).
      if (outcome.problem.kind === 'aborted') return startAutofill.current();
      // A passkey was picked and the server refused it; anything else the citizen never asked for.
      if (outcome.problem.kind === 'refused')
        fail(passkeyErrors(outcome.problem, latest.current.t));
    };
    void startAutofill.current();
    return () => {
      active = false;
      window.clearTimeout(renewTimer.current);
      cancelPasskeyCeremony();
    };
  }, []);

  async function withPasskey() {
    if (busy.current) return;
    busy.current = true;
    buttonCeremony.current = true;
    window.clearTimeout(renewTimer.current);
    const outcome = await signInWithPasskey(client, { autofill: false });
    busy.current = false;
    buttonCeremony.current = false;
    if (outcome.ok) return finish('passkey');
    const list = passkeyErrors(outcome.problem, t);
    if (list.length > 0) fail(list);
    void startAutofill.current();
  }

  async function withPassword(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    const list: FormError[] = [];
    const emailProblem = validateEmail(email);
    if (emailProblem) list.push({ field: 'email', message: t(emailProblem) });
    if (!password) list.push({ field: 'password', message: t('signIn.password.required') });
    if (list.length > 0) return fail(list);
    busy.current = true;
    const result = await signInWithPassword({ input: { email: email.trim(), password } });
    busy.current = false;
    const payload = result.data?.signInWithPassword;
    if (!payload) return fail([{ field: null, message: t('errors.connection') }]);
    if (payload.userErrors.length > 0) return fail(passwordFormErrors(payload.userErrors));
    setErrors([]);
    setPassword('');
    await finish('password');
  }

  if (completing) return <Loading />;
  // Signed in already (a link to this page, the back button): on to where the citizen wanted.
  if (session.status === 'signedIn') return <Redirect to={target} />;

  const heading = t('signIn.heading');
  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      {supported && (
        <section class="sign-in-option" aria-labelledby="passkey-heading">
          <h2 id="passkey-heading" class="kern-heading-medium">
            {t('signIn.passkey.heading')}
          </h2>
          <p class="kern-body">{t('signIn.passkey.text')}</p>
          <button type="button" class="kern-btn kern-btn--primary" onClick={withPasskey}>
            <span class="kern-icon kern-icon--account-circle" aria-hidden="true" />
            <span class="kern-label">{t('signIn.passkey.button')}</span>
          </button>
        </section>
      )}
      <section class="sign-in-option" aria-labelledby="password-heading">
        <h2 id="password-heading" class="kern-heading-medium">
          {t('signIn.password.heading')}
        </h2>
        <form noValidate class="form-stack" onSubmit={withPassword}>
          <TextField
            id="email"
            name="email"
            type="email"
            label={t('signIn.email.label')}
            // "webauthn": the browser offers this site's passkeys among the field's suggestions.
            autocomplete="username webauthn"
            inputMode="email"
            spellcheck={false}
            value={email}
            onValue={setEmail}
            error={errorOf('email')}
          />
          <TextField
            id="password"
            name="password"
            type="password"
            label={t('signIn.password.label')}
            autocomplete="current-password"
            spellcheck={false}
            maxLength={200}
            value={password}
            onValue={setPassword}
            error={errorOf('password')}
          />
          <div class="form-actions">
            <button
              type="submit"
              class={`kern-btn ${supported ? 'kern-btn--secondary' : 'kern-btn--primary'}`}
            >
              <span class="kern-label">{t('signIn.submit')}</span>
            </button>
          </div>
        </form>
      </section>
      {provider && (
        <section class="sign-in-option" aria-labelledby="provider-heading">
          <h2 id="provider-heading" class="kern-heading-medium">
            {t('signIn.provider.heading')}
          </h2>
          <p class="kern-body">
            <a class="kern-btn kern-btn--secondary" href={provider.startUrl}>
              <span class="kern-label">
                {t('signIn.provider.button', { label: provider.label })}
              </span>
            </a>
          </p>
        </section>
      )}
      <section class="sign-in-option" aria-labelledby="register-heading">
        <h2 id="register-heading" class="kern-heading-medium">
          {t('signIn.noAccount')}
        </h2>
        <p class="kern-body">
          <a class="kern-link" href={paths.register()}>
            {t('signIn.register')}
          </a>
        </p>
      </section>
    </>
  );
}
