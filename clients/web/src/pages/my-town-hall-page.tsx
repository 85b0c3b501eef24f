import { LANGUAGES } from '../i18n/languages';
import { useApiTextLang } from '../components/api-text';
import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorSummary, type FormError } from '../components/form';
import { PageHeading } from '../components/page-heading';
import { SignedInOnly } from '../components/signed-in-only';
import { WaitlistEntries } from '../components/waitlist-entries';
import { LoadFailed, Loading } from '../components/status';
import { AppointmentStatus, type AppointmentDetailsFragment } from '../gql/graphql';
import { ClaimGuestAppointmentsMutation, MyTownHallQuery } from '../graphql/accounts';
import { createFormats } from '../i18n/format';
import { CalendarFileLink } from '../components/links';
import { useI18n, useOnLanguageChange } from '../i18n/i18n';
import { localDayOf } from '../lib/berlin-time';
import { paths } from '../lib/routes';
import { useSession, type SignedInAccount } from '../lib/session';

type Appointment = AppointmentDetailsFragment;

const PAGE_SIZE = 20;

type Loaded = {
  hasPasskey: boolean;
  /** Newest first, as the API lists them. */
  appointments: Appointment[];
  /** Where the next page starts; null when there is none. */
  more: string | null;
};

function AppointmentItem(props: { appointment: Appointment; upcoming: boolean; focus: boolean }) {
  const { t, locale } = useI18n();
  const textLang = useApiTextLang();
  const formats = createFormats(locale);
  const { appointment } = props;
  const { address } = appointment.office;
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focus) title.current?.focus();
  }, [props.focus]);
  return (
    <li class="appointment-list__item">
      <h3
        ref={title}
        tabIndex={-1}
        class="kern-heading-small appointment-list__title"
        lang={textLang}
      >
        {appointment.service.name}
      </h3>
      {appointment.status === AppointmentStatus.CANCELLED && (
        <p class="status-tag status-tag--cancelled">
          <span class="kern-icon kern-icon--close" aria-hidden="true" />
          {t('myTownHall.cancelled')}
        </p>
      )}
      <p class="kern-body">
        {t('appointment.whenValue', {
          day: formats.longDay(localDayOf(new Date(appointment.startsAt))),
          from: formats.clock(appointment.startsAt),
          to: formats.clock(appointment.endsAt),
        })}
        <br />
        <span lang={textLang}>
          {appointment.office.name}, {address.street}, {address.postalCode} {address.city}
        </span>
        <br />
        {t('appointment.show.code', { code: appointment.code })}
      </p>
      <ul class="action-list">
        <li>
          <a class="kern-link" href={paths.myAppointment(appointment.id)}>
            <span class="kern-icon kern-icon--edit" aria-hidden="true" />
            {props.upcoming ? t('done.manage') : t('myTownHall.open')}
          </a>
        </li>
        {props.upcoming && (
          <li>
            <CalendarFileLink appointment={appointment} />
          </li>
        )}
      </ul>
    </li>
  );
}

function MyTownHall(props: { account: SignedInAccount }) {
  const { t, lang } = useI18n();
  const client = useClient();
  const { refresh } = useSession();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failed, setFailed] = useState(false);
  const [loadingMore, setLoadingMore] = useState(false);
  /** The first appointment that "show more" brought, which takes the focus. */
  const [firstOfMore, setFirstOfMore] = useState<string | null>(null);
  const [, claim] = useMutation(ClaimGuestAppointmentsMutation);
  const [claimed, setClaimed] = useState<number | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const claiming = useRef(false);

  async function load(after: string | null) {
    const result = await client
      .query(MyTownHallQuery, { first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) {
      setFailed(true);
      return;
    }
    const me = result.data.me;
    // The session ended meanwhile (signed out elsewhere, expired): the page sends to sign-in.
    if (!me) return void refresh();
    const page = me.appointments.edges.map((edge) => edge.node);
    const { hasNextPage, endCursor } = me.appointments.pageInfo;
    setFailed(false);
    setFirstOfMore(after ? (page[0]?.id ?? null) : null);
    setLoaded((previous) => ({
      hasPasskey: me.passkeys.length > 0,
      appointments: after && previous ? [...previous.appointments, ...page] : page,
      more: hasNextPage ? (endCursor ?? null) : null,
    }));
  }

  useEffect(() => {
    void load(null);
  }, []);

  /** Makes the guest bookings with the account's address the account's own, and shows them. */
  async function claimGuestBookings() {
    if (claiming.current) return;
    claiming.current = true;
    setClaimed(null);
    const result = await claim({});
    claiming.current = false;
    const payload = result.data?.claimGuestAppointments;
    const problems: FormError[] = !payload
      ? [{ field: null, message: t('errors.connection') }]
      : payload.userErrors.map((error) => ({ field: null, message: error.message }));
    setErrors(problems);
    if (problems.length > 0 || !payload) {
      setAttempt((value) => value + 1);
      return;
    }
    await load(null);
    setClaimed(payload.appointments.length);
  }
  // The services' and offices' names follow the language of the request.
  useOnLanguageChange(() => void load(null));

  const heading = t('myTownHall.heading');
  const title = (
    <>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0} apiTexts={LANGUAGES[lang].api}>
        {heading}
      </PageHeading>
      <p class="kern-body">
        {t('myTownHall.signedInAs', { name: props.account.name, email: props.account.email })}
      </p>
    </>
  );
  if (!loaded) {
    return (
      <>
        {title}
        {failed ? <LoadFailed retry={() => void load(null)} /> : <Loading />}
      </>
    );
  }

  const now = Date.now();
  const isUpcoming = (appointment: Appointment) =>
    appointment.status === AppointmentStatus.BOOKED && Date.parse(appointment.endsAt) > now;
  const upcoming = loaded.appointments
    .filter(isUpcoming)
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt));
  const earlier = loaded.appointments.filter((appointment) => !isUpcoming(appointment));

  return (
    <>
      {title}
      <section class="section" aria-labelledby="upcoming-heading">
        <h2 id="upcoming-heading" class="kern-heading-medium">
          {t('myTownHall.upcoming.heading')}
        </h2>
        {upcoming.length > 0 ? (
          <ul class="appointment-list">
            {upcoming.map((appointment) => (
              <AppointmentItem
                key={appointment.id}
                appointment={appointment}
                upcoming
                focus={appointment.id === firstOfMore}
              />
            ))}
          </ul>
        ) : (
          <p class="kern-body">{t('myTownHall.upcoming.none')}</p>
        )}
        <p class="kern-body">
          <a class="kern-link" href={paths.search({})}>
            {t('myTownHall.book')}
          </a>
        </p>
      </section>

      <WaitlistEntries />

      <section class="section" aria-labelledby="applications-heading">
        <h2 id="applications-heading" class="kern-heading-medium">
          {t('myTownHall.applications.heading')}
        </h2>
        <p class="kern-body">{t('myTownHall.applications.text')}</p>
        <ul class="action-list">
          <li>
            <a class="kern-link" href={paths.myApplications()}>
              {t('myApplications.heading')}
            </a>
          </li>
        </ul>
      </section>

      <section class="section" aria-labelledby="conversations-heading">
        <h2 id="conversations-heading" class="kern-heading-medium">
          {t('myTownHall.conversations.heading')}
        </h2>
        <p class="kern-body">{t('myTownHall.conversations.text')}</p>
        <ul class="action-list">
          <li>
            <a class="kern-link" href={paths.conversations()}>
              {t('conversations.heading')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={paths.writeToOffice()}>
              {t('conversations.write')}
            </a>
          </li>
        </ul>
      </section>

      <section class="section" aria-labelledby="claim-heading">
        <h2 id="claim-heading" class="kern-heading-medium">
          {t('myTownHall.claim.heading')}
        </h2>
        <p class="kern-body">{t('myTownHall.claim.text', { email: props.account.email })}</p>
        <p class="kern-body" role="status">
          {claimed !== null && t('myTownHall.claim.done', { count: claimed })}
        </p>
        <button type="button" class="kern-btn kern-btn--secondary" onClick={claimGuestBookings}>
          <span class="kern-label">{t('myTownHall.claim.button')}</span>
        </button>
      </section>

      {!loaded.hasPasskey && (
        <section class="section section--muted" aria-labelledby="passkey-heading">
          <h2 id="passkey-heading" class="kern-heading-medium">
            {t('passkey.offer.heading')}
          </h2>
          <p class="kern-body">{t('myTownHall.passkey.text')}</p>
          <p>
            <a class="kern-link" href={paths.createPasskey(paths.myTownHall())}>
              {t('passkey.offer.create')}
            </a>
          </p>
        </section>
      )}

      {earlier.length > 0 && (
        <section class="section" aria-labelledby="earlier-heading">
          <h2 id="earlier-heading" class="kern-heading-medium">
            {t('myTownHall.earlier.heading')}
          </h2>
          <ul class="appointment-list">
            {earlier.map((appointment) => (
              <AppointmentItem
                key={appointment.id}
                appointment={appointment}
                upcoming={false}
                focus={appointment.id === firstOfMore}
              />
            ))}
          </ul>
        </section>
      )}
      {loaded.more && (
        <p>
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={async () => {
              if (loadingMore || !loaded.more) return;
              setLoadingMore(true);
              await load(loaded.more);
              setLoadingMore(false);
            }}
          >
            <span class="kern-label">{t('myTownHall.more')}</span>
          </button>
        </p>
      )}

      <section class="section" aria-labelledby="account-heading">
        <h2 id="account-heading" class="kern-heading-medium">
          {t('myTownHall.account.heading')}
        </h2>
        <ul class="action-list">
          <li>
            <a class="kern-link" href={paths.myDevices()}>
              {t('myTownHall.account.devices')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={paths.myApiKeys()}>
              {t('myTownHall.account.apiKeys')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={paths.myData()}>
              {t('myTownHall.account.data')}
            </a>
          </li>
          <li>
            <a class="kern-link" href={paths.deleteAccount()}>
              {t('myTownHall.account.delete')}
            </a>
          </li>
        </ul>
      </section>
    </>
  );
}

/**
 * "My town hall": the signed-in citizen's appointments, upcoming first (earliest first), then
 * the past and cancelled ones (latest first), each leading to its page; and the offer of a
 * passkey while the account has none.
 */
export function MyTownHallPage() {
  return <SignedInOnly>{(account) => <MyTownHall account={account} />}</SignedInOnly>;
}
