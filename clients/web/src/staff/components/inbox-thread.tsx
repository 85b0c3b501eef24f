import { useClient, useQuery } from '@urql/preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { TextArea } from '../../components/form';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { ConversationEventType, ConversationSide } from '../../gql/graphql';
import { followConversation, type ConversationEvent } from '../../lib/conversation-live';
import { randomId } from '../../lib/random-id';
import { paths } from '../../lib/routes';
import {
  AppointmentStatus,
  ConversationStatus,
  MessageAuthorRole,
  type AnswerTemplatesQuery as TemplatesResult,
  type InboxConversationQuery as ConversationResult,
  type InboxMessageFragment,
} from '../gql/graphql';
import {
  AssignConversationMutation,
  InboxConversationQuery,
  InboxMarkReadMutation,
  InboxSendMessageMutation,
  InboxTypingMutation,
  SetConversationStatusMutation,
} from '../graphql/inbox';
import { useStaffI18n } from '../i18n/staff-i18n';
import { isSendKey, useShortcuts } from '../lib/shortcuts';
import type { Office } from './staff-workspace';

type Message = InboxMessageFragment;
type Details = NonNullable<ConversationResult['conversation']>;
type Template = TemplatesResult['answerTemplates'][number];
export type Colleague = { id: string; name: string };

/** How long "the citizen is typing" stays without a new signal (the API sends one every 2 s at most). */
const TYPING_SHOWN_MS = 6000;
/** The least time between two typing signals (the API's limit is 2 s). */
const TYPING_INTERVAL_MS = 2500;
const MAX_MESSAGE_LENGTH = 4000;

/** Adds messages the thread does not have yet (by number), in order. */
function merge(messages: Message[], more: Message[]): Message[] {
  const known = new Set(messages.map((message) => message.seq));
  const fresh = more.filter((message) => !known.has(message.seq));
  return fresh.length === 0 ? messages : [...messages, ...fresh].sort((a, b) => a.seq - b.seq);
}

/**
 * A template's text for this conversation: {name} becomes the citizen's name and {me} the clerk's.
 * Plain text in a text field, which the clerk reads before sending: nothing is interpreted.
 */
export function fillTemplate(body: string, names: { citizen: string; me: string }): string {
  return body.replaceAll('{name}', names.citizen).replaceAll('{me}', names.me);
}

function MessageItem(props: { message: Message; citizen: string; readByCitizen: boolean }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const { message } = props;
  const author =
    message.authorRole === MessageAuthorRole.CITIZEN
      ? props.citizen
      : message.authorRole === MessageAuthorRole.SYSTEM
        ? t('inbox.thread.system')
        : (message.authorName ?? t('inbox.thread.formerStaff'));
  return (
    <li
      class={`thread__item thread__item--${message.authorRole.toLowerCase()}`}
      data-seq={message.seq}
    >
      <h3 class="thread__author">
        {author}
        <span class="thread__when">
          ,{' '}
          {t('inbox.thread.when', {
            day: formats.instantDay(message.createdAt),
            time: formats.clock(message.createdAt),
          })}
        </span>
      </h3>
      <p class="thread__body">{message.body}</p>
      {props.readByCitizen && <p class="thread__state">{t('inbox.thread.readByCitizen')}</p>}
    </li>
  );
}

function LinkedAppointment(props: { appointment: NonNullable<Details['appointment']> }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const { appointment } = props;
  return (
    <aside class="inbox-appointment" aria-labelledby="inbox-appointment-heading">
      <h3 id="inbox-appointment-heading" class="kern-heading-small">
        {t('inbox.appointment.heading')}
      </h3>
      <dl class="inbox-appointment__facts">
        <dt>{t('inbox.appointment.service')}</dt>
        <dd>{appointment.service.name}</dd>
        <dt>{t('inbox.appointment.when')}</dt>
        <dd>
          {t('inbox.appointment.time', {
            day: formats.instantDay(appointment.startsAt),
            from: formats.clock(appointment.startsAt),
            to: formats.clock(appointment.endsAt),
          })}
        </dd>
        <dt>{t('inbox.appointment.code')}</dt>
        <dd>
          <bdi>{appointment.code}</bdi>
        </dd>
        <dt>{t('inbox.appointment.status')}</dt>
        <dd>
          {appointment.status === AppointmentStatus.CANCELLED
            ? t('plan.status.cancelled')
            : t('plan.status.booked')}
        </dd>
      </dl>
    </aside>
  );
}

function Thread(props: {
  details: Details;
  /** The assignee as the live list has it now; undefined while the list does not show it. */
  listedAssignee: Colleague | null | undefined;
  me: Colleague;
  colleagues: Colleague[];
  templates: Template[];
  office: Office;
}) {
  const { t } = useStaffI18n();
  const client = useClient();
  const { details, me } = props;
  const conversationId = details.id;
  const [messages, setMessages] = useState<Message[]>(() =>
    details.messages.edges.map((edge) => edge.node),
  );
  const [citizenReadSeq, setCitizenReadSeq] = useState(details.citizenLastReadSeq);
  const [citizenTyping, setCitizenTyping] = useState(false);
  const [status, setStatus] = useState(details.status);
  const [assignee, setAssignee] = useState<Colleague | null>(details.assignee);
  const [chosenAssignee, setChosenAssignee] = useState(details.assignee?.id ?? '');
  // A colleague's assignment reaches the list live (inboxEvents); the thread follows it.
  const listedId =
    props.listedAssignee === undefined ? undefined : (props.listedAssignee?.id ?? '');
  useEffect(() => {
    if (props.listedAssignee === undefined) return;
    setAssignee(props.listedAssignee);
    setChosenAssignee(props.listedAssignee?.id ?? '');
  }, [listedId]);
  const [chosenTemplate, setChosenTemplate] = useState(props.templates[0]?.id ?? '');
  const [draft, setDraft] = useState('');
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState('');
  const [liveFailed, setLiveFailed] = useState(false);
  const [busy, setBusy] = useState(false);

  const followed = useRef(messages.at(-1)?.seq ?? 0);
  const shownStatus = useRef(status);
  shownStatus.current = status;
  const officeReadSeq = useRef(details.officeLastReadSeq);
  const clientMessageId = useRef(randomId());
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastTypingSignal = useRef(0);
  const reply = useRef<HTMLTextAreaElement | null>(null);

  function onEvent(event: ConversationEvent) {
    setLiveFailed(false);
    switch (event.type) {
      case ConversationEventType.MESSAGE: {
        const message = event.message;
        if (!message) return;
        followed.current = Math.max(followed.current, message.seq);
        setMessages((current) => merge(current, [message]));
        if (message.authorRole === MessageAuthorRole.CITIZEN) {
          setCitizenTyping(false);
          // Whoever writes has read what came before (the API moves the citizen's receipt too).
          setCitizenReadSeq((current) => Math.max(current, message.seq));
          setNotice(t('inbox.thread.announce', { name: details.citizenName, body: message.body }));
        }
        return;
      }
      case ConversationEventType.READ:
        if (event.side === ConversationSide.CITIZEN && event.seq != null) {
          const seq = event.seq;
          setCitizenReadSeq((current) => Math.max(current, seq));
        }
        return;
      case ConversationEventType.TYPING:
        if (event.side !== ConversationSide.CITIZEN) return;
        setCitizenTyping(true);
        clearTimeout(typingTimer.current);
        typingTimer.current = setTimeout(() => setCitizenTyping(false), TYPING_SHOWN_MS);
        return;
      case ConversationEventType.STATUS:
        if (event.status) setStatus(event.status);
        return;
    }
  }
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    const shown = () => ({ lastSeq: followed.current, status: shownStatus.current });
    const stop = followConversation(conversationId, shown, {
      event: (event) => handler.current(event),
      failed: () => setLiveFailed(true),
    });
    return () => {
      stop();
      clearTimeout(typingTimer.current);
    };
  }, [conversationId]);

  // The office's read receipt: what the thread shows while the clerk can see it counts as read.
  useEffect(() => {
    const markRead = () => {
      const seq = followed.current;
      if (document.visibilityState !== 'visible' || seq <= officeReadSeq.current) return;
      officeReadSeq.current = seq;
      void client.mutation(InboxMarkReadMutation, { input: { conversationId, seq } }).toPromise();
    };
    markRead();
    document.addEventListener('visibilitychange', markRead);
    return () => document.removeEventListener('visibilitychange', markRead);
  }, [messages]);

  async function assign(accountId: string | null) {
    const result = await client
      .mutation(AssignConversationMutation, {
        input: { conversationId, assigneeId: accountId },
      })
      .toPromise();
    const payload = result.data?.assignConversation;
    if (!payload?.conversation) {
      setNotice(payload?.userErrors[0]?.message ?? t('inbox.failed'));
      return;
    }
    setAssignee(payload.conversation.assignee);
    setChosenAssignee(payload.conversation.assignee?.id ?? '');
    setNotice(
      payload.conversation.assignee
        ? t('inbox.assign.done', { name: payload.conversation.assignee.name })
        : t('inbox.assign.none'),
    );
  }

  async function setClosed(closed: boolean) {
    const result = await client
      .mutation(SetConversationStatusMutation, { input: { conversationId, closed } })
      .toPromise();
    const changed = result.data?.setConversationStatus.conversation;
    if (!changed) {
      setNotice(t('inbox.failed'));
      return;
    }
    setStatus(changed.status);
    setNotice(closed ? t('inbox.status.closedNow') : t('inbox.status.reopenedNow'));
  }

  function typing(value: string) {
    setDraft(value);
    if (problem) setProblem(undefined);
    const now = Date.now();
    if (!value.trim() || now - lastTypingSignal.current < TYPING_INTERVAL_MS) return;
    lastTypingSignal.current = now;
    void client.mutation(InboxTypingMutation, { input: { conversationId } }).toPromise();
  }

  function insertTemplate() {
    const template = props.templates.find((candidate) => candidate.id === chosenTemplate);
    if (!template) return;
    const text = fillTemplate(template.body, { citizen: details.citizenName, me: me.name });
    const field = reply.current;
    const start = field?.selectionStart ?? draft.length;
    const end = field?.selectionEnd ?? draft.length;
    const next = draft.slice(0, start) + text + draft.slice(end);
    setDraft(next);
    setProblem(undefined);
    field?.focus();
    requestAnimationFrame(() => field?.setSelectionRange(start + text.length, start + text.length));
  }

  async function send() {
    const body = draft.trim();
    if (!body) return setProblem(t('inbox.reply.required'));
    if (body.length > MAX_MESSAGE_LENGTH) {
      return setProblem(t('inbox.reply.tooLong', { max: MAX_MESSAGE_LENGTH }));
    }
    if (busy) return;
    setBusy(true);
    try {
      // The same id until the API confirms: a retry after a lost answer sends once.
      const result = await client
        .mutation(InboxSendMessageMutation, {
          input: { conversationId, body, clientMessageId: clientMessageId.current },
        })
        .toPromise();
      const payload = result.data?.sendMessage;
      if (!payload) return setProblem(t('inbox.reply.notSent'));
      if (!payload.message) {
        return setProblem(payload.userErrors.map((error) => error.message).join(' '));
      }
      const sent = payload.message;
      clientMessageId.current = randomId();
      setMessages((current) => merge(current, [sent]));
      setDraft('');
      setNotice(t('inbox.reply.sent'));
    } finally {
      setBusy(false);
    }
  }

  useShortcuts({
    a: () => {
      if (assignee?.id !== me.id) void assign(me.id);
    },
    r: () => reply.current?.focus(),
  });

  const lastReadAnswer = useMemo(
    () =>
      messages
        .filter((m) => m.authorRole === MessageAuthorRole.STAFF && m.seq <= citizenReadSeq)
        .at(-1)?.seq,
    [messages, citizenReadSeq],
  );
  const closed = status === ConversationStatus.CLOSED;

  return (
    <article class="inbox-thread" aria-labelledby="inbox-thread-heading">
      <h2 id="inbox-thread-heading" class="kern-heading-medium">
        {details.subject}
      </h2>
      <p class="kern-body">
        {t('inbox.thread.from', { name: details.citizenName })}
        {' · '}
        {t(`inbox.status.${status}`)}
        {' · '}
        {assignee
          ? t('inbox.thread.assignedTo', { name: assignee.name })
          : t('inbox.item.unassigned')}
      </p>
      <div class="kern-sr-only" aria-live="polite" aria-atomic="true">
        {notice}
      </div>
      {liveFailed && (
        <p class="kern-body connection-note" role="status">
          {t('inbox.offline')}
        </p>
      )}
      <div class="inbox-thread__actions">
        {assignee?.id !== me.id && (
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={() => void assign(me.id)}
          >
            <span class="kern-label">{t('inbox.assign.toMe')}</span>
          </button>
        )}
        <form
          class="inbox-thread__assign"
          onSubmit={(event) => {
            event.preventDefault();
            void assign(chosenAssignee || null);
          }}
        >
          <div class="kern-form-input">
            <label class="kern-label" for="inbox-assignee">
              {t('inbox.assign.label')}
            </label>
            <div class="kern-form-input__select-wrapper">
              <select
                id="inbox-assignee"
                class="kern-form-input__select"
                value={chosenAssignee}
                onChange={(event) => setChosenAssignee(event.currentTarget.value)}
              >
                <option value="">{t('inbox.assign.nobody')}</option>
                {props.colleagues.map((colleague) => (
                  <option key={colleague.id} value={colleague.id}>
                    {colleague.name}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <button type="submit" class="kern-btn kern-btn--tertiary">
            <span class="kern-label">{t('inbox.assign.submit')}</span>
          </button>
        </form>
        <button
          type="button"
          class="kern-btn kern-btn--tertiary"
          onClick={() => void setClosed(!closed)}
        >
          <span class="kern-label">
            {closed ? t('inbox.status.reopen') : t('inbox.status.close')}
          </span>
        </button>
      </div>
      {details.appointment && <LinkedAppointment appointment={details.appointment} />}
      <section aria-labelledby="inbox-messages-heading">
        <h3 id="inbox-messages-heading" class="kern-sr-only">
          {t('inbox.thread.messages')}
        </h3>
        {details.messages.pageInfo.hasPreviousPage && (
          <p class="kern-body">{t('inbox.thread.earlierNotShown')}</p>
        )}
        <ol class="thread" aria-labelledby="inbox-messages-heading">
          {messages.map((message) => (
            <MessageItem
              key={message.seq}
              message={message}
              citizen={details.citizenName}
              readByCitizen={message.seq === lastReadAnswer}
            />
          ))}
        </ol>
        <p class="thread__typing" aria-live="polite">
          {citizenTyping ? t('inbox.thread.typing', { name: details.citizenName }) : ''}
        </p>
      </section>
      <form
        class="reply-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
        onKeyDown={(event) => {
          if (isSendKey(event)) {
            event.preventDefault();
            void send();
          }
        }}
      >
        {props.templates.length > 0 ? (
          <div class="inbox-thread__templates">
            <div class="kern-form-input">
              <label class="kern-label" for="inbox-template">
                {t('inbox.templates.label')}
              </label>
              <div class="kern-form-input__select-wrapper">
                <select
                  id="inbox-template"
                  class="kern-form-input__select"
                  value={chosenTemplate}
                  onChange={(event) => setChosenTemplate(event.currentTarget.value)}
                >
                  {props.templates.map((template) => (
                    <option key={template.id} value={template.id}>
                      {template.name}
                    </option>
                  ))}
                </select>
              </div>
            </div>
            <button type="button" class="kern-btn kern-btn--secondary" onClick={insertTemplate}>
              <span class="kern-label">{t('inbox.templates.insert')}</span>
            </button>
          </div>
        ) : (
          <p class="kern-body">{t('inbox.templates.none')}</p>
        )}
        <p class="kern-body">
          <a class="kern-link" href={paths.staffTemplates({ office: props.office.id })}>
            {t('inbox.templates.manage')}
          </a>
        </p>
        <ReplyField
          value={draft}
          onValue={typing}
          error={problem}
          fieldRef={reply}
          label={t('inbox.reply.label', { name: details.citizenName })}
          hint={t('inbox.reply.hint')}
        />
        <button type="submit" class="kern-btn kern-btn--primary" disabled={busy}>
          <span class="kern-label">{t('inbox.reply.send')}</span>
        </button>
      </form>
    </article>
  );
}

/** The answer's text field, whose element the thread needs (templates insert at the cursor). */
function ReplyField(props: {
  value: string;
  onValue: (value: string) => void;
  error?: string;
  fieldRef: { current: HTMLTextAreaElement | null };
  label: string;
  hint: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  // Before the next frame: the "r" shortcut may focus the field as soon as it is on screen.
  useLayoutEffect(() => {
    props.fieldRef.current = box.current?.querySelector('textarea') ?? null;
  });
  return (
    <div ref={box}>
      <TextArea
        id="inbox-reply"
        label={props.label}
        hint={props.hint}
        error={props.error}
        value={props.value}
        onValue={props.onValue}
        rows={6}
      />
    </div>
  );
}

/** A conversation of the office in the inbox's second pane; null (not found) for any other. */
export function InboxThread(props: {
  conversationId: string;
  listedAssignee: Colleague | null | undefined;
  me: Colleague;
  colleagues: Colleague[];
  templates: Template[];
  office: Office;
}) {
  const { t } = useStaffI18n();
  const [result, refetch] = useQuery({
    query: InboxConversationQuery,
    variables: { id: props.conversationId },
    requestPolicy: 'network-only',
  });
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data || result.fetching) return <Loading />;
  const details = result.data.conversation;
  if (!details || details.office.id !== props.office.id) {
    return (
      <p class="kern-body" role="alert">
        {t('inbox.thread.notFound')}
      </p>
    );
  }
  return (
    <Thread
      key={details.id}
      details={details}
      listedAssignee={props.listedAssignee}
      me={props.me}
      colleagues={props.colleagues}
      templates={props.templates}
      office={props.office}
    />
  );
}
