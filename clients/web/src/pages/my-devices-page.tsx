import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AccountPage } from '../components/account-page';
import { focusField, TextField, type FormError } from '../components/form';
import { SignedInOnly } from '../components/signed-in-only';
import { SessionType, type MyDevicesQuery as MyDevicesResult } from '../gql/graphql';
import {
  MyDevicesQuery,
  RemovePasskeyMutation,
  RenamePasskeyMutation,
  RevokeSessionMutation,
} from '../graphql/my-account';
import { createFormats } from '../i18n/format';
import { useI18n, type Translator } from '../i18n/i18n';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';
import { describeUserAgent } from '../lib/user-agent';

type Me = NonNullable<MyDevicesResult['me']>;
type Passkey = Me['passkeys'][number];
type Session = Me['sessions'][number];

/** The longest passkey name the API takes (RenamePasskeyInput.name). */
const NAME_MAX = 100;

/** "3. Dezember 2026, 10:12 Uhr": a moment in the town's time zone, in the page's language. */
function useMoment() {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  return (instant: string) =>
    t('devices.moment', { day: formats.instantDay(instant), time: formats.clock(instant) });
}

/** What the citizen is doing with one passkey: looking, renaming it, or confirming its removal. */
type PasskeyMode = 'show' | 'rename' | 'remove';

function PasskeyItem(props: {
  passkey: Passkey;
  /** Saves a new name; resolves to the problems (empty: renamed). */
  rename: (name: string) => Promise<FormError[]>;
  remove: () => Promise<void>;
}) {
  const { t } = useI18n();
  const moment = useMoment();
  const { passkey } = props;
  const [mode, setMode] = useState<PasskeyMode>('show');
  const [name, setName] = useState(passkey.name);
  const [error, setError] = useState<string | undefined>();
  const busy = useRef(false);
  const fieldId = `passkey-name-${passkey.id}`;
  const title = useRef<HTMLHeadingElement>(null);
  const renameButton = useRef<HTMLButtonElement>(null);
  const removeButton = useRef<HTMLButtonElement>(null);
  const question = useRef<HTMLParagraphElement>(null);
  /** Where the focus goes after the mode changed, so keyboard users stay where they were. */
  const focusAfter = useRef<'field' | 'title' | 'rename' | 'remove' | 'question' | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'field') focusField(fieldId);
    else if (target === 'title') title.current?.focus();
    else if (target === 'rename') renameButton.current?.focus();
    else if (target === 'remove') removeButton.current?.focus();
    else if (target === 'question') question.current?.focus();
  });

  function show(next: PasskeyMode, focus: NonNullable<typeof focusAfter.current>) {
    focusAfter.current = focus;
    setMode(next);
  }

  async function save(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    const trimmed = name.trim();
    const problem = !trimmed
      ? t('devices.passkeys.name.required')
      : trimmed.length > NAME_MAX
        ? t('devices.passkeys.name.tooLong', { max: NAME_MAX })
        : undefined;
    if (problem) {
      setError(problem);
      focusField(fieldId);
      return;
    }
    busy.current = true;
    const problems = await props.rename(trimmed);
    busy.current = false;
    const atField = problems.find((entry) => entry.field === 'name');
    if (atField) {
      setError(atField.message);
      focusField(fieldId);
      return;
    }
    setError(undefined);
    if (problems.length === 0) show('show', 'title');
  }

  async function confirmRemoval(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    await props.remove();
    busy.current = false;
  }

  return (
    <li class="device-list__item">
      <h3 ref={title} tabIndex={-1} class="kern-heading-small device-list__title">
        {passkey.name}
      </h3>
      <p class="kern-body">
        {t('devices.passkeys.created', { when: moment(passkey.createdAt) })}
        <br />
        {passkey.lastUsedAt
          ? t('devices.passkeys.lastUsed', { when: moment(passkey.lastUsedAt) })
          : t('devices.passkeys.neverUsed')}
        <br />
        {passkey.backedUp ? t('devices.passkeys.synced') : t('devices.passkeys.notSynced')}
      </p>
      {mode === 'rename' && (
        <form noValidate onSubmit={save} class="device-list__form">
          <TextField
            id={fieldId}
            name="name"
            label={t('devices.passkeys.name.label')}
            hint={t('devices.passkeys.name.hint', { max: NAME_MAX })}
            error={error}
            value={name}
            onValue={setName}
            autocomplete="off"
          />
          <div class="button-group">
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('devices.passkeys.save')}</span>
            </button>
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              onClick={() => {
                setName(passkey.name);
                setError(undefined);
                show('show', 'rename');
              }}
            >
              <span class="kern-label">{t('devices.cancel')}</span>
            </button>
          </div>
        </form>
      )}
      {mode === 'remove' && (
        <form noValidate onSubmit={confirmRemoval} class="device-list__form">
          <p ref={question} tabIndex={-1} class="kern-body device-list__question">
            {t('devices.passkeys.remove.question', { name: passkey.name })}
          </p>
          <p class="kern-body">{t('devices.passkeys.remove.text')}</p>
          <div class="button-group">
            <button type="submit" class="kern-btn kern-btn--primary button--warning">
              <span class="kern-label">{t('devices.passkeys.remove.yes')}</span>
            </button>
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              onClick={() => show('show', 'remove')}
            >
              <span class="kern-label">{t('devices.cancel')}</span>
            </button>
          </div>
        </form>
      )}
      {mode === 'show' && (
        <div class="button-group device-list__actions">
          <button
            ref={renameButton}
            type="button"
            class="kern-btn kern-btn--secondary"
            aria-label={t('devices.passkeys.renameNamed', { name: passkey.name })}
            onClick={() => show('rename', 'field')}
          >
            <span class="kern-label">{t('devices.passkeys.rename')}</span>
          </button>
          <button
            ref={removeButton}
            type="button"
            class="kern-btn kern-btn--secondary"
            aria-label={t('devices.passkeys.removeNamed', { name: passkey.name })}
            onClick={() => show('remove', 'question')}
          >
            <span class="kern-label">{t('devices.passkeys.remove')}</span>
          </button>
        </div>
      )}
    </li>
  );
}

/** "Chrome on Android", in plain words, from what the device said it was. */
function deviceName(t: Translator['t'], userAgent: string | null | undefined): string {
  const { browser, system } = describeUserAgent(userAgent);
  if (browser && system) return t('devices.sessions.browserOn', { browser, system });
  return browser ?? system ?? t('devices.sessions.unknown');
}

function SessionItem(props: { session: Session; device: string; revoke: () => Promise<void> }) {
  const { t } = useI18n();
  const moment = useMoment();
  const { session, device } = props;
  const busy = useRef(false);
  const kind =
    session.type === SessionType.BEARER ? t('devices.sessions.app') : t('devices.sessions.browser');
  return (
    <li class="device-list__item">
      <h3 class="kern-heading-small device-list__title">{device}</h3>
      {session.current && (
        <p class="device-list__current">
          <span class="kern-icon kern-icon--check" aria-hidden="true" />
          {t('devices.sessions.thisDevice')}
        </p>
      )}
      <p class="kern-body">
        {kind}
        <br />
        {t('devices.sessions.lastUsed', { when: moment(session.lastUsedAt) })}
        <br />
        {t('devices.sessions.since', { when: moment(session.createdAt) })}
      </p>
      {!session.current && (
        <p>
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            aria-label={t('devices.sessions.revokeNamed', { device })}
            onClick={async () => {
              if (busy.current) return;
              busy.current = true;
              await props.revoke();
              busy.current = false;
            }}
          >
            <span class="kern-label">{t('devices.sessions.revoke')}</span>
          </button>
        </p>
      )}
    </li>
  );
}

function MyDevices() {
  const { t } = useI18n();
  const client = useClient();
  const { refresh } = useSession();
  const [me, setMe] = useState<Me | null>(null);
  const [failed, setFailed] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [, renamePasskey] = useMutation(RenamePasskeyMutation);
  const [, removePasskey] = useMutation(RemovePasskeyMutation);
  const [, revokeSession] = useMutation(RevokeSessionMutation);
  const passkeysHeading = useRef<HTMLHeadingElement>(null);
  const sessionsHeading = useRef<HTMLHeadingElement>(null);

  async function load() {
    const result = await client
      .query(MyDevicesQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) {
      setFailed(true);
      return;
    }
    // The session ended meanwhile (signed out from another device): the page sends to sign-in.
    if (!result.data.me) return void refresh();
    setFailed(false);
    setMe(result.data.me);
  }

  useEffect(() => {
    void load();
  }, []);

  /** Shows the refusals at the top (or nothing), and tells whether there were any. */
  function report(problems: FormError[]): boolean {
    setErrors(problems);
    if (problems.length > 0) setAttempt((value) => value + 1);
    return problems.length > 0;
  }

  function connectionLost(): FormError[] {
    return [{ field: null, message: t('errors.connection') }];
  }

  async function rename(passkey: Passkey, name: string): Promise<FormError[]> {
    setDone(null);
    const result = await renamePasskey({ input: { passkeyId: passkey.id, name } });
    const payload = result.data?.renamePasskey;
    if (!payload) {
      report(connectionLost());
      return connectionLost();
    }
    const problems = payload.userErrors.map((error) => ({
      field: error.field?.[0] === 'name' ? 'name' : null,
      message: error.message,
    }));
    // A problem of the name is shown at the field; others (gone meanwhile) at the top.
    report(problems.filter((problem) => problem.field === null));
    if (problems.length > 0) {
      await load();
      return problems;
    }
    setDone(t('devices.passkeys.renamed', { name }));
    await load();
    return [];
  }

  async function remove(passkey: Passkey) {
    setDone(null);
    const result = await removePasskey({ input: { passkeyId: passkey.id } });
    const payload = result.data?.removePasskey;
    if (report(payload ? payload.userErrors.map(toFormError) : connectionLost())) return;
    setDone(t('devices.passkeys.removed', { name: passkey.name }));
    await load();
    passkeysHeading.current?.focus();
  }

  async function revoke(session: Session, device: string) {
    setDone(null);
    const result = await revokeSession({ input: { sessionId: session.id } });
    const payload = result.data?.revokeSession;
    if (report(payload ? payload.userErrors.map(toFormError) : connectionLost())) return;
    setDone(t('devices.sessions.revoked', { device }));
    await load();
    sessionsHeading.current?.focus();
  }

  return (
    <AccountPage
      heading={t('devices.heading')}
      errors={errors}
      attempt={attempt}
      lead={
        <>
          <p class="kern-body lead">{t('devices.intro')}</p>
          <p class="kern-body" role="status">
            {done}
          </p>
        </>
      }
      data={me}
      failed={failed}
      retry={() => void load()}
    >
      {(me) => (
        <>
          <section class="section" aria-labelledby="passkeys-heading">
            <h2
              id="passkeys-heading"
              ref={passkeysHeading}
              tabIndex={-1}
              class="kern-heading-medium"
            >
              {t('devices.passkeys.heading')}
            </h2>
            <p class="kern-body">{t('devices.passkeys.text')}</p>
            {me.passkeys.length > 0 ? (
              <ul class="device-list">
                {me.passkeys.map((passkey) => (
                  <PasskeyItem
                    key={passkey.id}
                    passkey={passkey}
                    rename={(name) => rename(passkey, name)}
                    remove={() => remove(passkey)}
                  />
                ))}
              </ul>
            ) : (
              <p class="kern-body">{t('devices.passkeys.none')}</p>
            )}
            <p>
              <a class="kern-link" href={paths.createPasskey(paths.myDevices())}>
                {t('devices.passkeys.add')}
              </a>
            </p>
          </section>
          <section class="section" aria-labelledby="sessions-heading">
            <h2
              id="sessions-heading"
              ref={sessionsHeading}
              tabIndex={-1}
              class="kern-heading-medium"
            >
              {t('devices.sessions.heading')}
            </h2>
            <p class="kern-body">{t('devices.sessions.text')}</p>
            <ul class="device-list">
              {me.sessions.map((session) => {
                const device = deviceName(t, session.userAgent);
                return (
                  <SessionItem
                    key={session.id}
                    session={session}
                    device={device}
                    revoke={() => revoke(session, device)}
                  />
                );
              })}
            </ul>
          </section>
        </>
      )}
    </AccountPage>
  );
}

function toFormError(error: { message: string }): FormError {
  return { field: null, message: error.message };
}

/**
 * "My devices": the citizen's passkeys (rename, remove after a confirmation) and the devices
 * signed in to the account, each other one with "sign out this device".
 */
export function MyDevicesPage() {
  return <SignedInOnly>{() => <MyDevices />}</SignedInOnly>;
}
