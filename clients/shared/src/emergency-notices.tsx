import { foreignLang, type ApiLanguage, type Lang } from './languages';

/** An urgent announcement as the clients list it: its title, in the language the API gave. */
export type EmergencyNotice = { id: string; title: string; language: ApiLanguage };

/**
 * The notices to show: those that arrived live first (newest first), then those of the last
 * list that did not arrive again; none that was withdrawn meanwhile (`withdrawn`: their IDs).
 */
export function mergeNotices<Notice extends { id: string }>(
  arrived: Notice[],
  listed: Notice[],
  withdrawn: string[] = [],
): Notice[] {
  return [...arrived, ...listed.filter((node) => !arrived.some((n) => n.id === node.id))].filter(
    (notice) => !withdrawn.includes(notice.id),
  );
}

/**
 * Urgent official announcements (boil-water notices, road closures, office closures) above
 * everything else, in a live region so that screen readers read one out as it arrives; each
 * links to its text where the client has a page for it (`href`). Nothing while there are none.
 */
export function EmergencyNoticeList(props: {
  heading: string;
  notices: EmergencyNotice[];
  lang: Lang;
  href?: (id: string) => string;
}) {
  const { notices, lang, href } = props;
  return (
    <div aria-live="polite" class="emergency-notices__region">
      {notices.length > 0 && (
        <section
          class="kern-alert kern-alert--danger emergency-notices"
          aria-labelledby="emergency-heading"
        >
          <div class="kern-alert__header">
            <span class="kern-icon kern-icon--danger" aria-hidden="true" />
            <h2 class="kern-title" id="emergency-heading">
              {props.heading}
            </h2>
          </div>
          <div class="kern-alert__body">
            <ul class="emergency-notices__list">
              {notices.map((notice) => (
                <li key={notice.id} lang={href ? undefined : foreignLang(lang, notice.language)}>
                  {href ? (
                    <a
                      class="kern-link"
                      href={href(notice.id)}
                      lang={foreignLang(lang, notice.language)}
                    >
                      {notice.title}
                    </a>
                  ) : (
                    notice.title
                  )}
                </li>
              ))}
            </ul>
          </div>
        </section>
      )}
    </div>
  );
}
