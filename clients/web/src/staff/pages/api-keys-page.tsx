import { useMutation, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { paths } from '../../lib/routes';
import { ApiKeyScope, type ApiKeysQuery as ApiKeysResult } from '../gql/graphql';
import {
  ApiKeysQuery,
  CreateApiKeyMutation,
  RevokeApiKeyMutation,
  SetApiKeyScopesMutation,
} from '../graphql/people';
import { ConfirmStep, PeopleNavigation, ShownOnce, useMoment } from '../components/people-admin';
import { StaffWorkspace, type StaffAccess } from '../components/staff-workspace';
import { useStaffI18n } from '../i18n/staff-i18n';
import { AdminOnly } from './admin-offices-page';
import {
  AdminForm,
  CheckboxGroup,
  Select,
  errorsOf,
  useFormErrors,
} from '../components/admin-form';

type ApiKey = ApiKeysResult['apiKeys']['edges'][number]['node'];
type Office = ApiKeysResult['allOffices'][number];

/** The scopes an admin can grant, in the order the form shows them. */
const SCOPES = [ApiKeyScope.OFFICE_APPOINTMENTS_READ, ApiKeyScope.OFFICE_MESSAGES_WRITE];
type Owner = { id: string; label: string };
type Created = { name: string; key: string };

const KEY_INPUTS: Record<string, string> = { ownerId: 'key-owner', name: 'key-name' };

/**
 * Whom a new key can be for: the admin, the staff, and the owners of the keys on this page. The
 * API lists no other accounts (citizens' accounts are not the administration's to browse), and
 * developers create their first key themselves (`createApiKey` without an owner).
 */
function ownersOf(access: StaffAccess, result: ApiKeysResult): Owner[] {
  const owners = new Map<string, Owner>();
  owners.set(access.me.id, { id: access.me.id, label: access.me.name });
  const add = (person: { id: string; name: string; email: string }) => {
    if (!owners.has(person.id)) {
      owners.set(person.id, { id: person.id, label: `${person.name} (${person.email})` });
    }
  };
  result.staffMembers.forEach(add);
  result.apiKeys.edges.forEach((edge) => add(edge.node.owner));
  return [...owners.values()];
}

function CreateKeyForm(props: { owners: Owner[]; onCreated: (created: Created) => void }) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [ownerId, setOwnerId] = useState(props.owners[0]?.id ?? '');
  const [name, setName] = useState('');
  const [state, create] = useMutation(CreateApiKeyMutation);

  async function submit() {
    if (state.fetching) return;
    const result = await create({ input: { name, ownerId } });
    const payload = result.data?.createApiKey;
    if (!payload) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(errorsOf(payload.userErrors, (path) => KEY_INPUTS[path] ?? null));
    if (payload.apiKey && payload.key) {
      setName('');
      props.onCreated({ name: payload.apiKey.name, key: payload.key });
    }
  }

  return (
    <AdminForm
      id="create-key"
      title={t('apiKeys.new')}
      submit={t('apiKeys.create')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => void submit()}
    >
      <Select
        id="key-owner"
        label={t('apiKeys.field.owner')}
        error={form.of('key-owner')}
        options={props.owners.map((owner) => ({ value: owner.id, label: owner.label }))}
        value={ownerId}
        onValue={setOwnerId}
      />
      <TextField
        id="key-name"
        label={t('apiKeys.field.name')}
        hint={t('apiKeys.field.nameHint')}
        autocomplete="off"
        error={form.of('key-name')}
        value={name}
        onValue={setName}
      />
    </AdminForm>
  );
}

function RevokeKey(props: { apiKey: ApiKey; onRevoked: () => void }) {
  const { t } = useStaffI18n();
  const [, revoke] = useMutation(RevokeApiKeyMutation);
  const { apiKey } = props;
  return (
    <ConfirmStep
      id="revoke-key"
      title={t('apiKeys.revoke.title', { key: apiKey.name })}
      text={t('apiKeys.revoke.text', { owner: apiKey.owner.name || apiKey.owner.email })}
      confirm={t('apiKeys.revoke.confirm')}
      abortHref={paths.staffApiKeys()}
      run={async () => {
        const result = await revoke({ input: { apiKeyId: apiKey.id } });
        const payload = result.data?.revokeApiKey;
        if (payload?.apiKey) props.onRevoked();
        return payload ? payload.userErrors : null;
      }}
    />
  );
}

/** What the key may do beyond public data, one line per scope and office. */
function ScopesOf(props: { apiKey: ApiKey }) {
  const { t } = useStaffI18n();
  if (props.apiKey.scopes.length === 0) {
    return <p class="kern-body">{t('apiKeys.scopes.publicOnly')}</p>;
  }
  return (
    <ul class="kern-list">
      {props.apiKey.scopes.map((grant) => (
        <li key={`${grant.scope}:${grant.office.id}`}>
          {t(`apiKeys.scope.${grant.scope}`, { office: grant.office.name })}
        </li>
      ))}
    </ul>
  );
}

/**
 * The office scopes of a key, one group of offices per scope: for the specialist software of an
 * office that the town approved (docs/decisions/0028-api-key-scopes.md).
 */
function ScopesForm(props: { apiKey: ApiKey; offices: Office[]; onSaved: () => void }) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [state, save] = useMutation(SetApiKeyScopesMutation);
  const granted = (scope: ApiKeyScope) =>
    props.apiKey.scopes.filter((grant) => grant.scope === scope).map((grant) => grant.office.id);
  const [chosen, setChosen] = useState<Record<ApiKeyScope, string[]>>({
    [ApiKeyScope.OFFICE_APPOINTMENTS_READ]: granted(ApiKeyScope.OFFICE_APPOINTMENTS_READ),
    [ApiKeyScope.OFFICE_MESSAGES_WRITE]: granted(ApiKeyScope.OFFICE_MESSAGES_WRITE),
  });
  // Retired offices are offered only where the key still has them, so that they can be taken away.
  const offices = (scope: ApiKeyScope) =>
    props.offices
      .filter((office) => !office.retiredAt || granted(scope).includes(office.id))
      .map((office) => ({ value: office.id, label: office.name }));

  async function submit() {
    if (state.fetching) return;
    const scopes = SCOPES.flatMap((scope) =>
      chosen[scope].map((officeId) => ({ scope, officeId })),
    );
    const result = await save({ input: { apiKeyId: props.apiKey.id, scopes } });
    const payload = result.data?.setApiKeyScopes;
    if (!payload) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(errorsOf(payload.userErrors, () => null));
    if (payload.apiKey) props.onSaved();
  }

  return (
    <>
      <AdminForm
        id="key-scopes"
        title={t('apiKeys.scopes.title', { key: props.apiKey.name })}
        submit={t('apiKeys.scopes.save')}
        errors={form.errors}
        attempt={form.attempt}
        onSubmit={() => void submit()}
      >
        <p class="kern-body">{t('apiKeys.scopes.text')}</p>
        {SCOPES.map((scope) => (
          <CheckboxGroup
            key={scope}
            name={`scope-${scope}`}
            legend={t(`apiKeys.scopes.legend.${scope}`)}
            options={offices(scope)}
            values={chosen[scope]}
            onValues={(values) => setChosen({ ...chosen, [scope]: values })}
          />
        ))}
      </AdminForm>
      <p class="kern-body">
        <a class="kern-link" href={paths.staffApiKeys()}>
          {t('apiKeys.scopes.back')}
        </a>
      </p>
    </>
  );
}

function ApiKeys(props: { access: StaffAccess }) {
  const { t } = useStaffI18n();
  const moment = useMoment();
  const { query } = useRoute();
  const { route } = useLocation();
  const [news, setNews] = useState<string | null>(null);
  const [created, setCreated] = useState<Created | null>(null);
  const [keys, refetch] = useQuery({
    query: ApiKeysQuery,
    variables: { after: query.after ?? null },
    requestPolicy: 'network-only',
  });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // A secret is shown on the page it was made on only: leaving for another step drops it.
  useEffect(() => {
    if (query.revoke) setCreated(null);
  }, [query.revoke]);
  const title = t('apiKeys.title');
  const heading = <PageHeading title={title}>{title}</PageHeading>;
  if (keys.error && !keys.data) {
    return (
      <>
        {heading}
        <LoadFailed retry={reload} />
      </>
    );
  }
  if (!keys.data) return <Loading />;
  const { apiKeys } = keys.data;
  const revoking = apiKeys.edges.find(
    (edge) => edge.node.id === query.revoke && !edge.node.revokedAt,
  )?.node;
  const scoping = apiKeys.edges.find(
    (edge) => edge.node.id === query.scopes && !edge.node.revokedAt,
  )?.node;
  return (
    <>
      {heading}
      <PeopleNavigation />
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {revoking ? (
        <RevokeKey
          apiKey={revoking}
          onRevoked={() => {
            setNews(t('apiKeys.revoked', { key: revoking.name }));
            reload();
            route(paths.staffApiKeys({ after: query.after }));
          }}
        />
      ) : scoping ? (
        <ScopesForm
          apiKey={scoping}
          offices={keys.data.allOffices}
          onSaved={() => {
            setNews(t('apiKeys.scopes.saved', { key: scoping.name }));
            reload();
            route(paths.staffApiKeys({ after: query.after }));
          }}
        />
      ) : (
        <>
          {created && (
            <ShownOnce
              id="new-key"
              title={t('apiKeys.shown.title', { key: created.name })}
              label={t('apiKeys.shown.label')}
              value={created.key}
            />
          )}
          <table class="kern-table admin-table">
            <caption class="kern-title">
              {t('apiKeys.caption', { count: apiKeys.totalCount })}
            </caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('apiKeys.column.name')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('apiKeys.column.owner')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('apiKeys.column.prefix')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('apiKeys.column.created')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('apiKeys.column.lastUsed')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('apiKeys.column.state')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('apiKeys.column.actions')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {apiKeys.edges.map(({ node: apiKey }) => (
                <tr class="kern-table__row" key={apiKey.id}>
                  <th scope="row" class="kern-table__cell">
                    {apiKey.name}
                  </th>
                  <td class="kern-table__cell">
                    {apiKey.owner.name}
                    <br />
                    {apiKey.owner.email}
                  </td>
                  <td class="kern-table__cell">
                    <code>{apiKey.prefix}</code>
                  </td>
                  <td class="kern-table__cell">{moment(apiKey.createdAt)}</td>
                  <td class="kern-table__cell">{moment(apiKey.lastUsedAt)}</td>
                  <td class="kern-table__cell">
                    {apiKey.revokedAt
                      ? t('people.revokedAt', { at: Date.parse(apiKey.revokedAt) })
                      : t('people.active')}
                    <ScopesOf apiKey={apiKey} />
                  </td>
                  <td class="kern-table__cell">
                    {!apiKey.revokedAt && (
                      <>
                        <a
                          class="kern-link"
                          href={paths.staffApiKeys({ after: query.after, scopes: apiKey.id })}
                        >
                          {t('apiKeys.scopes.link', { key: apiKey.name })}
                        </a>
                        <br />
                        <a
                          class="kern-link"
                          href={paths.staffApiKeys({ after: query.after, revoke: apiKey.id })}
                        >
                          {t('apiKeys.revoke.link', {
                            key: apiKey.name,
                            owner: apiKey.owner.name || apiKey.owner.email,
                          })}
                        </a>
                      </>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div class="admin-actions">
            {query.after && (
              <a class="kern-link" href={paths.staffApiKeys()}>
                {t('apiKeys.newest')}
              </a>
            )}
            {apiKeys.pageInfo.hasNextPage && apiKeys.pageInfo.endCursor && (
              <a class="kern-link" href={paths.staffApiKeys({ after: apiKeys.pageInfo.endCursor })}>
                {t('apiKeys.older')}
              </a>
            )}
          </div>
          <CreateKeyForm
            owners={ownersOf(props.access, keys.data)}
            onCreated={(key) => {
              setCreated(key);
              setNews(t('apiKeys.created', { key: key.name }));
              reload();
            }}
          />
        </>
      )}
    </>
  );
}

/**
 * Every account's API keys: who may call the API; create a key for an account, grant a key office
 * scopes, revoke any.
 */
export function ApiKeysPage() {
  return (
    <StaffWorkspace>
      {(access) => (access.isAdmin ? <ApiKeys access={access} /> : <AdminOnly />)}
    </StaffWorkspace>
  );
}
