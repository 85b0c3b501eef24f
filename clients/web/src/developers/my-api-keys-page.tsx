import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { AccountPage } from '../components/account-page';
import { TextField, type FormError } from '../components/form';
import { SignedInOnly } from '../components/signed-in-only';
import { Loading } from '../components/status';
import type { MyApiKeysQuery as MyApiKeysResult } from '../gql/graphql';
import { CreateMyApiKeyMutation, MyApiKeysQuery, RevokeMyApiKeyMutation } from './graphql';
import { createFormats } from '../i18n/format';
import type { Translator } from '@rathaus/client-shared/i18n';
import { useApiKeysTexts } from '../i18n/pages/api-keys/texts';
import type de from '../i18n/pages/api-keys/de.json';
import { useI18n } from '../i18n/i18n';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';

type ApiKey = NonNullable<MyApiKeysResult['me']>['apiKeys'][number];
type Created = { name: string; key: string };
type Texts = Translator<typeof de>;

/** The longest key name the API takes (CreateApiKeyInput.name). */
const NAME_MAX = 100;

/** "3. Dezember 2026, 10:12 Uhr": a moment in the town's time zone, in the page's language. */
function useMoment() {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  return (instant: string) =>
    t('devices.moment', { day: formats.instantDay(instant), time: formats.clock(instant) });
}

/**
 * The secret of a key just made: the API returns it once and keeps only its hash, so the page
 * shows it until the citizen leaves and says so, with a button that copies it.
 */
function NewKey(props: { created: Created; texts: Texts }) {
  const x = props.texts.t;
  const [copied, setCopied] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [props.created.key]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(props.created.key);
      setCopied(x('myApiKeys.secret.copied'));
    } catch {
      setCopied(x('myApiKeys.secret.copyFailed'));
    }
  }

  return (
    <section class="section section--muted" aria-labelledby="new-key-heading">
      <h2 id="new-key-heading" ref={heading} tabIndex={-1} class="kern-heading-medium">
        {x('myApiKeys.secret.heading', { name: props.created.name })}
      </h2>
      <div class="kern-alert kern-alert--warning">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--warning" aria-hidden="true" />
          <span class="kern-title">{x('myApiKeys.secret.onceTitle')}</span>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">{x('myApiKeys.secret.onceText')}</p>
        </div>
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for="new-key-value">
          {x('myApiKeys.secret.label')}
        </label>
        <input
          id="new-key-value"
          class="kern-form-input__input api-key-secret"
          readOnly
          value={props.created.key}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      <p class="kern-body">{x('myApiKeys.secret.use')}</p>
      <p>
        <button type="button" class="kern-btn kern-btn--secondary" onClick={() => void copy()}>
          <span class="kern-icon kern-icon--content-copy" aria-hidden="true" />
          <span class="kern-label">{x('myApiKeys.secret.copy')}</span>
        </button>
      </p>
      <p class="kern-body" role="status">
        {copied}
      </p>
    </section>
  );
}

function KeyItem(props: { apiKey: ApiKey; texts: Texts; revoke: () => Promise<void> }) {
  const { t } = useI18n();
  const x = props.texts.t;
  const moment = useMoment();
  const { apiKey } = props;
  const [asking, setAsking] = useState(false);
  const busy = useRef(false);
  const question = useRef<HTMLParagraphElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  /** Where the focus goes after the question opened or closed, so keyboard users stay put. */
  const focusAfter = useRef<'question' | 'revoke' | null>(null);

  useEffect(() => {
    const target = focusAfter.current;
    focusAfter.current = null;
    if (target === 'question') question.current?.focus();
    else if (target === 'revoke') revokeButton.current?.focus();
  });

  function ask(next: boolean) {
    focusAfter.current = next ? 'question' : 'revoke';
    setAsking(next);
  }

  async function confirm(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    busy.current = true;
    await props.revoke();
    busy.current = false;
  }

  return (
    <li class="device-list__item">
      <h3 class="kern-heading-small device-list__title">{apiKey.name}</h3>
      <p class="kern-body">
        {x('myApiKeys.prefix', { prefix: apiKey.prefix })}
        <br />
        {x('myApiKeys.created', { when: moment(apiKey.createdAt) })}
        <br />
        {apiKey.lastUsedAt
          ? x('myApiKeys.lastUsed', { when: moment(apiKey.lastUsedAt) })
          : x('myApiKeys.neverUsed')}
      </p>
      {apiKey.scopes.length > 0 && (
        <>
          <p class="kern-body">{x('myApiKeys.scopes')}</p>
          <ul class="kern-list">
            {apiKey.scopes.map((grant) => (
              <li key={`${grant.scope}:${grant.office.id}`}>
                {x(`myApiKeys.scope.${grant.scope}`, { office: grant.office.name })}
              </li>
            ))}
          </ul>
        </>
      )}
      {apiKey.revokedAt ? (
        <p class="status-tag status-tag--cancelled">
          <span class="kern-icon kern-icon--close" aria-hidden="true" />
          {x('myApiKeys.revokedAt', { when: moment(apiKey.revokedAt) })}
        </p>
      ) : asking ? (
        <form noValidate onSubmit={confirm} class="device-list__form">
          <p ref={question} tabIndex={-1} class="kern-body device-list__question">
            {x('myApiKeys.revoke.question', { name: apiKey.name })}
          </p>
          <p class="kern-body">{x('myApiKeys.revoke.text')}</p>
          <div class="button-group">
            <button type="submit" class="kern-btn kern-btn--primary button--warning">
              <span class="kern-label">{x('myApiKeys.revoke.yes')}</span>
            </button>
            <button type="button" class="kern-btn kern-btn--secondary" onClick={() => ask(false)}>
              <span class="kern-label">{t('devices.cancel')}</span>
            </button>
          </div>
        </form>
      ) : (
        <p>
          <button
            ref={revokeButton}
            type="button"
            class="kern-btn kern-btn--secondary"
            aria-label={x('myApiKeys.revokeNamed', { name: apiKey.name })}
            onClick={() => ask(true)}
          >
            <span class="kern-label">{x('myApiKeys.revoke')}</span>
          </button>
        </p>
      )}
    </li>
  );
}

/** The form for a new key; its problems show in the page's one error summary. */
function CreateKey(props: {
  /** The problem of the name field, if any. */
  error: string | undefined;
  report: (problems: FormError[]) => void;
  onCreated: (created: Created) => void;
  texts: Texts;
}) {
  const { t } = useI18n();
  const x = props.texts.t;
  const [name, setName] = useState('');
  const [, create] = useMutation(CreateMyApiKeyMutation);
  const busy = useRef(false);
  const { report } = props;

  async function submit(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    const trimmed = name.trim();
    const problem = !trimmed
      ? x('myApiKeys.name.required')
      : trimmed.length > NAME_MAX
        ? x('myApiKeys.name.tooLong', { max: NAME_MAX })
        : undefined;
    if (problem) return report([{ field: 'key-name', message: problem }]);
    busy.current = true;
    const result = await create({ input: { name: trimmed } });
    busy.current = false;
    const payload = result.data?.createApiKey;
    if (!payload) return report([{ field: null, message: t('errors.connection') }]);
    if (payload.userErrors.length > 0 || !payload.key || !payload.apiKey) {
      return report(
        payload.userErrors.map((error) => ({
          field: error.field?.[0] === 'name' ? 'key-name' : null,
          message: error.message,
        })),
      );
    }
    report([]);
    setName('');
    props.onCreated({ name: payload.apiKey.name, key: payload.key });
  }

  return (
    <section class="section" aria-labelledby="create-key-heading">
      <h2 id="create-key-heading" class="kern-heading-medium">
        {x('myApiKeys.create.heading')}
      </h2>
      <form noValidate onSubmit={submit}>
        <TextField
          id="key-name"
          name="name"
          label={x('myApiKeys.name.label')}
          hint={x('myApiKeys.name.hint', { max: NAME_MAX })}
          error={props.error}
          value={name}
          onValue={setName}
          autocomplete="off"
        />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{x('myApiKeys.create.button')}</span>
        </button>
      </form>
    </section>
  );
}

function MyApiKeys(props: { texts: Texts }) {
  const { t } = useI18n();
  const x = props.texts.t;
  const client = useClient();
  const { refresh } = useSession();
  const [keys, setKeys] = useState<ApiKey[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [done, setDone] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [, revokeKey] = useMutation(RevokeMyApiKeyMutation);
  const keysHeading = useRef<HTMLHeadingElement>(null);

  async function load() {
    const result = await client
      .query(MyApiKeysQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) {
      setFailed(true);
      return;
    }
    // The session ended meanwhile (signed out from another device): the page sends to sign-in.
    if (!result.data.me) return void refresh();
    setFailed(false);
    setKeys(result.data.me.apiKeys);
  }

  useEffect(() => {
    void load();
  }, []);

  /** Shows the problems in the summary at the top (or none), which takes the focus. */
  function report(problems: FormError[]) {
    setErrors(problems);
    if (problems.length > 0) setAttempt((value) => value + 1);
  }

  async function revoke(apiKey: ApiKey) {
    setDone(null);
    const result = await revokeKey({ input: { apiKeyId: apiKey.id } });
    const payload = result.data?.revokeApiKey;
    const problems = payload
      ? payload.userErrors.map((error) => ({ field: null, message: error.message }))
      : [{ field: null, message: t('errors.connection') }];
    report(problems);
    if (problems.length > 0) return;
    setDone(x('myApiKeys.revoked', { name: apiKey.name }));
    await load();
    keysHeading.current?.focus();
  }

  return (
    <AccountPage
      heading={x('myApiKeys.heading')}
      errors={errors}
      attempt={attempt}
      lead={
        <>
          <p class="kern-body lead">{x('myApiKeys.intro')}</p>
          <p class="kern-body">
            <a class="kern-link" href={paths.developers()}>
              {x('myApiKeys.developers')}
            </a>
          </p>
          <p class="kern-body" role="status">
            {done}
          </p>
        </>
      }
      data={keys}
      failed={failed}
      retry={() => void load()}
    >
      {(keys) => (
        <>
          {created && <NewKey created={created} texts={props.texts} />}
          <section class="section" aria-labelledby="keys-heading">
            <h2 id="keys-heading" ref={keysHeading} tabIndex={-1} class="kern-heading-medium">
              {x('myApiKeys.list.heading')}
            </h2>
            {keys.length > 0 ? (
              <ul class="device-list">
                {keys.map((apiKey) => (
                  <KeyItem
                    key={apiKey.id}
                    apiKey={apiKey}
                    texts={props.texts}
                    revoke={() => revoke(apiKey)}
                  />
                ))}
              </ul>
            ) : (
              <p class="kern-body">{x('myApiKeys.none')}</p>
            )}
          </section>
          <CreateKey
            texts={props.texts}
            error={errors.find((error) => error.field === 'key-name')?.message}
            report={(problems) => {
              setDone(null);
              report(problems);
            }}
            onCreated={(next) => {
              setDone(null);
              setCreated(next);
              void load();
            }}
          />
        </>
      )}
    </AccountPage>
  );
}

/**
 * "API keys": the signed-in account's keys for the public API (name, when made and last used,
 * revoked or not); a new one with a name, its secret shown this once; revoking after a question.
 */
export function MyApiKeysPage() {
  return <SignedInOnly>{() => <WithTexts />}</SignedInOnly>;
}

/** The page's texts are a chunk of their own (src/i18n/pages/api-keys/), in every language. */
function WithTexts() {
  const texts = useApiKeysTexts();
  return texts ? <MyApiKeys texts={texts} /> : <Loading />;
}
