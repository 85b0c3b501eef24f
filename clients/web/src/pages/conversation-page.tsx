import { useClient } from '@urql/preact';
import type { ComponentType } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { ErrorSummary, TextArea, type FormError } from '../components/form';
import { BackLink } from '../components/links';
import { PageHeading } from '../components/page-heading';
import { SignedInOnly } from '../components/signed-in-only';
import { LoadFailed, Loading } from '../components/status';
import {
  ConversationEventType,
  ConversationSide,
  ConversationStatus,
  MessageAuthorRole,
  type ConversationQuery as ConversationResult,
  type MessagePartsFragment,
} from '../gql/graphql';
import {
  ConversationQuery,
  MarkConversationReadMutation,
  SendMessageMutation,
  SendTypingIndicatorMutation,
} from '../graphql/messaging';
import { createFormats } from '../i18n/format';
import { useI18n } from '../i18n/i18n';
import { followConversation, type ConversationEvent } from '../lib/conversation-live';
import {
  addPending,
  pendingMessages,
  refusePending,
  removePending,
  type PendingMessage,
} from '../lib/conversation-outbox';
import { randomId } from '../lib/random-id';
import { paths } from '../lib/routes';
import { unreadChanged } from '../lib/unread';
import { validateMessageBody } from '../lib/validation';

type Message = MessagePartsFragment;
type Details = NonNullable<ConversationResult['conversation']>;

/** How long "the office is typing" stays without a new signal (the API sends one every 2 s at most). */
const TYPING_SHOWN_MS = 6000;
/** The wait before sending again what a dropped connection kept back. */
const RETRY_MS = 3000;
/** The least time between two of the citizen's typing signals (the API's limit). */
const TYPING_INTERVAL_MS = 2500;

function bySeq(a: Message, b: Message) {
  return a.seq - b.seq;
}

/** Adds messages the page does not have yet (by number), in order. */
function merge(messages: Message[], more: Message[]): Message[] {
  const known = new Set(messages.map((message) => message.seq));
  const fresh = more.filter((message) => !known.has(message.seq));
  return fresh.length === 0 ? messages : [...messages, ...fresh].sort(bySeq);
}

function MessageItem(props: { message: Message; office: string; readByOffice: boolean }) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const { message } = props;
  const when = t('conversation.when', {
    day: formats.instantDay(message.createdAt),
    time: formats.clock(message.createdAt),
  });
  const author =
    message.authorRole === MessageAuthorRole.CITIZEN
      ? t('conversation.author.you')
      : message.authorRole === MessageAuthorRole.SYSTEM
        ? t('conversation.author.notice', { office: props.office })
        : message.authorName
          ? t('conversation.author.staffNamed', { office: props.office, name: message.authorName })
          : props.office;
  return (
    <li
      class={`thread__item thread__item--${message.authorRole.toLowerCase()}`}
      data-seq={message.seq}
    >
      <h3 class="thread__author">
        {author}
        <span class="thread__when">, {when}</span>
      </h3>
      <p class="thread__body">{message.body}</p>
      {props.readByOffice && <p class="thread__state">{t('conversation.readByOffice')}</p>}
    </li>
  );
}

function PendingItem(props: { message: PendingMessage; discard: () => void }) {
  const { t } = useI18n();
  return (
    <li class="thread__item thread__item--citizen thread__item--pending">
      <h3 class="thread__author">{t('conversation.author.you')}</h3>
      <p class="thread__body">{props.message.body}</p>
      {props.message.problem ? (
        <div class="thread__problem">
          <p class="kern-body">
            {t('conversation.notSent')} {props.message.problem}
          </p>
          <button type="button" class="kern-btn kern-btn--tertiary" onClick={props.discard}>
            <span class="kern-label">{t('conversation.discard')}</span>
          </button>
        </div>
      ) : (
        <p class="thread__state thread__state--sending">{t('conversation.sending')}</p>
      )}
    </li>
  );
}

type ApplicationPanel = ComponentType<{ applicationId: string }>;

/**
 * The application the conversation is about, with the upload of what the office asks for: loaded
 * only for such a conversation, with the application pages' own code.
 */
function LinkedApplication(props: { applicationId: string }) {
  const [Panel, setPanel] = useState<ApplicationPanel>();
  useEffect(() => {
    void import('./applications/my-application-page').then((module) =>
      setPanel(() => module.ConversationApplication),
    );
  }, []);
  return Panel ? <Panel applicationId={props.applicationId} /> : null;
}

function Conversation(props: { details: Details }) {
  const { t } = useI18n();
  const client = useClient();
  const { details } = props;
  const conversationId = details.id;
  const office = details.office.name;
  const [messages, setMessages] = useState<Message[]>(() =>
    details.messages.edges.map((edge) => edge.node),
  );
  const [pending, setPending] = useState(() => pendingMessages(conversationId));
  /** Pending messages that arrived through the subscription before their own answer did. */
  const [arrived, setArrived] = useState<ReadonlySet<string>>(new Set());
  const [officeReadSeq, setOfficeReadSeq] = useState(details.officeLastReadSeq);
  const [officeTyping, setOfficeTyping] = useState(false);
  const [status, setStatus] = useState(details.status);
  const [announcement, setAnnouncement] = useState('');
  const [offline, setOffline] = useState(false);
  const [liveFailed, setLiveFailed] = useState(false);
  const [draft, setDraft] = useState('');
  const [draftError, setDraftError] = useState<string>();
  const [attempt, setAttempt] = useState(0);

  const citizenReadSeq = useRef(details.citizenLastReadSeq);
  const sending = useRef(false);
  const retry = useRef<ReturnType<typeof setTimeout>>(undefined);
  const typingTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const lastTypingSignal = useRef(0);
  /** The pending messages sent at least once: only those can arrive through the subscription. */
  const attempted = useRef(new Set<string>());

  /**
   * The number up to which the page has every message: the query's last, then each message of
   * the subscription (which come in order, without gaps). A sent message's own answer may be
   * further on, past answers still to come: resuming from it would skip those.
   */
  const followed = useRef(messages.at(-1)?.seq ?? 0);
  const shownStatus = useRef(status);
  shownStatus.current = status;
  const refreshPending = () => setPending([...pendingMessages(conversationId)]);

  /** Sends the kept messages one after the other, in the order written, each with its own id. */
  async function flush() {
    if (sending.current) return;
    sending.current = true;
    clearTimeout(retry.current);
    try {
      for (;;) {
        const next = pendingMessages(conversationId).find((message) => !message.problem);
        if (!next) break;
        attempted.current.add(next.clientMessageId);
        const result = await client
          .mutation(SendMessageMutation, {
            input: { conversationId, body: next.body, clientMessageId: next.clientMessageId },
          })
          .toPromise();
        const payload = result.data?.sendMessage;
        if (!payload) {
          setOffline(true);
          retry.current = setTimeout(() => void flush(), RETRY_MS);
          break;
        }
        setOffline(false);
        if (payload.message) {
          const sent = payload.message;
          setMessages((current) => merge(current, [sent]));
          removePending(conversationId, next.clientMessageId);
        } else {
          const problem = payload.userErrors.map((error) => error.message).join(' ');
          refusePending(conversationId, next.clientMessageId, problem);
        }
        refreshPending();
      }
    } finally {
      sending.current = false;
    }
  }

  function onEvent(event: ConversationEvent) {
    setLiveFailed(false);
    switch (event.type) {
      case ConversationEventType.MESSAGE: {
        const message = event.message;
        if (!message) return;
        followed.current = Math.max(followed.current, message.seq);
        setMessages((current) => merge(current, [message]));
        if (message.authorRole === MessageAuthorRole.CITIZEN) {
          // Its own answer may still be on its way: show it once, as sent.
          const match = pendingMessages(conversationId).find(
            (item) =>
              attempted.current.has(item.clientMessageId) && item.body.trim() === message.body,
          );
          if (match) setArrived((set) => new Set(set).add(match.clientMessageId));
          return;
        }
        if (message.authorRole === MessageAuthorRole.STAFF) {
          // Whoever answers has read what came before (the API moves the office's receipt too).
          setOfficeTyping(false);
          setOfficeReadSeq((current) => Math.max(current, message.seq));
        }
        setAnnouncement(
          message.authorRole === MessageAuthorRole.SYSTEM
            ? t('conversation.announce.notice', { office, body: message.body })
            : t('conversation.announce.answer', { office, body: message.body }),
        );
        return;
      }
      case ConversationEventType.READ:
        if (event.side === ConversationSide.OFFICE && event.seq != null) {
          const seq = event.seq;
          setOfficeReadSeq((current) => Math.max(current, seq));
        }
        return;
      case ConversationEventType.TYPING:
        if (event.side !== ConversationSide.OFFICE) return;
        setOfficeTyping(true);
        clearTimeout(typingTimer.current);
        typingTimer.current = setTimeout(() => setOfficeTyping(false), TYPING_SHOWN_MS);
        return;
      case ConversationEventType.STATUS:
        if (event.status) setStatus(event.status);
        return;
    }
  }

  // The subscription outlives renders; it hands each event to this render's handler (language).
  const handler = useRef(onEvent);
  handler.current = onEvent;

  useEffect(() => {
    const shown = () => ({ lastSeq: followed.current, status: shownStatus.current });
    const stop = followConversation(conversationId, shown, {
      event: (event) => handler.current(event),
      failed: () => setLiveFailed(true),
    });
    const online = () => void flush();
    window.addEventListener('online', online);
    void flush();
    return () => {
      stop();
      window.removeEventListener('online', online);
      clearTimeout(retry.current);
      clearTimeout(typingTimer.current);
    };
  }, [conversationId]);

  // Read receipt: what the page shows while the citizen can see it counts as read.
  useEffect(() => {
    const markRead = () => {
      // Not a later own message's number: answers before it may still be on their way.
      const seq = followed.current;
      if (document.visibilityState !== 'visible' || seq <= citizenReadSeq.current) return;
      citizenReadSeq.current = seq;
      void client
        .mutation(MarkConversationReadMutation, { input: { conversationId, seq } })
        .toPromise()
        .then((result) => {
          if (result.data?.markConversationRead.conversation) unreadChanged();
          else citizenReadSeq.current = Math.min(citizenReadSeq.current, seq - 1);
        });
    };
    markRead();
    document.addEventListener('visibilitychange', markRead);
    return () => document.removeEventListener('visibilitychange', markRead);
  }, [messages]);

  function typing(value: string) {
    setDraft(value);
    if (draftError) setDraftError(undefined);
    const now = Date.now();
    if (!value.trim() || now - lastTypingSignal.current < TYPING_INTERVAL_MS) return;
    lastTypingSignal.current = now;
    void client.mutation(SendTypingIndicatorMutation, { input: { conversationId } }).toPromise();
  }

  function send() {
    const problem = validateMessageBody(draft);
    if (problem) {
      setDraftError(t(problem));
      setAttempt((value) => value + 1);
      return;
    }
    addPending(conversationId, { clientMessageId: randomId(), body: draft.trim() });
    setDraft('');
    refreshPending();
    void flush();
  }

  const shownPending = pending.filter((message) => !arrived.has(message.clientMessageId));
  const lastReadOwn = useMemo(
    () =>
      messages
        .filter((m) => m.authorRole === MessageAuthorRole.CITIZEN && m.seq <= officeReadSeq)
        .at(-1)?.seq,
    [messages, officeReadSeq],
  );
  const errors: FormError[] = draftError ? [{ field: 'message', message: draftError }] : [];
  const heading = details.subject;

  return (
    <>
      <BackLink href={paths.conversations()} />
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading
        title={heading}
        caption={t('conversation.caption', { office })}
        hasErrors={errors.length > 0}
      >
        {heading}
      </PageHeading>
      <div class="kern-sr-only" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
      {details.application && <LinkedApplication applicationId={details.application.id} />}
      {(offline || liveFailed) && (
        <p class="kern-body connection-note" role="status">
          {t('conversation.offline')}
        </p>
      )}
      <section aria-labelledby="thread-heading">
        <h2 id="thread-heading" class="kern-heading-medium">
          {t('conversation.thread.heading')}
        </h2>
        {details.messages.pageInfo.hasPreviousPage && (
          <p class="kern-body">{t('conversation.earlierNotShown')}</p>
        )}
        <ol class="thread" aria-labelledby="thread-heading">
          {messages.map((message) => (
            <MessageItem
              key={message.seq}
              message={message}
              office={office}
              readByOffice={message.seq === lastReadOwn}
            />
          ))}
          {shownPending.map((message) => (
            <PendingItem
              key={message.clientMessageId}
              message={message}
              discard={() => {
                removePending(conversationId, message.clientMessageId);
                refreshPending();
              }}
            />
          ))}
        </ol>
        <p class="thread__typing">{officeTyping ? t('conversation.typing') : ''}</p>
        {status === ConversationStatus.CLOSED && (
          <p class="kern-body">{t('conversation.closed')}</p>
        )}
      </section>
      <form
        class="reply-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
      >
        <TextArea
          id="message"
          label={t('conversation.reply.label')}
          hint={t('conversation.reply.hint')}
          error={draftError}
          value={draft}
          onValue={typing}
          rows={4}
        />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('conversation.reply.send')}</span>
        </button>
      </form>
    </>
  );
}

function ConversationLoader(props: { id: string }) {
  const { t } = useI18n();
  const client = useClient();
  const [details, setDetails] = useState<Details | null | undefined>(undefined);
  const [failed, setFailed] = useState(false);

  async function load() {
    const result = await client
      .query(ConversationQuery, { id: props.id }, { requestPolicy: 'network-only' })
      .toPromise();
    if (!result.data) return setFailed(true);
    setFailed(false);
    setDetails(result.data.conversation);
  }
  useEffect(() => {
    setDetails(undefined);
    void load();
  }, [props.id]);

  if (details === undefined) {
    return failed ? <LoadFailed retry={() => void load()} /> : <Loading />;
  }
  if (details === null) {
    const heading = t('conversation.notFound.heading');
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body">{t('conversation.notFound.text')}</p>
        <p class="kern-body">
          <a class="kern-link" href={paths.conversations()}>
            {t('conversations.heading')}
          </a>
        </p>
      </>
    );
  }
  return <Conversation key={details.id} details={details} />;
}

/**
 * One conversation with an office: the thread, answers as they come, "the office is typing",
 * "read by the office", and a reply form whose messages survive a lost connection or a reload.
 */
export function ConversationPage() {
  const { params } = useRoute();
  const id = params.conversationId ?? '';
  return <SignedInOnly>{() => <ConversationLoader id={id} />}</SignedInOnly>;
}
