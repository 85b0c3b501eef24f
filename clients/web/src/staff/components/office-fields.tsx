import { TextField, type FormError } from '../../components/form';
import type { OfficeInput } from '../gql/graphql';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';

/**
 * The fields of an office as `createOffice` and `updateOffice` take them (OfficeInput), shared by
 * the form that adds an office and the one that edits it: by the API's path of each field, the id
 * of its input (after the form's prefix) and its label.
 */
const OFFICE_FIELDS = {
  slug: { id: 'slug', label: 'offices.field.slug' },
  'name.de': { id: 'name-de', label: 'offices.field.nameDe' },
  'name.en': { id: 'name-en', label: 'offices.field.nameEn', optional: true },
  'name.deLs': { id: 'name-de-ls', label: 'offices.field.nameDeLs', optional: true },
  street: { id: 'street', label: 'offices.field.street' },
  postalCode: { id: 'postal-code', label: 'offices.field.postalCode' },
  city: { id: 'city', label: 'offices.field.city' },
  phone: { id: 'phone', label: 'offices.field.phone', optional: true },
  email: { id: 'email', label: 'offices.field.email', optional: true },
  website: { id: 'website', label: 'offices.field.website', optional: true },
} satisfies Record<string, { id: string; label: StaffMessageKey; optional?: true }>;

export type OfficeField = keyof typeof OFFICE_FIELDS;
export type OfficeValues = Record<OfficeField, string>;

const FIELDS = Object.keys(OFFICE_FIELDS) as OfficeField[];

export const EMPTY_OFFICE: OfficeValues = Object.fromEntries(
  FIELDS.map((field) => [field, '']),
) as OfficeValues;

/** An office as the API answers it, as the form's values (empty for what it does not have). */
export function officeValuesOf(office: {
  slug: string;
  names: { de: string; en?: string | null; deLs?: string | null };
  address: { street: string; postalCode: string; city: string };
  phone?: string | null;
  email?: string | null;
  website?: string | null;
}): OfficeValues {
  return {
    slug: office.slug,
    'name.de': office.names.de,
    'name.en': office.names.en ?? '',
    'name.deLs': office.names.deLs ?? '',
    ...office.address,
    phone: office.phone ?? '',
    email: office.email ?? '',
    website: office.website ?? '',
  };
}

/** The form's values as the API's OfficeInput: optional fields left empty are null (none). */
export function officeInputOf(values: OfficeValues): OfficeInput {
  const optional = (text: string) => text.trim() || null;
  return {
    slug: values.slug,
    name: {
      de: values['name.de'],
      en: optional(values['name.en']),
      deLs: optional(values['name.deLs']),
    },
    street: values.street,
    postalCode: values.postalCode,
    city: values.city,
    phone: optional(values.phone),
    email: optional(values.email),
    website: optional(values.website),
  };
}

/** An API user error on the input of the form it names by its path, or on the form as a whole. */
export function officeErrorOf(
  error: { field?: string[] | null; message: string },
  prefix: string,
): FormError {
  const path = (error.field ?? []).join('.');
  const field = FIELDS.find((name) => name === path);
  return { field: field ? `${prefix}${OFFICE_FIELDS[field].id}` : null, message: error.message };
}

/** The office's inputs, each with its label and the API's refusal of it. */
export function OfficeFields(props: {
  /** Put before each input's id, so that two forms of one page do not share ids. */
  prefix: string;
  values: OfficeValues;
  errors: FormError[];
  onValues: (change: (before: OfficeValues) => OfficeValues) => void;
}) {
  const { t } = useStaffI18n();
  return (
    <>
      {FIELDS.map((field) => {
        const { id, label } = OFFICE_FIELDS[field];
        const inputId = `${props.prefix}${id}`;
        return (
          <TextField
            key={field}
            id={inputId}
            label={t(label)}
            hint={field === 'slug' ? t('offices.field.slugHint') : undefined}
            optional={'optional' in OFFICE_FIELDS[field]}
            error={props.errors.find((error) => error.field === inputId)?.message}
            value={props.values[field]}
            onValue={(value) => props.onValues((before) => ({ ...before, [field]: value }))}
          />
        );
      })}
    </>
  );
}
