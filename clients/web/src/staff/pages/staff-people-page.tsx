import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { paths } from '../../lib/routes';
import { Role, type StaffMembersQuery as StaffMembersResult } from '../gql/graphql';
import {
  GrantStaffAccessMutation,
  RevokeStaffAccessMutation,
  StaffMembersQuery,
} from '../graphql/people';
import { ConfirmStep, PeopleNavigation } from '../components/people-admin';
import { StaffWorkspace, type Office, type StaffAccess } from '../components/staff-workspace';
import { useStaffI18n } from '../i18n/staff-i18n';
import { AdminOnly } from './admin-offices-page';
import { AdminForm, CheckboxGroup, errorsOf, useFormErrors } from '../components/admin-form';

type StaffMember = StaffMembersResult['staffMembers'][number];

/** The inputs of the access form, by the API's field names. */
const ACCESS_INPUTS: Record<string, string> = {
  email: 'person-email',
  name: 'person-name',
  officeIds: 'person-offices',
  admin: 'person-admin',
};

/**
 * Invites a person (a new address gets an account and an invitation e-mail) or, for someone who
 * has access, changes their offices and admin rights: the API does both with one mutation.
 */
function AccessForm(props: {
  offices: Office[];
  person: StaffMember | null;
  onDone: (message: string) => void;
}) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const { person } = props;
  const [email, setEmail] = useState(person?.email ?? '');
  const [name, setName] = useState(person?.name ?? '');
  const [officeIds, setOfficeIds] = useState(person?.offices.map((office) => office.id) ?? []);
  const [admin, setAdmin] = useState(person?.roles.includes(Role.ADMIN) ?? false);
  const [state, grant] = useMutation(GrantStaffAccessMutation);

  async function submit() {
    if (state.fetching) return;
    const result = await grant({ input: { email, name, officeIds, admin } });
    const payload = result.data?.grantStaffAccess;
    if (!payload) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(errorsOf(payload.userErrors, (path) => ACCESS_INPUTS[path.split('.')[0]!] ?? null));
    if (payload.staffMember) {
      const who = payload.staffMember.name || payload.staffMember.email;
      props.onDone(t(person ? 'people.changed' : 'people.invited', { person: who }));
      if (!person) {
        setEmail('');
        setName('');
        setOfficeIds([]);
        setAdmin(false);
      }
    }
  }

  const title = person
    ? t('people.edit.title', { person: person.name || person.email })
    : t('people.invite.title');
  return (
    <AdminForm
      id={person ? 'edit-person' : 'invite-person'}
      title={title}
      submit={t(person ? 'people.edit.submit' : 'people.invite.submit')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => void submit()}
    >
      {person ? (
        <p class="kern-body">{t('people.edit.text', { email: person.email })}</p>
      ) : (
        <>
          <TextField
            id="person-email"
            label={t('people.field.email')}
            type="email"
            autocomplete="off"
            spellcheck={false}
            error={form.of('person-email')}
            value={email}
            onValue={setEmail}
          />
          <TextField
            id="person-name"
            label={t('people.field.name')}
            hint={t('people.field.nameHint')}
            autocomplete="off"
            error={form.of('person-name')}
            value={name}
            onValue={setName}
          />
        </>
      )}
      <CheckboxGroup
        name="person-offices"
        legend={t('people.field.offices')}
        error={form.of('person-offices')}
        options={props.offices.map((office) => ({ value: office.id, label: office.name }))}
        values={officeIds}
        onValues={setOfficeIds}
      />
      <CheckboxGroup
        name="person-admin"
        legend={t('people.field.rights')}
        error={form.of('person-admin')}
        options={[{ value: 'admin', label: t('people.field.admin') }]}
        values={admin ? ['admin'] : []}
        onValues={(values) => setAdmin(values.includes('admin'))}
      />
    </AdminForm>
  );
}

function RevokeAccess(props: { person: StaffMember; onRevoked: () => void }) {
  const { t } = useStaffI18n();
  const [, revoke] = useMutation(RevokeStaffAccessMutation);
  const who = props.person.name || props.person.email;
  return (
    <ConfirmStep
      id="revoke-person"
      title={t('people.revoke.title', { person: who })}
      text={t('people.revoke.text', { person: who })}
      confirm={t('people.revoke.confirm')}
      abortHref={paths.staffPeople()}
      run={async () => {
        const result = await revoke({ input: { accountId: props.person.id } });
        const payload = result.data?.revokeStaffAccess;
        if (payload?.staffMember) props.onRevoked();
        return payload ? payload.userErrors : null;
      }}
    />
  );
}

function rolesOf(person: StaffMember, t: ReturnType<typeof useStaffI18n>['t']): string {
  return person.roles.includes(Role.ADMIN) ? t('people.role.admin') : t('people.role.staff');
}

function People(props: { access: StaffAccess }) {
  const { t } = useStaffI18n();
  const { query } = useRoute();
  const { route } = useLocation();
  const [news, setNews] = useState<string | null>(null);
  const [staff, refetch] = useQuery({ query: StaffMembersQuery, requestPolicy: 'network-only' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const title = t('people.title');
  const heading = <PageHeading title={title}>{title}</PageHeading>;
  if (staff.error && !staff.data) {
    return (
      <>
        {heading}
        <LoadFailed retry={reload} />
      </>
    );
  }
  if (!staff.data) return <Loading />;
  const people = staff.data.staffMembers;
  const editing = people.find((person) => person.id === query.edit);
  const revoking = people.find((person) => person.id === query.revoke);
  const done = (message: string) => {
    setNews(message);
    reload();
    route(paths.staffPeople());
  };
  return (
    <>
      {heading}
      <PeopleNavigation />
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {revoking ? (
        <RevokeAccess
          person={revoking}
          onRevoked={() => done(t('people.revoked', { person: revoking.name || revoking.email }))}
        />
      ) : editing ? (
        <>
          <AccessForm
            key={editing.id}
            offices={props.access.offices}
            person={editing}
            onDone={done}
          />
          <a class="kern-link" href={paths.staffPeople()}>
            {t('people.abort')}
          </a>
        </>
      ) : (
        <>
          <table class="kern-table admin-table">
            <caption class="kern-title">{t('people.caption')}</caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('people.column.name')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('people.column.email')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('people.column.role')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('people.column.offices')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('people.column.actions')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {people.map((person) => {
                const who = person.name || person.email;
                return (
                  <tr class="kern-table__row" key={person.id}>
                    <th scope="row" class="kern-table__cell">
                      {who}
                    </th>
                    <td class="kern-table__cell">{person.email}</td>
                    <td class="kern-table__cell">{rolesOf(person, t)}</td>
                    <td class="kern-table__cell">
                      {person.roles.includes(Role.ADMIN)
                        ? t('people.allOffices')
                        : person.offices.map((office) => office.name).join(', ') ||
                          t('people.noOffices')}
                    </td>
                    <td class="kern-table__cell">
                      <div class="admin-actions">
                        <a class="kern-link" href={paths.staffPeople({ edit: person.id })}>
                          {t('people.edit.link', { person: who })}
                        </a>
                        {person.id !== props.access.me.id && (
                          <a class="kern-link" href={paths.staffPeople({ revoke: person.id })}>
                            {t('people.revoke.link', { person: who })}
                          </a>
                        )}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <AccessForm offices={props.access.offices} person={null} onDone={done} />
        </>
      )}
    </>
  );
}

/** The administration of staff: invite, change offices and admin rights, revoke. Admins only. */
export function StaffPeoplePage() {
  return (
    <StaffWorkspace>
      {(access) => (access.isAdmin ? <People access={access} /> : <AdminOnly />)}
    </StaffWorkspace>
  );
}
