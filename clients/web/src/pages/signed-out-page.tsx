import { PageHeading } from '../components/page-heading';
import { Redirect } from '../components/redirect';
import { useI18n } from '../i18n/i18n';
import { paths } from '../lib/routes';
import { useSession } from '../lib/session';

/** Where signing out leads: it says so, for everyone, screen reader users included. */
export function SignedOutPage() {
  const { t } = useI18n();
  const { session } = useSession();
  if (session.status === 'signedIn') return <Redirect to={paths.myTownHall()} />;
  const heading = t('signedOut.heading');
  return (
    <>
      <PageHeading title={heading}>{heading}</PageHeading>
      <p class="kern-body">{t('signedOut.text')}</p>
      <ul class="action-list">
        <li>
          <a class="kern-link" href={paths.signIn()}>
            {t('signedOut.signIn')}
          </a>
        </li>
        <li>
          <a class="kern-link" href={paths.start()}>
            {t('notFound.link')}
          </a>
        </li>
      </ul>
    </>
  );
}
