import { useQuery } from '@urql/preact';
import { EmergencyAnnouncementsQuery } from '../graphql/announcements';
import { useI18n } from '../i18n/i18n';
import { LANGUAGES } from '../i18n/languages';
import { paths } from '../lib/routes';

/**
 * Urgent official announcements (boil-water notices, road closures, office closures) at the top
 * of the start page, each linking to its text. Nothing while there are none, or while they load.
 */
export function EmergencyNotices() {
  const { t, lang } = useI18n();
  const [result] = useQuery({
    query: EmergencyAnnouncementsQuery,
    variables: { lang: LANGUAGES[lang].api },
  });
  const emergencies = result.data?.announcements.edges ?? [];
  if (emergencies.length === 0) return null;
  return (
    <section
      class="kern-alert kern-alert--danger emergency-notices"
      aria-labelledby="emergency-heading"
    >
      <div class="kern-alert__header">
        <span class="kern-icon kern-icon--danger" aria-hidden="true" />
        <h2 class="kern-title" id="emergency-heading">
          {t('emergency.heading')}
        </h2>
      </div>
      <div class="kern-alert__body">
        <ul class="emergency-notices__list">
          {emergencies.map(({ node }) => (
            <li key={node.id}>
              <a
                class="kern-link"
                href={paths.announcement(node.id)}
                lang={
                  node.language === LANGUAGES[lang].api ? undefined : node.language.toLowerCase()
                }
              >
                {node.title}
              </a>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
