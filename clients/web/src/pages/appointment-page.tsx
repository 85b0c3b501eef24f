import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { AppointmentSummary } from '../components/appointment-summary';
import { ErrorSummary, TextField, type FormError } from '../components/form';
import { PageHeading } from '../components/page-heading';
import { Loading } from '../components/status';
import {
  AppointmentByTokenQuery,
  AppointmentQuery,
  CancelAppointmentMutation,
} from '../graphql/appointments';
import { AppointmentStatus, type AppointmentDetailsFragment } from '../gql/graphql';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { calendarHref } from '../lib/calendar-link';
import { paths } from '../lib/routes';
import { normalizeCode, validateEmail } from '../lib/validation';

type Appointment = AppointmentDetailsFragment;
type View = 'opening' | 'find' | 'show' | 'confirm' | 'cancelled';

/** Focus the heading of a view that replaced another on the same address. */
function focusHeading() {
  requestAnimationFrame(() => document.querySelector<HTMLElement>('main h1')?.focus());
}

/**
 * "My appointment": see a booking and cancel it. The appointment e-mails link here with
 * ?token=… (signed by the server: the page opens the booking at once); the calendar files with
 * ?code=…, and the citizen gives the e-mail address.
 */
export function AppointmentPage() {
  const { t, lang } = useI18n();
  const { query } = useRoute();
  const client = useClient();
  const [, cancel] = useMutation(CancelAppointmentMutation);
  // The link's token, until the citizen looks for another booking.
  const token = useRef<string | null>(query.token || null);
  const [view, setView] = useState<View>(token.current ? 'opening' : 'find');
  const [code, setCode] = useState(query.code ?? '');
  const [email, setEmail] = useState('');
  const [appointment, setAppointment] = useState<Appointment | null>(null);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const busy = useRef(false);

  const show = (next: View) => {
    setView(next);
    focusHeading();
  };
  const fail = (list: FormError[]) => {
    setErrors(list);
    setAttempt((value) => value + 1);
  };

  async function find(event: Event) {
    event.preventDefault();
    if (busy.current) return;
    const list: FormError[] = [];
    const normalized = normalizeCode(code);
    if (!normalized) list.push({ field: 'code', message: t('appointment.code.required') });
    else if (!/^[A-Z0-9]{8}$/.test(normalized)) {
      list.push({ field: 'code', message: t('appointment.code.invalid') });
    }
    const emailProblem = validateEmail(email);
    if (emailProblem) list.push({ field: 'email', message: t(emailProblem) });
    if (list.length > 0) return fail(list);

    busy.current = true;
    const result = await client
      .query(
        AppointmentQuery,
        { code: normalized, email: email.trim(), lang: LANGUAGES[lang].api },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    busy.current = false;
    if (result.error || !result.data) return fail([{ field: null, message: t('check.failed') }]);
    if (!result.data.appointment) {
      return fail([{ field: 'code', message: t('appointment.notFound') }]);
    }
    setErrors([]);
    setAppointment(result.data.appointment);
    show('show');
  }

  async function openLink(linkToken: string) {
    const result = await client
      .query(
        AppointmentByTokenQuery,
        { token: linkToken, lang: LANGUAGES[lang].api },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    if (result.error || !result.data) {
      fail([{ field: null, message: t('check.failed') }]);
    } else if (!result.data.appointmentByToken) {
      token.current = null;
      fail([{ field: null, message: t('appointment.link.invalid') }]);
    } else {
      setAppointment(result.data.appointmentByToken);
      show('show');
      return;
    }
    show('find');
  }

  useEffect(() => {
    if (token.current) void openLink(token.current);
  }, []);

  async function confirmCancel(event: Event) {
    event.preventDefault();
    if (busy.current || !appointment) return;
    busy.current = true;
    const result = await cancel({
      input: token.current
        ? { token: token.current }
        : { code: appointment.code, email: appointment.email },
    });
    busy.current = false;
    const payload = result.data?.cancelAppointment;
    if (!payload) return fail([{ field: null, message: t('check.failed') }]);
    if (payload.userErrors.length > 0) {
      return fail(payload.userErrors.map((error) => ({ field: null, message: error.message })));
    }
    setErrors([]);
    setAppointment({ ...appointment, status: 'CANCELLED' });
    show('cancelled');
  }

  // The service's and office's names come from the API: ask again in the new language.
  const shownLang = useRef(lang);
  useEffect(() => {
    if (shownLang.current === lang) return;
    shownLang.current = lang;
    if (!appointment) return;
    void client
      .query(
        AppointmentQuery,
        { code: appointment.code, email: appointment.email, lang: LANGUAGES[lang].api },
        { requestPolicy: 'network-only' },
      )
      .toPromise()
      .then((result) => {
        if (result.data?.appointment) setAppointment(result.data.appointment);
      });
  }, [lang]);

  const errorOf = (field: string) => errors.find((error) => error.field === field)?.message;
  const summary = <ErrorSummary errors={errors} focusKey={attempt} />;

  if (view === 'opening') return <Loading />;

  if (view === 'find' || !appointment) {
    const heading = t('appointment.find.heading');
    return (
      <>
        {summary}
        <PageHeading title={heading} hasErrors={errors.length > 0}>
          {heading}
        </PageHeading>
        <p class="kern-body">{t('appointment.find.intro')}</p>
        <form noValidate class="form-stack" onSubmit={find}>
          <TextField
            id="code"
            name="code"
            label={t('appointment.code.label')}
            hint={t('appointment.code.hint')}
            width="code"
            autocomplete="off"
            autoCapitalize="characters"
            spellcheck={false}
            value={code}
            onValue={setCode}
            error={errorOf('code')}
          />
          <TextField
            id="email"
            name="email"
            type="email"
            label={t('appointment.email.label')}
            hint={t('appointment.email.hint')}
            autocomplete="email"
            inputMode="email"
            spellcheck={false}
            value={email}
            onValue={setEmail}
            error={errorOf('email')}
          />
          <div class="form-actions">
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">{t('appointment.find.submit')}</span>
            </button>
          </div>
        </form>
      </>
    );
  }

  const cancelled = appointment.status === AppointmentStatus.CANCELLED;
  const started = Date.parse(appointment.startsAt) <= Date.now();

  if (view === 'cancelled') {
    const heading = t('appointment.cancelled.heading');
    return (
      <>
        <div class="panel" role="region" aria-labelledby="cancelled-heading">
          <PageHeading title={heading} id="cancelled-heading">
            {heading}
          </PageHeading>
        </div>
        <p class="kern-body">{t('appointment.cancelled.text')}</p>
        <AppointmentSummary appointment={appointment} />
        <p class="kern-body">
          <a class="kern-link" href={paths.start()}>
            {t('appointment.cancelled.again')}
          </a>
        </p>
      </>
    );
  }

  if (view === 'confirm') {
    const heading = t('appointment.confirm.heading');
    return (
      <>
        {summary}
        <PageHeading title={heading} hasErrors={errors.length > 0}>
          {heading}
        </PageHeading>
        <AppointmentSummary appointment={appointment} />
        <p class="kern-body">{t('appointment.confirm.text')}</p>
        <form noValidate onSubmit={confirmCancel} class="button-group">
          <button type="submit" class="kern-btn kern-btn--primary button--warning">
            <span class="kern-label">{t('appointment.confirm.yes')}</span>
          </button>
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={() => {
              setErrors([]);
              show('show');
            }}
          >
            <span class="kern-label">{t('appointment.confirm.no')}</span>
          </button>
        </form>
      </>
    );
  }

  const heading = t('appointment.show.heading');
  return (
    <>
      {summary}
      <PageHeading title={heading} caption={t('appointment.show.code', { code: appointment.code })}>
        {heading}
      </PageHeading>
      {cancelled && (
        <p class="status-tag status-tag--cancelled">
          <span class="kern-icon kern-icon--close" aria-hidden="true" />
          {t('appointment.status.cancelled')}
        </p>
      )}
      <AppointmentSummary appointment={appointment} />
      {appointment.service.documents.length > 0 && !cancelled && (
        <>
          <h2 class="kern-heading-medium">{t('done.documents.heading')}</h2>
          <ul class="kern-list kern-list--bullet">
            {appointment.service.documents.map((document) => (
              <li key={document}>{document}</li>
            ))}
          </ul>
        </>
      )}
      {!cancelled && (
        <ul class="action-list">
          <li>
            <a
              class="kern-link"
              href={calendarHref(appointment.calendarUrl, lang)}
              download={`termin-${appointment.code}.ics`}
            >
              <span class="kern-icon kern-icon--calendar-today" aria-hidden="true" />
              {t('done.calendar')}
            </a>
          </li>
        </ul>
      )}
      {!cancelled && !started && (
        <div class="form-actions">
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={() => {
              setErrors([]);
              show('confirm');
            }}
          >
            <span class="kern-label">{t('appointment.cancel')}</span>
          </button>
        </div>
      )}
      <p class="kern-body">
        <button
          type="button"
          class="link-button kern-link"
          onClick={() => {
            token.current = null;
            setAppointment(null);
            setEmail('');
            setCode('');
            show('find');
          }}
        >
          {t('appointment.findAnother')}
        </button>
      </p>
    </>
  );
}
