import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AccountPage } from '../components/account-page';
import { formErrorOf, TextField, type FormError } from '../components/form';
import { PageHeading } from '../components/page-heading';
import { SignedInOnly } from '../components/signed-in-only';
import { useApiTextLang } from '../components/api-text';
import { AccountErrorCode } from '../gql/graphql';
import { DeleteAccountQuery, DeleteMyAccountMutation } from '../graphql/my-account';
import { KeptApplicationsQuery } from './applications/documents';
import type { KeptApplicationsQuery as KeptApplicationsResult } from './applications/gql/graphql';
import { createFormats } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';
import { validateEmail } from '../lib/validation';

/**
 * The API deletes without the password within 5 minutes of this device's sign-in
 * (DeleteMyAccountInput.password); the page asks for it a minute earlier, leaving time to type
 * the address. Should the clocks disagree, the API's REAUTHENTICATION_REQUIRED brings the field.
 */
const WITHOUT_PASSWORD_MS = 4 * 60_000;

const FIELDS = ['confirmEmail', 'password'] as const;

function DeleteAccount() {
  const { t } = useI18n();
  const client = useClient();
  const { refresh } = useSession();
  const [, deleteMyAccount] = useMutation(DeleteMyAccountMutation);
  /** The account's address, whether the page asks for the password, and its applications. */
  const [loaded, setLoaded] = useState<{
    email: string;
    askPassword: boolean;
    applications: Applications;
  } | null>(null);
  const [failed, setFailed] = useState(false);
  const [confirmEmail, setConfirmEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);

  async function load() {
    const [result, applications] = await Promise.all([
      client.query(DeleteAccountQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
      client.query(KeptApplicationsQuery, {}, { requestPolicy: 'network-only' }).toPromise(),
    ]);
    if (!result.data || !applications.data) {
      setFailed(true);
      return;
    }
    const me = result.data.me;
    // The session ended meanwhile (signed out from another device): the page sends to sign-in.
    if (!me) return void refresh();
    const current = me.sessions.find((session) => session.current);
    const recent = !!current && Date.now() - Date.parse(current.createdAt) < WITHOUT_PASSWORD_MS;
    setFailed(false);
    setLoaded({
      email: me.email,
      askPassword: !recent,
      applications: applications.data.myApplications.edges.map((edge) => edge.node),
    });
  }

  useEffect(() => {
    void load();
  }, []);

  const fail = (list: FormError[]) => {
    setErrors(list);
    setAttempt((value) => value + 1);
  };

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.current || !loaded) return;
    const list: FormError[] = [];
    const emailProblem = validateEmail(confirmEmail);
    if (emailProblem) list.push({ field: 'confirmEmail', message: t(emailProblem) });
    if (loaded.askPassword && !password) {
      list.push({ field: 'password', message: t('deleteAccount.password.required') });
    }
    if (list.length > 0) return fail(list);
    busy.current = true;
    const result = await deleteMyAccount({
      input: { confirmEmail: confirmEmail.trim(), password: loaded.askPassword ? password : null },
    });
    busy.current = false;
    const payload = result.data?.deleteMyAccount;
    if (!payload) return fail([{ field: null, message: t('errors.connection') }]);
    if (payload.userErrors.length > 0) {
      if (payload.userErrors.some((e) => e.code === AccountErrorCode.REAUTHENTICATION_REQUIRED)) {
        setLoaded({ ...loaded, askPassword: true });
      }
      return fail(payload.userErrors.map((error) => formErrorOf(error, FIELDS)));
    }
    // A new page load, as after signing out: nothing of this person stays in the page's memory
    // or in the booking answers of this tab.
    const { forgetBookingDraft } = await import('../lib/booking-draft');
    forgetBookingDraft();
    location.assign(paths.accountDeleted());
  }

  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  return (
    <AccountPage
      heading={t('deleteAccount.heading')}
      errors={errors}
      attempt={attempt}
      data={loaded}
      failed={failed}
      retry={() => void load()}
    >
      {(loaded) => (
        <>
          <p class="kern-body">{t('deleteAccount.intro')}</p>
          <ul class="kern-list kern-list--bullet">
            <li>{t('deleteAccount.appointments')}</li>
            <li>{t('deleteAccount.data')}</li>
            <li>{t('deleteAccount.devices')}</li>
            <li>{t('deleteAccount.log')}</li>
            {loaded.applications.some((application) => !application.keptUntil) && (
              <li>{t('deleteAccount.applications')}</li>
            )}
          </ul>
          <KeptApplications applications={loaded.applications} />
          <p class="kern-body">{t('deleteAccount.final')}</p>
          <p class="kern-body">
            <a class="kern-link" href={paths.myData()}>
              {t('deleteAccount.exportFirst')}
            </a>
          </p>
          <form noValidate class="form-stack" onSubmit={submit}>
            <TextField
              id="confirmEmail"
              name="confirmEmail"
              type="email"
              label={t('deleteAccount.confirmEmail.label')}
              hint={t('deleteAccount.confirmEmail.hint', { email: loaded.email })}
              autocomplete="off"
              inputMode="email"
              spellcheck={false}
              value={confirmEmail}
              onValue={setConfirmEmail}
              error={errorOf('confirmEmail')}
            />
            {loaded.askPassword && (
              <TextField
                id="password"
                name="password"
                type="password"
                label={t('deleteAccount.password.label')}
                hint={t('deleteAccount.password.hint')}
                autocomplete="current-password"
                spellcheck={false}
                maxLength={200}
                value={password}
                onValue={setPassword}
                error={errorOf('password')}
              />
            )}
            <div class="button-group">
              <button type="submit" class="kern-btn kern-btn--primary button--warning">
                <span class="kern-label">{t('deleteAccount.submit')}</span>
              </button>
              <a class="kern-btn kern-btn--secondary" href={paths.myTownHall()}>
                <span class="kern-label">{t('deleteAccount.cancel')}</span>
              </a>
            </div>
          </form>
        </>
      )}
    </AccountPage>
  );
}

type Applications = KeptApplicationsResult['myApplications']['edges'][number]['node'][];

/**
 * The decided applications that the town hall must keep after the account is gone, without the
 * person's name, each until the end of its retention period (docs/retention.md).
 */
function KeptApplications(props: { applications: Applications }) {
  const { t, locale } = useI18n();
  const textLang = useApiTextLang();
  const formats = createFormats(locale);
  const kept = props.applications.filter((application) => application.keptUntil);
  if (kept.length === 0) return null;
  return (
    <>
      <p class="kern-body">{t('deleteAccount.keptApplications')}</p>
      <ul class="kern-list kern-list--bullet">
        {kept.map((application) => (
          <li key={application.id}>
            {t('deleteAccount.keptApplication', {
              reference: application.reference ?? '',
              until: formats.instantDay(application.keptUntil as string),
            })}{' '}
            <span lang={textLang}>{application.service.name}</span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * "Delete my account": what deleting means, the address typed again, and the password unless
 * this device signed in a moment ago; it ends on "Your account has been deleted".
 */
export function DeleteAccountPage() {
  return <SignedInOnly>{() => <DeleteAccount />}</SignedInOnly>;
}

/** Where deleting the account ends, after a new page load: no one is signed in any more. */
export function AccountDeletedPage() {
  const { t } = useI18n();
  const heading = t('accountDeleted.heading');
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p class="kern-body">{t('accountDeleted.text')}</p>
      <p class="kern-body">
        <a class="kern-link" href={paths.start()}>
          {t('notFound.link')}
        </a>
      </p>
    </>
  );
}
