import { useMutation, useQuery } from '@urql/preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { QrCode } from '../../components/qr-code';
import { LoadFailed, Loading } from '../../components/status';
import { paths } from '../../lib/routes';
import type { KioskDevicesQuery as KioskDevicesResult } from '../gql/graphql';
import {
  IssueKioskTokenMutation,
  KioskDevicesQuery,
  RevokeKioskDeviceMutation,
} from '../graphql/people';
import { ConfirmStep, PeopleNavigation, ShownOnce, useMoment } from '../components/people-admin';
import { StaffWorkspace, type Office } from '../components/staff-workspace';
import { useStaffI18n } from '../i18n/staff-i18n';
import { AdminOnly } from './admin-offices-page';
import { AdminForm, Select, errorsOf, useFormErrors } from '../components/admin-form';

type Kiosk = KioskDevicesResult['kioskDevices'][number];
type Issued = { name: string; link: string };

const KIOSK_INPUTS: Record<string, string> = { officeId: 'kiosk-office', name: 'kiosk-name' };

/**
 * The address that sets a kiosk up: the kiosk client takes the token from the fragment, which
 * browsers never send to a server, and drops it from the address bar (clients/kiosk).
 */
function setupLink(token: string): string {
  return `${window.location.origin}/kiosk/setup#token=${encodeURIComponent(token)}`;
}

function IssueKioskForm(props: { offices: Office[]; onIssued: (issued: Issued) => void }) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [officeId, setOfficeId] = useState(props.offices[0]?.id ?? '');
  const [name, setName] = useState('');
  const [state, issue] = useMutation(IssueKioskTokenMutation);

  async function submit() {
    if (state.fetching) return;
    const result = await issue({ input: { officeId, name } });
    const payload = result.data?.issueKioskToken;
    if (!payload) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(errorsOf(payload.userErrors, (path) => KIOSK_INPUTS[path] ?? null));
    if (payload.kioskDevice && payload.token) {
      setName('');
      props.onIssued({ name: payload.kioskDevice.name, link: setupLink(payload.token) });
    }
  }

  return (
    <AdminForm
      id="issue-kiosk"
      title={t('kiosks.new')}
      submit={t('kiosks.issue')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => void submit()}
    >
      <Select
        id="kiosk-office"
        label={t('kiosks.field.office')}
        error={form.of('kiosk-office')}
        options={props.offices.map((office) => ({ value: office.id, label: office.name }))}
        value={officeId}
        onValue={setOfficeId}
      />
      <TextField
        id="kiosk-name"
        label={t('kiosks.field.name')}
        hint={t('kiosks.field.nameHint')}
        autocomplete="off"
        error={form.of('kiosk-name')}
        value={name}
        onValue={setName}
      />
    </AdminForm>
  );
}

function RevokeKiosk(props: { kiosk: Kiosk; onRevoked: () => void }) {
  const { t } = useStaffI18n();
  const [, revoke] = useMutation(RevokeKioskDeviceMutation);
  const kiosk = props.kiosk.name;
  return (
    <ConfirmStep
      id="revoke-kiosk"
      title={t('kiosks.revoke.title', { kiosk })}
      text={t('kiosks.revoke.text')}
      confirm={t('kiosks.revoke.confirm')}
      abortHref={paths.staffKiosks()}
      run={async () => {
        const result = await revoke({ input: { kioskDeviceId: props.kiosk.id } });
        const payload = result.data?.revokeKioskDevice;
        if (payload?.kioskDevice) props.onRevoked();
        return payload ? payload.userErrors : null;
      }}
    />
  );
}

function Kiosks(props: { offices: Office[] }) {
  const { t } = useStaffI18n();
  const moment = useMoment();
  const { query } = useRoute();
  const { route } = useLocation();
  const [news, setNews] = useState<string | null>(null);
  const [issued, setIssued] = useState<Issued | null>(null);
  const [kiosks, refetch] = useQuery({ query: KioskDevicesQuery, requestPolicy: 'network-only' });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // A secret is shown on the page it was made on only: leaving for another step drops it.
  useEffect(() => {
    if (query.revoke) setIssued(null);
  }, [query.revoke]);
  const title = t('kiosks.title');
  const heading = <PageHeading title={title}>{title}</PageHeading>;
  if (kiosks.error && !kiosks.data) {
    return (
      <>
        {heading}
        <LoadFailed retry={reload} />
      </>
    );
  }
  if (!kiosks.data) return <Loading />;
  const revoking = kiosks.data.kioskDevices.find(
    (kiosk) => kiosk.id === query.revoke && !kiosk.revokedAt,
  );
  return (
    <>
      {heading}
      <PeopleNavigation />
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {revoking ? (
        <RevokeKiosk
          kiosk={revoking}
          onRevoked={() => {
            setNews(t('kiosks.revoked', { kiosk: revoking.name }));
            reload();
            route(paths.staffKiosks());
          }}
        />
      ) : (
        <>
          {issued && (
            <ShownOnce
              id="kiosk-link"
              title={t('kiosks.link.title', { kiosk: issued.name })}
              label={t('kiosks.link.label')}
              value={issued.link}
            >
              <p class="kern-body">{t('kiosks.link.qrText')}</p>
              <QrCode text={issued.link} label={t('kiosks.link.qr')} size={240} />
            </ShownOnce>
          )}
          <table class="kern-table admin-table">
            <caption class="kern-title">{t('kiosks.caption')}</caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('kiosks.column.name')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('kiosks.column.office')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('kiosks.column.created')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('kiosks.column.lastUsed')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('kiosks.column.state')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('kiosks.column.actions')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {kiosks.data.kioskDevices.map((kiosk) => (
                <tr class="kern-table__row" key={kiosk.id}>
                  <th scope="row" class="kern-table__cell">
                    {kiosk.name}
                  </th>
                  <td class="kern-table__cell">{kiosk.office.name}</td>
                  <td class="kern-table__cell">{moment(kiosk.createdAt)}</td>
                  <td class="kern-table__cell">{moment(kiosk.lastUsedAt)}</td>
                  <td class="kern-table__cell">
                    {kiosk.revokedAt
                      ? t('people.revokedAt', { at: Date.parse(kiosk.revokedAt) })
                      : t('people.active')}
                  </td>
                  <td class="kern-table__cell">
                    {!kiosk.revokedAt && (
                      <a class="kern-link" href={paths.staffKiosks({ revoke: kiosk.id })}>
                        {t('kiosks.revoke.link', { kiosk: kiosk.name })}
                      </a>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {kiosks.data.kioskDevices.length === 0 && <p class="kern-body">{t('kiosks.none')}</p>}
          <IssueKioskForm
            offices={props.offices}
            onIssued={(kiosk) => {
              setIssued(kiosk);
              setNews(t('kiosks.issued', { kiosk: kiosk.name }));
              reload();
            }}
          />
        </>
      )}
    </>
  );
}

/** The administration of the lobby kiosks: issue one for an office, revoke one. Admins only. */
export function KiosksPage() {
  return (
    <StaffWorkspace>
      {(access) => (access.isAdmin ? <Kiosks offices={access.offices} /> : <AdminOnly />)}
    </StaffWorkspace>
  );
}
