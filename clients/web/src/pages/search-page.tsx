import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { useApiTextLang } from '../components/api-text';
import { Breadcrumbs } from '../components/links';
import { PageHeading } from '../components/page-heading';
import { PagedList, ShowMore, useFocusWhenLoaded, type PageOfList } from '../components/paged-list';
import { SearchForm } from '../components/search-form';
import { LoadFailed, Loading } from '../components/status';
import { CategoriesQuery, SearchServicesQuery } from '../graphql/catalogue';
import { useI18n } from '../i18n/i18n';
import { createFormats } from '../i18n/format';
import { LANGUAGES } from '../i18n/languages';
import { paths } from '../lib/routes';
import { excerpt } from '../lib/text';

const PAGE_SIZE = 20;

type Filter = { q: string; categoryId: string | undefined };

/** One page of results. */
function ResultPage(props: { filter: Filter; page: PageOfList }) {
  const { t, lang, locale } = useI18n();
  const formats = createFormats(locale);
  const [result, refetch] = useQuery({
    query: SearchServicesQuery,
    variables: {
      query: props.filter.q || null,
      categoryId: props.filter.categoryId ?? null,
      first: PAGE_SIZE,
      after: props.page.after,
      lang: LANGUAGES[lang].api,
    },
  });
  const services = result.data?.services;
  const firstLink = useFocusWhenLoaded(props.page, Boolean(services));
  const textLang = useApiTextLang();

  if (result.error && !services) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!services) return <Loading />;
  return (
    <>
      {props.page.index === 0 && (
        <p class="kern-body result-count" role="status">
          {t('search.count', { count: services.totalCount })}
        </p>
      )}
      {props.page.index === 0 && services.totalCount === 0 && (
        <div class="kern-body">
          <p>{t('search.empty.intro')}</p>
          <ul class="kern-list kern-list--bullet">
            <li>{t('search.empty.spelling')}</li>
            <li>{t('search.empty.words')}</li>
            <li>
              <a class="kern-link" href={paths.start()}>
                {t('search.empty.categories')}
              </a>
            </li>
          </ul>
        </div>
      )}
      <ul class="result-list">
        {services.edges.map(({ node }, position) => (
          <li key={node.id} class="result-list__item">
            <h2 class="kern-heading-small result-list__title">
              <a
                class="kern-link"
                href={paths.service(node.id)}
                lang={textLang}
                ref={position === 0 ? firstLink : undefined}
              >
                {node.name}
              </a>
            </h2>
            {node.description && (
              <p class="kern-body" lang={textLang}>
                {excerpt(node.description)}
              </p>
            )}
            <p class="kern-body kern-body--small result-list__fee">
              {node.fee
                ? t('service.fee.amount', {
                    amount: formats.money(node.fee.amountCents, node.fee.currency),
                  })
                : t('service.fee.free')}
            </p>
          </li>
        ))}
      </ul>
      <ShowMore page={props.page} pageInfo={services.pageInfo} label={t('search.more')} />
    </>
  );
}

function Results(props: { filter: Filter }) {
  return (
    <PagedList>
      {(page) => <ResultPage key={page.after ?? 'first'} filter={props.filter} page={page} />}
    </PagedList>
  );
}

/** Search results, or every service of a category (a life situation). */
export function SearchPage() {
  const { t, lang } = useI18n();
  const { query } = useRoute();
  const q = (query.q ?? '').trim();
  const categoryId = query.category || undefined;
  const [categories] = useQuery({
    query: CategoriesQuery,
    variables: { lang: LANGUAGES[lang].api },
    pause: !categoryId,
  });
  const category = categories.data?.categories.find((entry) => entry.id === categoryId);
  const textLang = useApiTextLang();
  const heading = category
    ? category.name
    : q
      ? t('search.heading.query', { query: q })
      : t('search.heading.all');

  return (
    <>
      <Breadcrumbs items={[{ href: paths.start(), label: t('nav.home') }]} />
      {categoryId && !categories.data ? (
        <Loading />
      ) : (
        <PageHeading title={heading} apiTexts={LANGUAGES[lang].api}>
          <span lang={category ? textLang : undefined}>{heading}</span>
        </PageHeading>
      )}
      {!categoryId && <SearchForm key={q} initial={q} id="search-again" />}
      <Results key={`${q}|${categoryId ?? ''}|${lang}`} filter={{ q, categoryId }} />
    </>
  );
}
