import { useQuery, useSubscription } from '@urql/preact';
import { Fragment } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { onReconnect } from '../../lib/live';
import { paths, type InboxFilter } from '../../lib/routes';
import { InboxThread } from '../components/inbox-thread';
import {
  type Office,
  OfficeOfAddress,
  type StaffAccess,
  StaffWorkspace,
} from '../components/staff-workspace';
import {
  ConversationStatus,
  InboxAssignee,
  type InboxQuery as InboxResult,
  type InboxQueryVariables,
} from '../gql/graphql';
import { AnswerTemplatesQuery, InboxEventsSubscription, InboxQuery } from '../graphql/inbox';
import { OfficeChooser } from '../components/office-chooser';
import { useStaffI18n } from '../i18n/staff-i18n';
import { setShortcutsEnabled, shortcutsEnabled, useShortcuts } from '../lib/shortcuts';

type Item = InboxResult['inbox']['conversations']['edges'][number]['node'];

const FILTERS: InboxFilter[] = ['open', 'waiting', 'mine', 'unassigned', 'closed'];

/** What each filter asks the API for. */
const FILTER_VARIABLES: Record<InboxFilter, Omit<InboxQueryVariables, 'officeId'>> = {
  open: { assignee: InboxAssignee.ANYONE, excludeClosed: true },
  // The citizen wrote last and nobody answered yet.
  waiting: { status: ConversationStatus.OPEN, assignee: InboxAssignee.ANYONE, excludeClosed: true },
  mine: { assignee: InboxAssignee.ME, excludeClosed: true },
  unassigned: { assignee: InboxAssignee.UNASSIGNED, excludeClosed: true },
  closed: {
    status: ConversationStatus.CLOSED,
    assignee: InboxAssignee.ANYONE,
    excludeClosed: false,
  },
};

function isFilter(value: string | undefined): value is InboxFilter {
  return FILTERS.includes(value as InboxFilter);
}

function ConversationItem(props: { item: Item; href: string; selected: boolean }) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const { item } = props;
  return (
    <li class={props.selected ? 'inbox-item inbox-item--selected' : 'inbox-item'}>
      <a
        class="inbox-item__link"
        href={props.href}
        aria-current={props.selected ? 'true' : undefined}
      >
        <span class="inbox-item__subject">{item.subject}</span>
        <span class="inbox-item__meta">
          {item.citizenName}
          {' · '}
          {t('inbox.item.when', {
            day: formats.instantDay(item.lastMessageAt),
            time: formats.clock(item.lastMessageAt),
          })}
        </span>
        <span class="inbox-item__meta">
          {t(`inbox.status.${item.status}`)}
          {' · '}
          {item.assignee
            ? t('inbox.thread.assignedTo', { name: item.assignee.name })
            : t('inbox.item.unassigned')}
        </span>
        {item.unreadCount > 0 && (
          <span class="status-tag status-tag--unread">
            {t('inbox.item.unread', { count: item.unreadCount })}
          </span>
        )}
      </a>
    </li>
  );
}

/** The shortcuts the page lists, in the order it lists them. */
const SHORTCUTS = ['next', 'previous', 'assign', 'reply', 'send'] as const;

function ShortcutList() {
  const { t, rich } = useStaffI18n();
  const [enabled, setEnabled] = useState(shortcutsEnabled);
  return (
    <section class="inbox-shortcuts" aria-labelledby="inbox-shortcuts-heading">
      <h2 id="inbox-shortcuts-heading" class="kern-heading-small">
        {t('inbox.shortcuts.heading')}
      </h2>
      <p class="kern-body">{t('inbox.shortcuts.intro')}</p>
      <div class="kern-form-check">
        <input
          class="kern-form-check__checkbox"
          id="inbox-shortcuts-on"
          type="checkbox"
          checked={enabled}
          onChange={(event) => {
            setEnabled(event.currentTarget.checked);
            setShortcutsEnabled(event.currentTarget.checked);
          }}
        />
        <label class="kern-label" for="inbox-shortcuts-on">
          {t('inbox.shortcuts.enabled')}
        </label>
      </div>
      <dl class="inbox-shortcuts__list">
        {SHORTCUTS.map((shortcut) => (
          <Fragment key={shortcut}>
            <dt>
              {rich(`inbox.shortcuts.key.${shortcut}`, { key: (chunks) => <kbd>{chunks}</kbd> })}
            </dt>
            <dd>{t(`inbox.shortcuts.${shortcut}`)}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

/**
 * An office's inbox: the conversations of a filter, live, beside the one chosen (two panes on a
 * wide screen, one at a time on a narrow one). Reading it is recorded in the citizens' data
 * access logs, which the page tells the clerk.
 */
function Inbox(props: {
  access: StaffAccess;
  office: Office;
  filter: InboxFilter;
  conversationId: string | undefined;
}) {
  const { t } = useStaffI18n();
  const { route } = useLocation();
  const { office, filter, conversationId } = props;
  const [result, refetch] = useQuery({
    query: InboxQuery,
    variables: { officeId: office.id, ...FILTER_VARIABLES[filter] },
    requestPolicy: 'network-only',
  });
  const [templates, refetchTemplates] = useQuery({
    query: AnswerTemplatesQuery,
    variables: { officeId: office.id },
    requestPolicy: 'network-only',
  });
  useSubscription(
    { query: InboxEventsSubscription, variables: { officeId: office.id } },
    (_previous, data) => {
      refetch({ requestPolicy: 'network-only' });
      return data;
    },
  );
  useEffect(
    () =>
      onReconnect(() => {
        refetch({ requestPolicy: 'network-only' });
        refetchTemplates({ requestPolicy: 'network-only' });
      }),
    [refetch, refetchTemplates],
  );

  const items = result.data?.inbox.conversations.edges.map((edge) => edge.node) ?? [];
  const inboxWith = (query: { filter?: InboxFilter; conversation?: string }) =>
    paths.staffInbox({ office: office.id, filter, conversation: conversationId, ...query });
  const step = (by: number) => {
    if (items.length === 0) return;
    const index = items.findIndex((item) => item.id === conversationId);
    const next = index < 0 ? (by > 0 ? 0 : items.length - 1) : index + by;
    const item = items[Math.min(Math.max(next, 0), items.length - 1)];
    if (item && item.id !== conversationId) route(inboxWith({ conversation: item.id }));
  };
  useShortcuts({ j: () => step(1), k: () => step(-1) });

  const me = { id: props.access.me.id, name: props.access.me.name };
  const forbidden = result.error?.graphQLErrors.some(
    (error) => error.extensions?.code === 'FORBIDDEN',
  );

  return (
    <>
      <PageHeading title={t('inbox.title')} caption={office.name}>
        {t('inbox.title')}
      </PageHeading>
      <p class="kern-body">{t('inbox.logNotice')}</p>
      {props.access.offices.length > 1 && (
        <OfficeChooser
          id="inbox-office"
          offices={props.access.offices}
          current={office}
          onChoose={(officeId) => route(paths.staffInbox({ office: officeId, filter }))}
        />
      )}
      {result.error && !result.data ? (
        forbidden ? (
          <p class="kern-body" role="alert">
            {t('inbox.forbidden')}
          </p>
        ) : (
          <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
        )
      ) : (
        <div class="inbox" data-pane={conversationId ? 'thread' : 'list'}>
          <section class="inbox__list" aria-labelledby="inbox-list-heading">
            <h2 id="inbox-list-heading" class="kern-heading-medium">
              {t('inbox.list.heading')}
            </h2>
            <nav aria-label={t('inbox.filter.label')}>
              <ul class="inbox__filters">
                {FILTERS.map((choice) => (
                  <li key={choice}>
                    <a
                      class="staff-nav__link"
                      href={paths.staffInbox({ office: office.id, filter: choice })}
                      aria-current={choice === filter ? 'page' : undefined}
                    >
                      {t(`inbox.filter.${choice}`)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
            {!result.data ? (
              <Loading />
            ) : (
              <>
                <p class="kern-body" aria-live="polite">
                  {t('inbox.list.count', {
                    count: result.data.inbox.conversations.totalCount,
                    unread: result.data.inbox.unreadConversations,
                  })}
                </p>
                {items.length > 0 && (
                  <ul class="inbox__items" aria-labelledby="inbox-list-heading">
                    {items.map((item) => (
                      <ConversationItem
                        key={item.id}
                        item={item}
                        href={inboxWith({ conversation: item.id })}
                        selected={item.id === conversationId}
                      />
                    ))}
                  </ul>
                )}
              </>
            )}
            <ShortcutList />
          </section>
          <div class="inbox__thread">
            {conversationId ? (
              <>
                <p class="kern-body inbox__back">
                  <a class="kern-link" href={inboxWith({ conversation: '' })}>
                    {t('inbox.backToList')}
                  </a>
                </p>
                <InboxThread
                  key={conversationId}
                  conversationId={conversationId}
                  listedAssignee={items.find((item) => item.id === conversationId)?.assignee}
                  me={me}
                  colleagues={result.data?.inbox.colleagues ?? []}
                  templates={templates.data?.answerTemplates ?? []}
                  office={office}
                />
              </>
            ) : (
              <p class="kern-body inbox__empty">{t('inbox.choose')}</p>
            )}
          </div>
        </div>
      )}
    </>
  );
}

/** The staff workspace's inbox of an office. */
export function InboxPage() {
  return <StaffWorkspace>{(access) => <InboxOfOffice access={access} />}</StaffWorkspace>;
}

function InboxOfOffice(props: { access: StaffAccess }) {
  const { query } = useRoute();
  return (
    <OfficeOfAddress
      offices={props.access.offices}
      heading="inbox.title"
      forbidden="inbox.forbidden"
    >
      {(office) => (
        <Inbox
          access={props.access}
          office={office}
          filter={isFilter(query.filter) ? query.filter : 'open'}
          conversationId={query.conversation || undefined}
        />
      )}
    </OfficeOfAddress>
  );
}
