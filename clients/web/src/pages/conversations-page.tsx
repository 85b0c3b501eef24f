import { useClient } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { StartLink } from '../components/links';
import { PageHeading } from '../components/page-heading';
import { SignedInOnly } from '../components/signed-in-only';
import { LoadFailed, Loading } from '../components/status';
import type { MyConversationsQuery as MyConversationsResult } from '../gql/graphql';
import { MyConversationsQuery } from '../graphql/messaging';
import { createFormats } from '../i18n/format';
import { useI18n, useOnLanguageChange } from '../i18n/i18n';
import { paths } from '../lib/routes';

type Item = MyConversationsResult['conversations']['edges'][number]['node'];

const PAGE_SIZE = 20;

function ConversationItem(props: { conversation: Item; focus: boolean }) {
  const { t, locale } = useI18n();
  const formats = createFormats(locale);
  const { conversation } = props;
  const link = useRef<HTMLAnchorElement>(null);
  useEffect(() => {
    if (props.focus) link.current?.focus();
  }, [props.focus]);
  return (
    <li class="conversation-list__item">
      <h2 class="kern-heading-small conversation-list__title">
        <a ref={link} class="kern-link" href={paths.conversation(conversation.id)}>
          {conversation.subject}
        </a>
      </h2>
      <p class="kern-body conversation-list__meta">
        {conversation.office.name}
        <br />
        {t('conversations.lastActivity', {
          day: formats.instantDay(conversation.lastMessageAt),
          time: formats.clock(conversation.lastMessageAt),
        })}
      </p>
      {conversation.unreadCount > 0 && (
        <p class="status-tag status-tag--unread">
          {t('conversations.unread', { count: conversation.unreadCount })}
        </p>
      )}
    </li>
  );
}

function MyConversations() {
  const { t } = useI18n();
  const client = useClient();
  const [items, setItems] = useState<Item[] | null>(null);
  const [more, setMore] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [firstOfMore, setFirstOfMore] = useState<string | null>(null);
  const loading = useRef(false);

  async function load(after: string | null) {
    if (loading.current) return;
    loading.current = true;
    const result = await client
      .query(MyConversationsQuery, { first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
      .toPromise();
    loading.current = false;
    if (!result.data) {
      setFailed(true);
      return;
    }
    const { edges, pageInfo } = result.data.conversations;
    const page = edges.map((edge) => edge.node);
    setFailed(false);
    setFirstOfMore(after ? (page[0]?.id ?? null) : null);
    setItems((previous) => (after && previous ? [...previous, ...page] : page));
    setMore(pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null);
  }

  useEffect(() => {
    void load(null);
  }, []);
  // The offices' names follow the language of the request.
  useOnLanguageChange(() => void load(null));

  const heading = t('conversations.heading');
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p class="kern-body">{t('conversations.intro')}</p>
      <p>
        <StartLink href={paths.writeToOffice()}>{t('conversations.write')}</StartLink>
      </p>
      {!items ? (
        failed ? (
          <LoadFailed retry={() => void load(null)} />
        ) : (
          <Loading />
        )
      ) : items.length === 0 ? (
        <p class="kern-body">{t('conversations.none')}</p>
      ) : (
        <ul class="conversation-list" aria-label={t('conversations.listLabel')}>
          {items.map((conversation) => (
            <ConversationItem
              key={conversation.id}
              conversation={conversation}
              focus={conversation.id === firstOfMore}
            />
          ))}
        </ul>
      )}
      {more && (
        <p>
          <button type="button" class="kern-btn kern-btn--secondary" onClick={() => load(more)}>
            <span class="kern-label">{t('conversations.more')}</span>
          </button>
        </p>
      )}
    </>
  );
}

/** "My conversations": the citizen's conversations with the offices, latest activity first. */
export function ConversationsPage() {
  return <SignedInOnly>{() => <MyConversations />}</SignedInOnly>;
}
