import { useMutation } from '@urql/preact';
import { useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ErrorSummary, TextField, type FormError } from '../components/form';
import { StartLink } from '../components/links';
import { PageHeading } from '../components/page-heading';
import type { AccountErrorCode } from '../gql/graphql';
import { AcceptInvitationMutation, VerifyEmailMutation } from '../graphql/accounts';
import { useI18n, type MessageKey } from '../i18n/i18n';
import { paths } from '../lib/routes';
import { rememberConfirmedEmail, useSession } from '../lib/session';

type Kind = 'verifyEmail' | 'invitation';

type Payload = {
  account?: { email?: string | null } | null;
  userErrors: Array<{ code: AccountErrorCode; field?: string[] | null; message: string }>;
};

const TEXTS: Record<
  Kind,
  { heading: MessageKey; intro: MessageKey; submit: MessageKey; done: MessageKey }
> = {
  verifyEmail: {
    heading: 'verifyEmail.heading',
    intro: 'verifyEmail.intro',
    submit: 'verifyEmail.submit',
    done: 'verifyEmail.done.heading',
  },
  invitation: {
    heading: 'invitation.heading',
    intro: 'invitation.intro',
    submit: 'invitation.submit',
    done: 'invitation.done.heading',
  },
};

/**
 * Where the links in e-mails lead: the verification link (/verify-email) and the staff invitation
 * (/accept-invitation). Whoever opens the link holds the mailbox, so they choose the password
 * here; the link itself signs nobody in (security review #13), so the page ends by leading on to
 * the sign-in, with the address filled in.
 */
function EmailLinkPage(props: { kind: Kind }) {
  const { t } = useI18n();
  const { query } = useRoute();
  const token = query.token ?? '';
  const texts = TEXTS[props.kind];
  const [, verify] = useMutation(VerifyEmailMutation);
  const [, accept] = useMutation(AcceptInvitationMutation);
  const { refresh } = useSession();
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [doneFor, setDoneFor] = useState<string | null>(null);
  const busy = useRef(false);

  const fail = (list: FormError[]) => {
    setErrors(list);
    setAttempt((value) => value + 1);
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    if (password.length === 0) {
      return fail([{ field: 'password', message: t('emailLink.password.required') }]);
    }
    if (password.length < 10 || password.length > 200) {
      return fail([{ field: 'password', message: t('emailLink.password.length') }]);
    }
    busy.current = true;
    const input = { token, password };
    const payload: Payload | undefined =
      props.kind === 'verifyEmail'
        ? (await verify({ input })).data?.verifyEmail
        : (await accept({ input })).data?.acceptInvitation;
    busy.current = false;
    if (!payload) return fail([{ field: null, message: t('errors.connection') }]);
    if (payload.userErrors.length > 0) {
      return fail(
        payload.userErrors.map((error) => ({
          field: error.field?.[0] === 'password' ? 'password' : null,
          message: error.message,
        })),
      );
    }
    setErrors([]);
    setPassword('');
    const email = payload.account?.email ?? '';
    rememberConfirmedEmail(email);
    setDoneFor(email);
    // Confirming ended every session of the account, perhaps this browser's too.
    void refresh();
  }

  if (doneFor !== null) {
    return (
      <>
        <PageHeading title={t(texts.done)}>{t(texts.done)}</PageHeading>
        <p class="kern-body">{t('emailLink.done.text', { email: doneFor })}</p>
        <StartLink href={paths.signIn()}>{t('emailLink.continue')}</StartLink>
      </>
    );
  }

  const heading = t(texts.heading);
  if (!token) {
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{t('emailLink.missingToken')}</p>
      </>
    );
  }
  return (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <p class="kern-body">{t(texts.intro)}</p>
      <form noValidate class="form-stack" onSubmit={submit}>
        <TextField
          id="password"
          name="password"
          type="password"
          label={t('emailLink.password.label')}
          hint={t('emailLink.password.hint')}
          autocomplete="new-password"
          spellcheck={false}
          maxLength={200}
          value={password}
          onValue={setPassword}
          error={errors.find((error) => error.field === 'password')?.message}
        />
        <div class="form-actions">
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{t(texts.submit)}</span>
          </button>
        </div>
      </form>
    </>
  );
}

export function VerifyEmailPage() {
  return <EmailLinkPage kind="verifyEmail" />;
}

export function AcceptInvitationPage() {
  return <EmailLinkPage kind="invitation" />;
}
