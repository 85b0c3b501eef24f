import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { ErrorSummary, type FormError } from '../../components/form';
import { paths } from '../../lib/routes';
import { useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';

/** The pages of the workspace's one "people and devices" section, in the order it lists them. */
const PAGES: Array<{ label: StaffMessageKey; path: string }> = [
  { label: 'people.tab.staff', path: paths.staffPeople() },
  { label: 'people.tab.kiosks', path: paths.staffKiosks() },
  { label: 'people.tab.apiKeys', path: paths.staffApiKeys() },
];

/** Links between the section's pages: the workspace's navigation names the section once. */
export function PeopleNavigation() {
  const { t } = useStaffI18n();
  const { path } = useLocation();
  return (
    <nav class="people-nav" aria-label={t('people.tab.label')}>
      <ul class="people-nav__list">
        {PAGES.map((page) => (
          <li key={page.path}>
            <a
              class="kern-link"
              href={page.path}
              aria-current={path === page.path ? 'page' : undefined}
            >
              {t(page.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** A moment as the staff read it: date and time in their language, in the town's time zone. */
export function useMoment(): (iso: string | null | undefined) => string {
  const { t } = useStaffI18n();
  return (iso) => (iso ? t('people.moment', { at: Date.parse(iso) }) : t('people.never'));
}

/**
 * The second step of taking something away for good (a person's access, a kiosk, an API key):
 * what happens, a button that does it, and a way back. The API's refusals stand above.
 */
export function ConfirmStep(props: {
  id: string;
  title: string;
  text: string;
  confirm: string;
  abortHref: string;
  /** Does it; the API's refusals, or null when it could not be asked. */
  run: () => Promise<Array<{ message: string }> | null>;
}) {
  const { t } = useStaffI18n();
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    const refusals = await props.run();
    setBusy(false);
    const problems = refusals ?? [{ message: t('admin.connectionFailed') }];
    setErrors(problems.map((problem) => ({ field: null, message: problem.message })));
    setAttempt((value) => value + 1);
  }

  return (
    <section aria-labelledby={props.id} class="admin-retire">
      <h2 class="kern-heading-medium" id={props.id}>
        {props.title}
      </h2>
      <ErrorSummary errors={errors} focusKey={attempt} />
      <p class="kern-body">{props.text}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (!busy) void submit();
        }}
      >
        <div class="admin-actions">
          <button type="submit" class="kern-btn kern-btn--primary">
            <span class="kern-label">{props.confirm}</span>
          </button>
          <a class="kern-link" href={props.abortHref}>
            {t('people.abort')}
          </a>
        </div>
      </form>
    </section>
  );
}

/**
 * A secret the API hands out once (a kiosk's set-up link, an API key): shown with the warning
 * that it cannot be shown again, in a read-only field to select and copy.
 */
export function ShownOnce(props: {
  id: string;
  title: string;
  label: string;
  value: string;
  children?: ComponentChildren;
}) {
  const { t } = useStaffI18n();
  return (
    <section aria-labelledby={props.id} class="admin-form people-secret">
      <h2 class="kern-heading-medium" id={props.id}>
        {props.title}
      </h2>
      <div class="kern-alert kern-alert--warning" role="alert">
        <div class="kern-alert__header">
          <span class="kern-icon kern-icon--warning" aria-hidden="true" />
          <span class="kern-title">{t('people.once.title')}</span>
        </div>
        <div class="kern-alert__body">
          <p class="kern-body">{t('people.once.text')}</p>
        </div>
      </div>
      <div class="kern-form-input">
        <label class="kern-label" for={`${props.id}-value`}>
          {props.label}
        </label>
        <input
          id={`${props.id}-value`}
          class="kern-form-input__input people-secret__value"
          readOnly
          value={props.value}
          onFocus={(event) => event.currentTarget.select()}
        />
      </div>
      {props.children}
    </section>
  );
}
