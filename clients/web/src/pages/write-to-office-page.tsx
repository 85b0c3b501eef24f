import { useClient, useMutation } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import {
  ErrorSummary,
  formErrorOf,
  RadioGroup,
  TextArea,
  TextField,
  type FormError,
} from '../components/form';
import { BackLink } from '../components/links';
import { PageHeading } from '../components/page-heading';
import { SignedInOnly } from '../components/signed-in-only';
import { LoadFailed, Loading } from '../components/status';
import { AppointmentStatus, type WriteToOfficeQuery as WriteToOfficeResult } from '../gql/graphql';
import { StartConversationMutation, WriteToOfficeQuery } from '../graphql/messaging';
import { createFormats } from '../i18n/format';
import { useI18n, useOnLanguageChange, type MessageKey } from '../i18n/i18n';
import { localDayOf } from '../lib/berlin-time';
import { randomId } from '../lib/random-id';
import { paths } from '../lib/routes';
import { MAX_SUBJECT_LENGTH, validateMessageBody, validateSubject } from '../lib/validation';

type Choices = {
  offices: WriteToOfficeResult['offices'];
  appointments: NonNullable<WriteToOfficeResult['me']>['appointments']['edges'][number]['node'][];
};

const FIELDS = ['officeId', 'appointmentId', 'subject', 'body'] as const;
type Field = (typeof FIELDS)[number];

/** The value of "not about an appointment" among the appointment radios. */
const NO_APPOINTMENT = 'none';

function WriteToOffice() {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const client = useClient();
  const { route } = useLocation();
  const [choices, setChoices] = useState<Choices | null>(null);
  const [failed, setFailed] = useState(false);
  const [officeId, setOfficeId] = useState<string>();
  const [appointmentId, setAppointmentId] = useState(NO_APPOINTMENT);
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [, start] = useMutation(StartConversationMutation);
  const sending = useRef(false);
  // One id per message written: a second click or a retry after a lost answer starts one
  // conversation, not two.
  const clientMessageId = useRef(randomId());

  async function load() {
    const result = await client
      .query(WriteToOfficeQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return setFailed(true);
    const now = Date.now();
    setFailed(false);
    setChoices({
      offices: result.data.offices,
      appointments: (result.data.me?.appointments.edges ?? [])
        .map((edge) => edge.node)
        .filter(
          (appointment) =>
            appointment.status === AppointmentStatus.BOOKED && Date.parse(appointment.endsAt) > now,
        )
        .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt)),
    });
  }
  useEffect(() => void load(), []);
  useOnLanguageChange(() => void load());

  function show(problems: FormError[]) {
    setErrors(problems);
    setAttempt((value) => value + 1);
  }

  async function submit() {
    const keys: Array<[Field, MessageKey | undefined]> = [
      ['officeId', officeId ? undefined : 'writeToOffice.office.required'],
      ['subject', validateSubject(subject)],
      ['body', validateMessageBody(body)],
    ];
    const problems = keys
      .filter((entry): entry is [Field, MessageKey] => Boolean(entry[1]))
      .map(([field, key]) => ({ field, message: t(key) }));
    if (problems.length > 0 || !officeId || sending.current) return show(problems);
    sending.current = true;
    const result = await start({
      input: {
        officeId,
        subject,
        body,
        clientMessageId: clientMessageId.current,
        appointmentId: appointmentId === NO_APPOINTMENT ? null : appointmentId,
      },
    });
    sending.current = false;
    const payload = result.data?.startConversation;
    if (!payload) return show([{ field: null, message: t('errors.connection') }]);
    if (!payload.conversation) {
      return show(payload.userErrors.map((error) => formErrorOf(error, FIELDS)));
    }
    clientMessageId.current = randomId();
    route(paths.conversation(payload.conversation.id));
  }

  const errorOf = (field: Field) => errors.find((error) => error.field === field)?.message;
  const heading = t('writeToOffice.heading');
  const title = (
    <>
      <BackLink href={paths.conversations()} />
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      <p class="kern-body">{t('writeToOffice.intro')}</p>
    </>
  );
  if (!choices) {
    return (
      <>
        {title}
        {failed ? <LoadFailed retry={() => void load()} /> : <Loading />}
      </>
    );
  }
  const appointmentsHere = choices.appointments.filter(
    (appointment) => appointment.office.id === officeId,
  );
  return (
    <>
      {title}
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <RadioGroup
          name="officeId"
          legend={
            <legend class="kern-label kern-label--large">{t('writeToOffice.office.label')}</legend>
          }
          error={errorOf('officeId')}
          options={choices.offices.map((office) => ({ value: office.id, label: office.name }))}
          value={officeId}
          onValue={(value) => {
            setOfficeId(value);
            setAppointmentId(NO_APPOINTMENT);
          }}
        />
        {appointmentsHere.length > 0 && (
          <RadioGroup
            name="appointmentId"
            legend={
              <legend class="kern-label kern-label--large">
                {t('writeToOffice.appointment.label')}
              </legend>
            }
            error={errorOf('appointmentId')}
            options={[
              { value: NO_APPOINTMENT, label: t('writeToOffice.appointment.none') },
              ...appointmentsHere.map((appointment) => ({
                value: appointment.id,
                label: t('writeToOffice.appointment.option', {
                  service: appointment.service.name,
                  day: formats.longDay(localDayOf(new Date(appointment.startsAt))),
                  time: formats.clock(appointment.startsAt),
                }),
              })),
            ]}
            value={appointmentId}
            onValue={setAppointmentId}
          />
        )}
        <TextField
          id="subject"
          label={t('writeToOffice.subject.label')}
          hint={t('writeToOffice.subject.hint', { max: MAX_SUBJECT_LENGTH })}
          error={errorOf('subject')}
          value={subject}
          onValue={setSubject}
          width="full"
        />
        <TextArea
          id="body"
          label={t('writeToOffice.body.label')}
          hint={t('writeToOffice.body.hint')}
          error={errorOf('body')}
          value={body}
          onValue={setBody}
          rows={6}
        />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('writeToOffice.send')}</span>
        </button>
      </form>
    </>
  );
}

/** "Write to the office": a new conversation, optionally about an upcoming appointment there. */
export function WriteToOfficePage() {
  return <SignedInOnly>{() => <WriteToOffice />}</SignedInOnly>;
}
