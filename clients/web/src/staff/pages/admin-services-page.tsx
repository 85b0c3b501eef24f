import { useQuery } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { TextField } from '../../components/form';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { paths } from '../../lib/routes';
import { AdminServicesQuery } from '../graphql/services';
import { StaffWorkspace } from '../components/staff-workspace';
import { useStaffI18n } from '../i18n/staff-i18n';
import { AdminOnly } from './admin-offices-page';

/**
 * One page of the list (50 services), and the button to the next: each "show more" adds a page
 * below, so that the list is never capped and nothing already read is asked for again.
 */
function ServicesPage(props: {
  query: string;
  after: string | null;
  first: boolean;
  onMore: (cursor: string) => void;
}) {
  const { t } = useStaffI18n();
  const { lang } = useI18n();
  const [result, refetch] = useQuery({
    query: AdminServicesQuery,
    variables: { query: props.query || null, after: props.after, lang: LANGUAGES[lang].api },
    requestPolicy: 'cache-and-network',
    context: useMemo(() => ({ additionalTypenames: ['Service'] }), []),
  });
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const { edges, pageInfo, totalCount } = result.data.services;
  if (props.first && totalCount === 0) {
    return <p class="kern-body">{t('adminServices.none')}</p>;
  }
  return (
    <>
      {props.first && (
        <p class="kern-body" role="status">
          {t('adminServices.count', { count: totalCount })}
        </p>
      )}
      <ul class="admin-service-list">
        {edges.map(({ node }) => (
          <li key={node.id} class="admin-service-list__item">
            <a class="kern-link" href={paths.staffService(node.id)}>
              {node.name}
            </a>
            <span class="kern-body">
              {[node.category?.name, node.offices.map((office) => office.name).join(', ')]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {node.retiredAt && (
              <span class="kern-badge kern-badge--warning">
                <span class="kern-label kern-label--small">
                  {t('adminServices.retired', { date: Date.parse(node.retiredAt) })}
                </span>
              </span>
            )}
          </li>
        ))}
      </ul>
      {pageInfo.hasNextPage && pageInfo.endCursor && (
        <MoreButton cursor={pageInfo.endCursor} onMore={props.onMore} />
      )}
    </>
  );
}

function MoreButton(props: { cursor: string; onMore: (cursor: string) => void }) {
  const { t } = useStaffI18n();
  const [pressed, setPressed] = useState(false);
  if (pressed) return null;
  return (
    <button
      type="button"
      class="kern-btn kern-btn--secondary"
      onClick={() => {
        setPressed(true);
        props.onMore(props.cursor);
      }}
    >
      <span class="kern-label">{t('adminServices.more')}</span>
    </button>
  );
}

function Services() {
  const { t } = useStaffI18n();
  const [typed, setTyped] = useState('');
  const [query, setQuery] = useState('');
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  const title = t('adminServices.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p class="kern-body admin-actions">
        <a class="kern-link" href={paths.staffNewService()}>
          {t('adminServices.new')}
        </a>
        <a class="kern-link" href={paths.staffCategories()}>
          {t('adminServices.categories')}
        </a>
      </p>
      <form
        role="search"
        class="admin-search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(typed.trim());
          setCursors([null]);
        }}
      >
        <TextField
          id="service-search"
          label={t('adminServices.search')}
          value={typed}
          onValue={setTyped}
        />
        <button type="submit" class="kern-btn kern-btn--primary">
          <span class="kern-label">{t('adminServices.searchButton')}</span>
        </button>
      </form>
      {cursors.map((after, index) => (
        <ServicesPage
          key={`${query}:${after ?? ''}`}
          query={query}
          after={after}
          first={index === 0}
          onMore={(cursor) => setCursors((before) => [...before, cursor])}
        />
      ))}
    </>
  );
}

/** The catalogue's services for the administration: search, every page, retired ones marked. */
export function AdminServicesPage() {
  return (
    <StaffWorkspace>{(access) => (access.isAdmin ? <Services /> : <AdminOnly />)}</StaffWorkspace>
  );
}
