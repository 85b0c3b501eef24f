import { useState } from 'preact/hooks';
import { ErrorSummary, RadioGroup, type FormError } from '../../components/form';
import { FutureAppointments } from '../gql/graphql';
import { useStaffI18n } from '../i18n/staff-i18n';

/** What a retire mutation answered: done, or its refusals with how many appointments are booked. */
export type RetireAnswer = {
  done: boolean;
  futureAppointments: number | null;
  userErrors: Array<{ code: string; message: string }>;
};

/**
 * Retiring an office, a service or a counter, in two steps: the admin confirms; when appointments
 * are booked the API refuses and says how many, and the admin chooses what happens to them (cancel
 * with a notice, or for a counter move them) and confirms again.
 */
export function RetireConfirmation(props: {
  id: string;
  title: string;
  text: string;
  /** The first step's button, e.g. "Yes, close for good". */
  confirm: string;
  /** Counters only: their appointments may move to another counter. */
  canMove: boolean;
  retire: (choice: FutureAppointments | null) => Promise<RetireAnswer | null>;
  onRetired: () => void;
  abortHref: string;
}) {
  const { t } = useStaffI18n();
  const [affected, setAffected] = useState<number | null>(null);
  const [choice, setChoice] = useState<string>();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  function show(problems: FormError[]) {
    setErrors(problems);
    setAttempt((value) => value + 1);
  }

  async function submit() {
    const chosen = Object.values(FutureAppointments).find((value) => value === choice) ?? null;
    if (affected !== null && !chosen) {
      return show([{ field: 'future-appointments', message: t('retire.choiceRequired') }]);
    }
    setBusy(true);
    const answer = await props.retire(affected === null ? null : chosen);
    setBusy(false);
    if (!answer) return show([{ field: null, message: t('admin.connectionFailed') }]);
    if (answer.done) return props.onRetired();
    const needsChoice = answer.userErrors.some((error) => error.code === 'APPOINTMENTS_AFFECTED');
    if (needsChoice && answer.futureAppointments !== null) {
      setAffected(answer.futureAppointments);
      return setErrors([]);
    }
    show(answer.userErrors.map((error) => ({ field: null, message: error.message })));
  }

  const options = [
    {
      value: FutureAppointments.CANCEL_WITH_NOTICE,
      label: t('retire.cancelWithNotice', { count: affected ?? 0 }),
      hint: t('retire.cancelWithNoticeHint'),
    },
    ...(props.canMove
      ? [
          {
            value: FutureAppointments.MOVE_TO_OTHER_COUNTER,
            label: t('retire.move', { count: affected ?? 0 }),
            hint: t('retire.moveHint'),
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby={props.id} class="admin-retire">
      <h2 class="kern-heading-medium" id={props.id}>
        {props.title}
      </h2>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <p class="kern-body">{props.text}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        {affected !== null && (
          <RadioGroup
            name="future-appointments"
            legend={<legend class="kern-label">{t('retire.affected', { count: affected })}</legend>}
            error={errors.find((error) => error.field === 'future-appointments')?.message}
            options={options}
            value={choice}
            onValue={setChoice}
          />
        )}
        <div class="admin-actions">
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">
              {affected === null ? props.confirm : t('retire.confirmWithChoice')}
            </span>
          </button>
          <a class="kern-link" href={props.abortHref}>
            {t('retire.abort')}
          </a>
        </div>
      </form>
    </section>
  );
}
