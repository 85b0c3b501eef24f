import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { TextArea, type FormError } from '../../components/form';
import { BackLink } from '../../components/links';
import { focusPageHeading, PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { addDays, isLocalDay, startOfDay, today, type LocalDay } from '../../lib/berlin-time';
import { paths } from '../../lib/routes';
import { AdminForm, errorsOf, Select, useFormErrors } from '../components/admin-form';
import { type Office, OfficeOfAddress, StaffWorkspace } from '../components/staff-workspace';
import { CancelDayCountersQuery, CancelOfficeAppointmentsMutation } from '../graphql/appointments';
import { useStaffI18n } from '../i18n/staff-i18n';

/** The longest message the API takes (MAX_CANCELLATION_NOTE on the server). */
const MAX_MESSAGE = 1000;

/** The form's inputs, by the API's path of the field each one answers. */
const INPUTS: Record<string, string> = { counterId: 'cancel-counter', message: 'cancel-message' };

type Counter = { id: string; name: string };
type Step = { kind: 'form' } | { kind: 'confirm' } | { kind: 'done'; count: number };

/**
 * Cancelling a day's booked appointments of an office, or of one counter, because of illness or a
 * closure: the clerk writes the citizens a message, confirms what will happen, and reads how many
 * were cancelled. The server e-mails every citizen with a link to rebook (issue #19).
 */
function CancelDay(props: { office: Office; day: LocalDay; counters: Counter[] }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const form = useFormErrors();
  const [step, setStep] = useState<Step>({ kind: 'form' });
  const [counterId, setCounterId] = useState('');
  const [message, setMessage] = useState('');
  const [state, cancel] = useMutation(CancelOfficeAppointmentsMutation);
  const day = formats.longDay(props.day);
  const title = t('cancelDay.title', { day });
  const plan = paths.staffPlan({ office: props.office.id, day: props.day });

  function go(next: Step) {
    setStep(next);
    focusPageHeading();
  }

  /** The message's problem, checked here as the API would, before the clerk is asked to confirm. */
  function messageProblem(): FormError | null {
    const text = message.trim();
    if (!text) return { field: INPUTS.message!, message: t('cancelDay.messageRequired') };
    if (text.length > MAX_MESSAGE) {
      return { field: INPUTS.message!, message: t('cancelDay.messageTooLong') };
    }
    return null;
  }

  async function confirm() {
    const result = await cancel({
      input: {
        officeId: props.office.id,
        counterId: counterId || null,
        from: startOfDay(props.day).toISOString(),
        to: startOfDay(addDays(props.day, 1)).toISOString(),
        message,
      },
    });
    const payload = result.data?.cancelOfficeAppointments;
    if (payload?.cancelledCount != null) return go({ kind: 'done', count: payload.cancelledCount });
    // Refused: back to the form, with each problem at its input or above it.
    form.show(
      payload
        ? errorsOf(payload.userErrors, (path) => INPUTS[path] ?? null)
        : [{ field: null, message: t('admin.connectionFailed') }],
    );
    setStep({ kind: 'form' });
  }

  const counter = props.counters.find((entry) => entry.id === counterId);
  return (
    <>
      <BackLink href={plan} />
      <PageHeading title={title} caption={props.office.name} hasErrors={form.errors.length > 0}>
        {title}
      </PageHeading>
      {step.kind === 'done' ? (
        <section aria-labelledby="cancel-done">
          <h2 class="kern-heading-medium" id="cancel-done">
            {t('cancelDay.doneTitle')}
          </h2>
          <p class="kern-body">{t('cancelDay.done', { count: step.count })}</p>
          <p class="kern-body">
            <a class="kern-link" href={plan}>
              {t('cancelDay.backToPlan')}
            </a>
          </p>
        </section>
      ) : step.kind === 'confirm' ? (
        <section aria-labelledby="cancel-confirm" class="admin-retire">
          <h2 class="kern-heading-medium" id="cancel-confirm">
            {t('cancelDay.confirmTitle')}
          </h2>
          <p class="kern-body">
            {counter
              ? t('cancelDay.confirmText.counter', { day, counter: counter.name })
              : t('cancelDay.confirmText.office', { day })}
          </p>
          <p class="kern-body">{t('cancelDay.yourMessage')}</p>
          <blockquote class="kern-body cancel-day__message">{message.trim()}</blockquote>
          <form
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              if (!state.fetching) void confirm();
            }}
          >
            <div class="admin-actions">
              <button type="submit" class="kern-btn kern-btn--primary">
                <span class="kern-label">{t('cancelDay.confirm')}</span>
              </button>
              <button
                type="button"
                class="kern-btn kern-btn--secondary"
                onClick={() => go({ kind: 'form' })}
              >
                <span class="kern-label">{t('cancelDay.abort')}</span>
              </button>
            </div>
          </form>
        </section>
      ) : (
        <AdminForm
          id="cancel-form"
          title={t('cancelDay.formTitle')}
          submit={t('cancelDay.continue')}
          errors={form.errors}
          attempt={form.attempt}
          onSubmit={() => {
            const problem = messageProblem();
            if (problem) return form.show([problem]);
            form.show([]);
            go({ kind: 'confirm' });
          }}
        >
          <p class="kern-body">{t('cancelDay.intro')}</p>
          <Select
            id={INPUTS.counterId!}
            label={t('cancelDay.where')}
            error={form.of(INPUTS.counterId!)}
            options={[
              { value: '', label: t('cancelDay.allCounters') },
              ...props.counters.map((entry) => ({ value: entry.id, label: entry.name })),
            ]}
            value={counterId}
            onValue={setCounterId}
          />
          <TextArea
            id={INPUTS.message!}
            label={t('cancelDay.message')}
            hint={t('cancelDay.messageHint')}
            error={form.of(INPUTS.message!)}
            maxLength={MAX_MESSAGE}
            value={message}
            onValue={setMessage}
          />
        </AdminForm>
      )}
    </>
  );
}

/** The office's counters in service, then the page for the address's day (today by default). */
function CancelDayOfOffice(props: { office: Office }) {
  const { query } = useRoute();
  const day = isLocalDay(query.day) ? query.day : today();
  const [result, refetch] = useQuery({
    query: CancelDayCountersQuery,
    variables: { officeId: props.office.id },
  });
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const counters = result.data.counters.filter((counter) => !counter.retiredAt);
  return <CancelDay office={props.office} day={day} counters={counters} />;
}

/** Cancelling a day's appointments of an office the clerk works for, linked from the plan. */
export function CancelDayPage() {
  return (
    <StaffWorkspace>
      {(access) => (
        <OfficeOfAddress
          offices={access.offices}
          heading="cancelDay.heading"
          forbidden="plan.forbidden"
        >
          {(office) => <CancelDayOfOffice office={office} />}
        </OfficeOfAddress>
      )}
    </StaffWorkspace>
  );
}
