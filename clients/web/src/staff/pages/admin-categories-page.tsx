import { useMutation, useQuery } from '@urql/preact';
import { useMemo, useState } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import { TextField } from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { paths } from '../../lib/routes';
import type { AdminCategoriesQuery as CategoriesResult } from '../gql/graphql';
import {
  AdminCategoriesQuery,
  CreateCategoryMutation,
  UpdateCategoryMutation,
} from '../graphql/services';
import { AdminForm, errorsOf, useFormErrors, type ApiError } from '../components/admin-form';
import { StaffWorkspace } from '../components/staff-workspace';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';
import { AdminOnly } from './admin-offices-page';

type Category = CategoriesResult['categories'][number];

/**
 * The category form's fields, by the API's field path, with their inputs' ids (after the form's
 * id: the new and the renaming form stand on one page) and labels.
 */
const FIELDS = [
  { path: 'name.de', id: 'name-de', label: 'adminCategories.nameDe', optional: false },
  { path: 'name.en', id: 'name-en', label: 'adminCategories.nameEn', optional: true },
  { path: 'name.deLs', id: 'name-de-ls', label: 'adminCategories.nameDeLs', optional: true },
  { path: 'slug', id: 'slug', label: 'offices.field.slug', optional: false },
] as const satisfies ReadonlyArray<{
  path: string;
  id: string;
  label: StaffMessageKey;
  optional: boolean;
}>;
type Field = (typeof FIELDS)[number]['path'];
type Values = Record<Field, string>;

function valuesOf(category: Category | null): Values {
  return {
    'name.de': category?.names.de ?? '',
    'name.en': category?.names.en ?? '',
    'name.deLs': category?.names.deLs ?? '',
    slug: category?.slug ?? '',
  };
}

/** A new category, or the names and slug of one; saved, it tells the page. */
function CategoryForm(props: { category: Category | null; onSaved: (name: string) => void }) {
  const { t } = useStaffI18n();
  const form = useFormErrors();
  const [values, setValues] = useState(() => valuesOf(props.category));
  const [creating, create] = useMutation(CreateCategoryMutation);
  const [updating, update] = useMutation(UpdateCategoryMutation);
  const formId = props.category ? 'rename-category' : 'new-category';
  const inputId = (field: { id: string }) => `${formId}-${field.id}`;

  async function submit() {
    const fields = {
      slug: values.slug.trim(),
      name: {
        de: values['name.de'],
        en: values['name.en'].trim() || null,
        deLs: values['name.deLs'].trim() || null,
      },
    };
    const answer = props.category
      ? (await update({ input: { categoryId: props.category.id, ...fields } })).data?.updateCategory
      : (await create({ input: fields })).data?.createCategory;
    if (!answer) return form.show([{ field: null, message: t('admin.connectionFailed') }]);
    form.show(
      errorsOf(answer.userErrors as ApiError[], (path) => {
        const field = FIELDS.find((entry) => entry.path === path);
        return field ? inputId(field) : null;
      }),
    );
    if (answer.category) {
      if (!props.category) setValues(valuesOf(null));
      props.onSaved(answer.category.name);
    }
  }

  return (
    <AdminForm
      id={formId}
      title={
        props.category
          ? t('adminCategories.rename', { category: props.category.name })
          : t('adminCategories.new')
      }
      submit={t(props.category ? 'adminCategories.save' : 'adminCategories.create')}
      errors={form.errors}
      attempt={form.attempt}
      onSubmit={() => !creating.fetching && !updating.fetching && void submit()}
    >
      {FIELDS.map((field) => (
        <TextField
          key={field.path}
          id={inputId(field)}
          label={t(field.label)}
          hint={field.path === 'slug' ? t('offices.field.slugHint') : undefined}
          optional={field.optional}
          error={form.of(inputId(field))}
          value={values[field.path]}
          onValue={(value) => setValues((before) => ({ ...before, [field.path]: value }))}
        />
      ))}
    </AdminForm>
  );
}

function Categories() {
  const { t } = useStaffI18n();
  const { lang } = useI18n();
  const { query } = useRoute();
  const [news, setNews] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: AdminCategoriesQuery,
    variables: { lang: LANGUAGES[lang].api },
    requestPolicy: 'cache-and-network',
    // Read again after a new category, also while the list is empty.
    context: useMemo(() => ({ additionalTypenames: ['Category'] }), []),
  });
  const title = t('adminCategories.title');
  const categories = result.data?.categories ?? [];
  const renaming = categories.find((category) => category.id === query.rename) ?? null;
  return (
    <>
      <BackLink href={paths.staffServices()} />
      <PageHeading title={title}>{title}</PageHeading>
      <div role="status" class="admin-news">
        {news && <p class="kern-body">{news}</p>}
      </div>
      {result.error && !result.data ? (
        <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />
      ) : !result.data ? (
        <Loading />
      ) : (
        <>
          <table class="kern-table admin-table">
            <caption class="kern-title">{t('adminCategories.caption')}</caption>
            <thead class="kern-table__head">
              <tr class="kern-table__row">
                <th scope="col" class="kern-table__header">
                  {t('adminCategories.column.name')}
                </th>
                <th scope="col" class="kern-table__header">
                  {t('offices.column.actions')}
                </th>
              </tr>
            </thead>
            <tbody class="kern-table__body">
              {categories.map((category) => (
                <tr class="kern-table__row" key={category.id}>
                  <th scope="row" class="kern-table__cell">
                    {category.name}
                  </th>
                  <td class="kern-table__cell">
                    <a class="kern-link" href={paths.staffCategories({ rename: category.id })}>
                      {t('adminCategories.renameLink', { category: category.name })}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {renaming && (
            <CategoryForm
              key={renaming.id}
              category={renaming}
              onSaved={(name) => setNews(t('adminCategories.saved', { category: name }))}
            />
          )}
          <CategoryForm
            category={null}
            onSaved={(name) => setNews(t('adminCategories.created', { category: name }))}
          />
        </>
      )}
    </>
  );
}

/** The catalogue's categories (life situations): add one, rename one. Admins only. */
export function AdminCategoriesPage() {
  return (
    <StaffWorkspace>{(access) => (access.isAdmin ? <Categories /> : <AdminOnly />)}</StaffWorkspace>
  );
}
