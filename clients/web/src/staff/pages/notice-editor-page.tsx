import { useMutation, useQuery } from '@urql/preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLocation, useRoute } from 'preact-iso';
import {
  ErrorMessage,
  ErrorSummary,
  RadioGroup,
  TextArea,
  TextField,
  type FormError,
} from '../../components/form';
import { BackLink } from '../../components/links';
import { PageHeading } from '../../components/page-heading';
import { LoadFailed, Loading } from '../../components/status';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { paths } from '../../lib/routes';
import { NoticePreview } from '../components/notice-preview';
import {
  chosenOffice,
  StaffWorkspace,
  type Office,
  type StaffAccess,
} from '../components/staff-workspace';
import { noticeScopes, officeIdOf, scopeOfNotice } from '../lib/notice-scopes';
import {
  AnnouncementCategory,
  AnnouncementSeverity,
  AnnouncementStatus,
  Language,
  type StaffNoticeQuery as StaffNoticeResult,
} from '../gql/graphql';
import {
  CreateNoticeMutation,
  DeleteNoticeMutation,
  PublishNoticeMutation,
  StaffNoticeQuery,
  UpdateNoticeMutation,
  WithdrawNoticeMutation,
} from '../graphql/notices';
import { useStaffI18n } from '../i18n/staff-i18n';
import {
  emptyNoticeForm,
  instantOf,
  localDateTimeOf,
  MAX_BODY_LENGTH,
  MAX_LOCATION_LENGTH,
  MAX_TITLE_LENGTH,
  NOTICE_LANGUAGES,
  noticeFieldOf,
  noticeInput,
  noticeProblems,
  type NoticeField,
  type NoticeForm,
  type NoticeLanguageKey,
} from '../lib/notice-form';
import './notices.css';

type Notice = NonNullable<StaffNoticeResult['announcement']>;
type UserErrors = ReadonlyArray<{ field?: readonly string[] | null; message: string }>;

const API_KEY: Record<Language, NoticeLanguageKey> = {
  [Language.DE]: 'de',
  [Language.EN]: 'en',
  [Language.DE_LS]: 'deLs',
};

function formOf(notice: Notice): NoticeForm {
  const form = emptyNoticeForm();
  for (const translation of notice.translations) {
    form.title[API_KEY[translation.language]] = translation.title;
    form.body[API_KEY[translation.language]] = translation.body;
  }
  return {
    ...form,
    category: notice.category,
    severity: notice.severity,
    expiresAt: localDateTimeOf(notice.expiresAt),
    eventStartsAt: localDateTimeOf(notice.eventStartsAt),
    eventEndsAt: localDateTimeOf(notice.eventEndsAt),
    eventLocation: notice.eventLocation ?? '',
  };
}

/** A date and time in the town's time zone (an input the form components do not have). */
function DateTimeField(props: {
  id: NoticeField;
  label: string;
  hint?: string;
  error?: string;
  value: string;
  onValue: (value: string) => void;
}) {
  const hintId = props.hint ? `${props.id}-hint` : undefined;
  const errorId = props.error ? `${props.id}-error` : undefined;
  return (
    <div class={`kern-form-input${props.error ? ' kern-form-input--error' : ''}`}>
      <label class="kern-label" for={props.id}>
        {props.label}
      </label>
      {props.hint && (
        <div class="kern-hint" id={hintId}>
          {props.hint}
        </div>
      )}
      <input
        id={props.id}
        name={props.id}
        type="datetime-local"
        class={`kern-form-input__input notice-form__date${
          props.error ? ' kern-form-input__input--error' : ''
        }`}
        value={props.value}
        onInput={(event) => props.onValue(event.currentTarget.value)}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        aria-invalid={props.error ? 'true' : undefined}
      />
      {props.error && errorId && <ErrorMessage id={errorId}>{props.error}</ErrorMessage>}
    </div>
  );
}

/**
 * The explicit confirmation an emergency needs before anyone outside sees it: it is shown above
 * everything on every page of the site and on the lobby kiosks.
 */
function EmergencyConfirmation(props: {
  action: 'publish' | 'schedule' | 'save';
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useStaffI18n();
  const box = useRef<HTMLElement>(null);
  useEffect(() => box.current?.focus(), []);
  return (
    <section
      ref={box}
      tabIndex={-1}
      class="kern-alert kern-alert--danger notice-confirm"
      aria-labelledby="emergency-confirm-heading"
    >
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 class="kern-title" id="emergency-confirm-heading">
          {t('notices.confirm.heading')}
        </h2>
      </div>
      <div class="kern-alert__body">
        <p class="kern-body">{t('notices.confirm.text')}</p>
        <div class="notice-form__buttons">
          <button type="button" class="kern-btn kern-btn--primary" onClick={props.onConfirm}>
            <span class="kern-label">{t(`notices.confirm.${props.action}`)}</span>
          </button>
          <button type="button" class="kern-btn kern-btn--secondary" onClick={props.onCancel}>
            <span class="kern-label">{t('notices.confirm.cancel')}</span>
          </button>
        </div>
      </div>
    </section>
  );
}

/**
 * The editor of one notice (`notice` null: a new one for `office`): its texts in German,
 * English and Leichte Sprache, its kind and validity, a preview as citizens will see it, and
 * what can be done with it where it stands: publish now or schedule, withdraw, delete a draft.
 */
function NoticeEditor(props: {
  office: Office;
  notice: Notice | null;
  reload: () => void;
  /** What the last action did; kept by the page, as the editor starts afresh on each revision. */
  done: string | null;
  onDone: (message: string | null) => void;
}) {
  const { locale } = useI18n();
  const { t } = useStaffI18n();
  const formats = createFormats(locale);
  const { route } = useLocation();
  const { notice } = props;
  const saved = notice ? formOf(notice) : emptyNoticeForm();
  const [form, setForm] = useState<NoticeForm>(saved);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const { done, onDone: setDone } = props;
  const [previewing, setPreviewing] = useState(false);
  const [previewLanguage, setPreviewLanguage] = useState<NoticeLanguageKey>('de');
  const [when, setWhen] = useState<'now' | 'later'>(
    notice?.status === AnnouncementStatus.SCHEDULED ? 'later' : 'now',
  );
  const [publishAt, setPublishAt] = useState(localDateTimeOf(notice?.publishAt));
  const [confirming, setConfirming] = useState<'publish' | 'schedule' | 'save' | null>(null);
  const busy = useRef(false);
  const [, create] = useMutation(CreateNoticeMutation);
  const [, update] = useMutation(UpdateNoticeMutation);
  const [, publish] = useMutation(PublishNoticeMutation);
  const [, withdraw] = useMutation(WithdrawNoticeMutation);
  const [, remove] = useMutation(DeleteNoticeMutation);

  const status = notice?.status ?? AnnouncementStatus.DRAFT;
  const isPublic =
    status === AnnouncementStatus.SCHEDULED || status === AnnouncementStatus.PUBLISHED;
  const changed = JSON.stringify(form) !== JSON.stringify(saved);
  const set = <K extends keyof NoticeForm>(key: K, value: NoticeForm[K]) =>
    setForm((previous) => ({ ...previous, [key]: value }));
  const setText = (part: 'title' | 'body', language: NoticeLanguageKey, value: string) =>
    setForm((previous) => ({ ...previous, [part]: { ...previous[part], [language]: value } }));

  function show(problems: FormError[]) {
    setErrors(problems);
    setDone(null);
    setAttempt((value) => value + 1);
  }

  function apiErrors(userErrors: UserErrors) {
    show(
      userErrors.map((error) => ({ field: noticeFieldOf(error.field), message: error.message })),
    );
  }

  /** Runs one mutation at a time; null when the connection failed (the form says so). */
  async function run<T>(mutation: () => Promise<T | null | undefined>): Promise<T | null> {
    if (busy.current) return null;
    busy.current = true;
    try {
      const payload = await mutation();
      if (!payload) show([{ field: null, message: t('notices.error.connection') }]);
      return payload ?? null;
    } finally {
      busy.current = false;
    }
  }

  async function save(confirmed = false) {
    const problems = noticeProblems(form, notice?.publishAt ?? null, new Date());
    if (problems.length > 0) {
      return show(
        problems.map((p) => ({ field: p.field, message: t(p.key, { max: p.max ?? 0 }) })),
      );
    }
    const raisesEmergency =
      isPublic &&
      form.severity === AnnouncementSeverity.EMERGENCY &&
      notice?.severity !== AnnouncementSeverity.EMERGENCY;
    if (raisesEmergency && !confirmed) return setConfirming('save');
    setConfirming(null);
    if (!notice) {
      const payload = await run(
        async () =>
          (
            await create({
              input: { officeId: officeIdOf(props.office), announcement: noticeInput(form) },
            })
          ).data?.createAnnouncement,
      );
      if (!payload) return;
      if (!payload.announcement) return apiErrors(payload.userErrors);
      route(paths.staffNotice(payload.announcement.id));
      return;
    }
    const payload = await run(
      async () =>
        (
          await update({
            input: {
              id: notice.id,
              expectedRevision: notice.revision,
              announcement: noticeInput(form),
            },
          })
        ).data?.updateAnnouncement,
    );
    if (!payload) return;
    if (!payload.announcement) return apiErrors(payload.userErrors);
    setErrors([]);
    setDone(t('notices.done.saved'));
    props.reload();
  }

  async function publishNow(confirmed = false) {
    if (!notice) return;
    if (changed) return show([{ field: null, message: t('notices.error.saveFirst') }]);
    const at = when === 'later' ? instantOf(publishAt) : null;
    if (when === 'later' && !at) {
      return show([{ field: 'publishAt', message: t('notices.error.dateTime') }]);
    }
    if (notice.severity === AnnouncementSeverity.EMERGENCY && !confirmed) {
      return setConfirming(at ? 'schedule' : 'publish');
    }
    setConfirming(null);
    const payload = await run(
      async () =>
        (await publish({ input: { id: notice.id, publishAt: at } })).data?.publishAnnouncement,
    );
    if (!payload) return;
    if (!payload.announcement) return apiErrors(payload.userErrors);
    setErrors([]);
    setDone(
      payload.announcement.status === AnnouncementStatus.SCHEDULED
        ? t('notices.done.scheduled')
        : t('notices.done.published'),
    );
    props.reload();
  }

  async function withdrawNotice() {
    if (!notice) return;
    const payload = await run(
      async () => (await withdraw({ input: { id: notice.id } })).data?.withdrawAnnouncement,
    );
    if (!payload) return;
    if (!payload.announcement) return apiErrors(payload.userErrors);
    setErrors([]);
    setDone(t('notices.done.withdrawn'));
    props.reload();
  }

  async function deleteDraft() {
    if (!notice) return;
    const payload = await run(
      async () => (await remove({ input: { id: notice.id } })).data?.deleteAnnouncement,
    );
    if (!payload) return;
    if (!payload.deletedAnnouncementId) return apiErrors(payload.userErrors);
    route(paths.staffNotices({ office: props.office.id }));
  }

  const errorOf = (field: NoticeField) => errors.find((error) => error.field === field)?.message;
  const heading = notice ? t('notices.edit.title') : t('notices.new');
  const at = (instant: string) =>
    t('notices.at', { day: formats.instantDay(instant), time: formats.clock(instant) });
  const editable = status !== AnnouncementStatus.EXPIRED;

  return (
    <>
      <BackLink href={paths.staffNotices({ office: props.office.id })} />
      <ErrorSummary errors={errors} focusKey={attempt} />
      <PageHeading title={heading} caption={props.office.name} hasErrors={errors.length > 0}>
        {heading}
      </PageHeading>
      {notice && (
        <>
          <p class="kern-body">
            <strong>{t(`notices.status.${status}`)}</strong>
            {status === AnnouncementStatus.SCHEDULED &&
              notice.publishAt &&
              ` · ${t('notices.list.publishAt', { at: at(notice.publishAt) })}`}
            {status === AnnouncementStatus.PUBLISHED &&
              ` · ${
                notice.expiresAt
                  ? t('notices.list.until', { at: at(notice.expiresAt) })
                  : t('notices.list.untilWithdrawn')
              }`}
          </p>
          <p class="kern-body">
            <a class="kern-link" href={paths.staffNoticeHistory(notice.id)}>
              {t('notices.history.link', { count: notice.revision })}
            </a>
          </p>
        </>
      )}
      <div role="status" class="notice-form__status">
        {done && (
          <div class="kern-alert kern-alert--success">
            <div class="kern-alert__header">
              <span class="kern-icon kern-icon--success" aria-hidden="true" />
              <p class="kern-title">{done}</p>
            </div>
          </div>
        )}
      </div>
      {confirming && (
        <EmergencyConfirmation
          action={confirming}
          onConfirm={() => void (confirming === 'save' ? save(true) : publishNow(true))}
          onCancel={() => setConfirming(null)}
        />
      )}
      {editable ? (
        <form
          noValidate
          class="notice-form"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div class={`kern-form-input${errorOf('category') ? ' kern-form-input--error' : ''}`}>
            <label class="kern-label" for="category">
              {t('notices.field.category')}
            </label>
            <div class="kern-form-input__select-wrapper">
              <select
                id="category"
                name="category"
                class="kern-form-input__select"
                onChange={(event) =>
                  set('category', event.currentTarget.value as AnnouncementCategory)
                }
              >
                {Object.values(AnnouncementCategory).map((category) => (
                  <option key={category} value={category} selected={form.category === category}>
                    {t(`notices.category.${category}`)}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <RadioGroup
            name="severity"
            legend={<legend class="kern-label">{t('notices.field.severity')}</legend>}
            error={errorOf('severity')}
            options={Object.values(AnnouncementSeverity).map((severity) => ({
              value: severity,
              label: t(`notices.severity.${severity}`),
              hint: t(`notices.severity.${severity}.hint`),
            }))}
            value={form.severity}
            onValue={(value) => set('severity', value as AnnouncementSeverity)}
          />
          {NOTICE_LANGUAGES.map(({ key, lang }) => (
            <fieldset class="kern-fieldset notice-form__language" key={key}>
              <legend class="kern-label kern-label--large">{t(`notices.language.${key}`)}</legend>
              <div class="kern-hint">
                {t(key === 'de' ? 'notices.required' : 'notices.optional')}
              </div>
              <div class="kern-fieldset__body" lang={lang}>
                <TextField
                  id={`title-${key}`}
                  label={t('notices.field.title')}
                  hint={t('notices.field.titleHint', { max: MAX_TITLE_LENGTH })}
                  error={errorOf(`title-${key}`)}
                  value={form.title[key]}
                  onValue={(value) => setText('title', key, value)}
                  width="full"
                />
                <TextArea
                  id={`body-${key}`}
                  label={t('notices.field.body')}
                  hint={t('notices.field.bodyHint', { max: MAX_BODY_LENGTH })}
                  error={errorOf(`body-${key}`)}
                  value={form.body[key]}
                  onValue={(value) => setText('body', key, value)}
                  rows={key === 'de' ? 8 : 5}
                />
              </div>
            </fieldset>
          ))}
          {form.category === AnnouncementCategory.EVENT && (
            <fieldset class="kern-fieldset">
              <legend class="kern-label kern-label--large">{t('notices.field.event')}</legend>
              <div class="kern-fieldset__body">
                <DateTimeField
                  id="eventStartsAt"
                  label={t('notices.field.eventStartsAt')}
                  error={errorOf('eventStartsAt')}
                  value={form.eventStartsAt}
                  onValue={(value) => set('eventStartsAt', value)}
                />
                <DateTimeField
                  id="eventEndsAt"
                  label={t('notices.field.eventEndsAt')}
                  hint={t('notices.optional')}
                  error={errorOf('eventEndsAt')}
                  value={form.eventEndsAt}
                  onValue={(value) => set('eventEndsAt', value)}
                />
                <TextField
                  id="eventLocation"
                  label={t('notices.field.eventLocation')}
                  hint={t('notices.field.titleHint', { max: MAX_LOCATION_LENGTH })}
                  error={errorOf('eventLocation')}
                  value={form.eventLocation}
                  onValue={(value) => set('eventLocation', value)}
                  width="full"
                />
              </div>
            </fieldset>
          )}
          <DateTimeField
            id="expiresAt"
            label={t('notices.field.expiresAt')}
            hint={t('notices.field.expiresAtHint')}
            error={errorOf('expiresAt')}
            value={form.expiresAt}
            onValue={(value) => set('expiresAt', value)}
          />
          <div class="notice-form__buttons">
            <button type="submit" class="kern-btn kern-btn--primary">
              <span class="kern-label">
                {notice ? t('notices.action.save') : t('notices.action.saveDraft')}
              </span>
            </button>
            <button
              type="button"
              class="kern-btn kern-btn--secondary"
              aria-expanded={previewing ? 'true' : 'false'}
              aria-controls="notice-preview"
              onClick={() => setPreviewing(!previewing)}
            >
              <span class="kern-label">
                {previewing ? t('notices.action.hidePreview') : t('notices.action.preview')}
              </span>
            </button>
          </div>
        </form>
      ) : (
        <p class="kern-body">{t('notices.edit.archived')}</p>
      )}
      <section
        id="notice-preview"
        class="section notice-form__preview"
        aria-labelledby="notice-preview-heading"
        hidden={editable && !previewing}
      >
        <h2 id="notice-preview-heading" class="kern-heading-medium">
          {t('notices.preview.heading')}
        </h2>
        <RadioGroup
          name="previewLanguage"
          legend={<legend class="kern-label">{t('notices.preview.language')}</legend>}
          options={NOTICE_LANGUAGES.map(({ key }) => ({
            value: key,
            label: t(`notices.language.${key}`),
          }))}
          value={previewLanguage}
          onValue={(value) => setPreviewLanguage(value as NoticeLanguageKey)}
          layout="grid"
        />
        <NoticePreview
          form={form}
          language={previewLanguage}
          officeName={props.office.name}
          publishAt={notice?.publishAt ?? null}
        />
      </section>
      {notice &&
        (status === AnnouncementStatus.DRAFT || status === AnnouncementStatus.SCHEDULED) && (
          <section class="section" aria-labelledby="notice-publish-heading">
            <h2 id="notice-publish-heading" class="kern-heading-medium">
              {status === AnnouncementStatus.DRAFT
                ? t('notices.publish.heading')
                : t('notices.publish.moveHeading')}
            </h2>
            <RadioGroup
              name="when"
              legend={<legend class="kern-label">{t('notices.publish.when')}</legend>}
              options={[
                { value: 'now', label: t('notices.publish.now') },
                { value: 'later', label: t('notices.publish.later') },
              ]}
              value={when}
              onValue={(value) => setWhen(value as 'now' | 'later')}
            />
            {when === 'later' && (
              <DateTimeField
                id="publishAt"
                label={t('notices.field.publishAt')}
                error={errorOf('publishAt')}
                value={publishAt}
                onValue={setPublishAt}
              />
            )}
            <div class="notice-form__buttons">
              <button
                type="button"
                class="kern-btn kern-btn--primary"
                onClick={() => void publishNow()}
              >
                <span class="kern-label">
                  {when === 'later' ? t('notices.action.schedule') : t('notices.action.publish')}
                </span>
              </button>
              {status === AnnouncementStatus.DRAFT && (
                <button
                  type="button"
                  class="kern-btn kern-btn--secondary"
                  onClick={() => void deleteDraft()}
                >
                  <span class="kern-label">{t('notices.action.delete')}</span>
                </button>
              )}
            </div>
          </section>
        )}
      {notice && isPublic && (
        <section class="section" aria-labelledby="notice-withdraw-heading">
          <h2 id="notice-withdraw-heading" class="kern-heading-medium">
            {t('notices.withdraw.heading')}
          </h2>
          <p class="kern-body">
            {status === AnnouncementStatus.SCHEDULED
              ? t('notices.withdraw.scheduled')
              : t('notices.withdraw.published')}
          </p>
          <button
            type="button"
            class="kern-btn kern-btn--secondary"
            onClick={() => void withdrawNotice()}
          >
            <span class="kern-label">{t('notices.action.withdraw')}</span>
          </button>
        </section>
      )}
    </>
  );
}

function EditNotice(props: { offices: Office[]; announcementId: string }) {
  const { t } = useStaffI18n();
  const [done, setDone] = useState<string | null>(null);
  const [result, refetch] = useQuery({
    query: StaffNoticeQuery,
    variables: { id: props.announcementId },
    requestPolicy: 'network-only',
  });
  if (result.error && !result.data) {
    // An ID that is no announcement's is answered with an error, not null.
    if (result.error.graphQLErrors.some((error) => error.extensions?.code === 'BAD_USER_INPUT')) {
      return <NoticeRefused message={t('notices.notFound')} />;
    }
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const notice = result.data.announcement;
  // Another office's drafts are not found; its published notices are not for this clerk to edit.
  if (!notice) return <NoticeRefused message={t('notices.notFound')} />;
  const office = scopeOfNotice(notice, props.offices);
  if (!notice.viewerCanEdit || !office) return <NoticeRefused message={t('notices.forbidden')} />;
  return (
    <NoticeEditor
      // A new revision gives the editor the saved state afresh.
      key={`${notice.id}:${notice.revision}`}
      office={office}
      notice={notice}
      reload={() => refetch({ requestPolicy: 'network-only' })}
      done={done}
      onDone={setDone}
    />
  );
}

function NoticeRefused(props: { message: string }) {
  const { t } = useStaffI18n();
  return (
    <>
      <PageHeading title={t('notices.edit.title')}>{t('notices.edit.title')}</PageHeading>
      <p class="kern-body" role="alert">
        {props.message}
      </p>
    </>
  );
}

function NewNotice(props: { offices: Office[] }) {
  const { t } = useStaffI18n();
  const { query } = useRoute();
  const office = chosenOffice(props.offices, query.office);
  if (!office) {
    return (
      <NoticeRefused
        message={t(props.offices.length ? 'notices.forbidden' : 'workspace.noOffice')}
      />
    );
  }
  return (
    <NoticeEditor
      office={office}
      notice={null}
      reload={() => undefined}
      done={null}
      onDone={() => undefined}
    />
  );
}

function NoticeOfScope(props: { access: StaffAccess; announcementId?: string }) {
  const { t } = useStaffI18n();
  const scopes = noticeScopes(props.access, t('notices.town'));
  return props.announcementId ? (
    <EditNotice offices={scopes} announcementId={props.announcementId} />
  ) : (
    <NewNotice offices={scopes} />
  );
}

/**
 * Writes a new notice (`/staff/notices/new?office=`, admins also `?office=town`) or edits one
 * (`/staff/notices/:id`).
 */
export function NoticeEditorPage(props: { announcementId?: string }) {
  return (
    <StaffWorkspace>
      {(access) => <NoticeOfScope access={access} announcementId={props.announcementId} />}
    </StaffWorkspace>
  );
}
