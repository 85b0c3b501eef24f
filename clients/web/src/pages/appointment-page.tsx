import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ErrorSummary, TextField, type FormError } from '../components/form';
import { CheckIn } from '../components/check-in';
import { ManageAppointment } from '../components/manage-appointment';
import { focusPageHeading, PageHeading } from '../components/page-heading';
import { Loading } from '../components/status';
import {
  AppointmentByTokenQuery,
  AppointmentQuery,
  CancelAppointmentMutation,
  RescheduleAppointmentMutation,
} from '../graphql/appointments';
import type { AppointmentDetailsFragment } from '../gql/graphql';
import { useI18n, useOnLanguageChange } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { normalizeCode, validateEmail } from '../lib/validation';

type Appointment = AppointmentDetailsFragment;
type View = 'opening' | 'find' | 'show';

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
  const [, reschedule] = useMutation(RescheduleAppointmentMutation);
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
    focusPageHeading();
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
    if (result.error || !result.data)
      return fail([{ field: null, message: t('errors.connection') }]);
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
      fail([{ field: null, message: t('errors.connection') }]);
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

  /** Cancels by the link's token when the page was opened by one, else by code and address. */
  async function cancelShown(shown: Appointment): Promise<FormError[]> {
    const result = await cancel({
      input: token.current ? { token: token.current } : { code: shown.code, email: shown.email },
    });
    const payload = result.data?.cancelAppointment;
    if (!payload) return [{ field: null, message: t('errors.connection') }];
    return payload.userErrors.map((error) => ({ field: null, message: error.message }));
  }

  /** Moves it by the link's token, or by code and address, as cancelShown. */
  async function rescheduleShown(shown: Appointment, startsAt: string): Promise<FormError[]> {
    const named = token.current
      ? { token: token.current }
      : { code: shown.code, email: shown.email };
    const result = await reschedule({ input: { ...named, startsAt } });
    const payload = result.data?.rescheduleAppointment;
    if (!payload) return [{ field: null, message: t('errors.connection') }];
    if (payload.appointment) setAppointment(payload.appointment);
    return payload.userErrors.map((error) => ({ field: null, message: error.message }));
  }

  // The service's and office's names come from the API: ask again in the new language.
  useOnLanguageChange(() => {
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
  });

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

  return (
    <ManageAppointment
      key={appointment.id}
      appointment={appointment}
      cancel={() => cancelShown(appointment)}
      reschedule={(startsAt) => rescheduleShown(appointment, startsAt)}
    >
      <CheckIn
        appointment={appointment}
        input={{ code: appointment.code, email: appointment.email }}
      />
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
    </ManageAppointment>
  );
}
