import { AnnouncementText } from '../../components/announcement-text';
import { createFormats } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n';
import { AnnouncementCategory, AnnouncementSeverity } from '../gql/graphql';
import { useStaffI18n } from '../i18n/staff-i18n';
import {
  instantOf,
  NOTICE_LANGUAGES,
  type NoticeForm,
  type NoticeLanguageKey,
} from '../lib/notice-form';

/**
 * A notice as a citizen will see it, in one of its languages: the warning at the top of every
 * page for emergencies, then the announcement's page (src/pages/announcement-page.tsx) with the
 * same parts, texts and styles. The language without a translation shows the German text, as
 * the API gives it to that language's readers.
 */
export function NoticePreview(props: {
  form: NoticeForm;
  language: NoticeLanguageKey;
  officeName: string;
  /** When it is (or will be) published; null: a draft, which shows no date yet. */
  publishAt: string | null;
}) {
  const { t, locale } = useI18n();
  const staff = useStaffI18n();
  const formats = createFormats(locale);
  const { form } = props;
  const written = form.title[props.language].trim() !== '' ? props.language : 'de';
  const lang = NOTICE_LANGUAGES.find((language) => language.key === written)!.lang;
  const title = form.title[written];
  const at = (instant: string) =>
    t('announcement.at', { day: formats.instantDay(instant), time: formats.clock(instant) });
  const expiresAt = instantOf(form.expiresAt);
  const isEvent = form.category === AnnouncementCategory.EVENT;
  const eventStartsAt = isEvent ? instantOf(form.eventStartsAt) : null;
  const eventEndsAt = isEvent ? instantOf(form.eventEndsAt) : null;
  const emergency = form.severity === AnnouncementSeverity.EMERGENCY;
  return (
    <div class="notice-preview">
      {written !== props.language && (
        <p class="kern-body notice-preview__note">{staff.t('notices.preview.fallback')}</p>
      )}
      {emergency && (
        <div class="kern-alert kern-alert--danger emergency-notices">
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--danger" aria-hidden="true" />
            <p class="kern-title">{t('emergency.heading')}</p>
          </div>
          <div class="kern-alert__body">
            <p class="kern-body" lang={lang}>
              <span class="notice-preview__link">{title}</span>
            </p>
          </div>
        </div>
      )}
      <article class="notice-preview__page">
        {emergency && (
          <p class="announcement-item__badge">{t('announcement.severity.EMERGENCY')}</p>
        )}
        <p class="kern-heading-large notice-preview__title" lang={lang}>
          {title}
        </p>
        <dl class="facts">
          <div class="facts__item">
            <dt>{t('announcement.category.label')}</dt>
            <dd>{t(`announcement.category.${form.category}`)}</dd>
          </div>
          <div class="facts__item">
            <dt>{t('announcement.from.label')}</dt>
            <dd>{props.officeName}</dd>
          </div>
          <div class="facts__item">
            <dt>{t('announcement.published.label')}</dt>
            <dd>{props.publishAt ? at(props.publishAt) : staff.t('notices.preview.notYet')}</dd>
          </div>
          {expiresAt && (
            <div class="facts__item">
              <dt>{t('announcement.expires.label')}</dt>
              <dd>{at(expiresAt)}</dd>
            </div>
          )}
        </dl>
        {eventStartsAt && (
          <div class="section section--muted">
            <p class="kern-heading-medium">{t('announcement.event.heading')}</p>
            <p class="kern-body">
              {eventEndsAt
                ? t('announcement.event.fromTo', { from: at(eventStartsAt), to: at(eventEndsAt) })
                : at(eventStartsAt)}
            </p>
            {form.eventLocation.trim() && (
              <p class="kern-body" lang={lang}>
                {form.eventLocation}
              </p>
            )}
          </div>
        )}
        <div class="announcement" lang={lang}>
          <AnnouncementText text={form.body[written]} />
        </div>
      </article>
    </div>
  );
}
