import { useQuery } from '@urql/preact';
import { useApiTextLang } from '../components/api-text';
import { PageHeading } from '../components/page-heading';
import { SearchForm } from '../components/search-form';
import { LoadFailed, Loading } from '../components/status';
import { CategoriesQuery } from '../graphql/catalogue';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { paths } from '../lib/routes';
import { TOWN_NAME } from '../lib/town';

/** Start: what do you need to do? Search, browse by life situation, or find your booking. */
export function StartPage() {
  const { t, lang } = useI18n();
  const textLang = useApiTextLang();
  const [categories, refetch] = useQuery({
    query: CategoriesQuery,
    variables: { lang: LANGUAGES[lang].api },
  });
  return (
    <>
      <PageHeading title={t('start.title')} size="x-large" apiTexts={LANGUAGES[lang].api}>
        {t('start.heading', { town: TOWN_NAME })}
      </PageHeading>
      <p class="kern-body kern-body--large lead">{t('start.lead')}</p>
      <SearchForm />

      <section class="section" aria-labelledby="categories-heading">
        <h2 id="categories-heading" class="kern-heading-medium">
          {t('start.categories.heading')}
        </h2>
        {categories.data ? (
          <ul class="category-list" lang={textLang}>
            {categories.data.categories.map((category) => (
              <li key={category.id}>
                <a
                  class="kern-link category-list__link"
                  href={paths.search({ category: category.id })}
                >
                  {category.name}
                </a>
              </li>
            ))}
          </ul>
        ) : categories.error ? (
          <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
        ) : (
          <Loading />
        )}
      </section>

      <section class="section section--muted" aria-labelledby="appointment-heading">
        <h2 id="appointment-heading" class="kern-heading-medium">
          {t('start.appointment.heading')}
        </h2>
        <p class="kern-body">{t('start.appointment.text')}</p>
        <p>
          <a class="kern-link" href={paths.appointment()}>
            {t('start.appointment.link')}
          </a>
        </p>
      </section>
    </>
  );
}
