import { useQuery } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { useLocation, useRoute } from 'preact-iso';
import { PageHeading } from '../../components/page-heading';
import { Redirect } from '../../components/redirect';
import { LoadFailed, Loading } from '../../components/status';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { paths } from '../../lib/routes';
import { Role, type StaffQuery as StaffResult } from '../gql/graphql';
import { StaffQuery } from '../graphql/workspace';
import { StaffI18nProvider, useStaffI18n, type StaffMessageKey } from '../i18n/staff-i18n';
import '../staff.css';

export type Office = { id: string; name: string };

/** Who works in the workspace: their account, the offices they may work for, and whether admin. */
export type StaffAccess = {
  me: NonNullable<StaffResult['me']>;
  /** Every office for admins; the offices they work for for staff. */
  offices: Office[];
  isAdmin: boolean;
};

type Section = {
  label: StaffMessageKey;
  /** The section's address; its pages are this path and the paths below it. */
  path: string;
  adminOnly?: boolean;
  /** Further addresses whose pages belong to the section, as its own path's do. */
  also?: string[];
};

/** The workspace's sections, in the order its navigation lists them. */
const SECTIONS: Section[] = [
  { label: 'nav.today', path: paths.staffPlan(), also: [paths.staffCancelDay()] },
  { label: 'nav.inbox', path: paths.staffInbox() },
  { label: 'staff.applications.nav', path: paths.staffApplications() },
  { label: 'nav.counter', path: paths.staffCounter() },
  { label: 'nav.dashboard', path: paths.staffDashboard() },
  { label: 'nav.notices', path: paths.staffNotices() },
  { label: 'nav.offices', path: paths.staffOffices(), adminOnly: true },
  {
    label: 'nav.people',
    path: paths.staffPeople(),
    adminOnly: true,
    also: [paths.staffKiosks(), paths.staffApiKeys()],
  },
  {
    label: 'nav.services',
    path: paths.staffServices(),
    adminOnly: true,
    also: [paths.staffCategories()],
  },
];

function isInSection(url: string, section: Section): boolean {
  const path = url.split('?')[0]!;
  const addresses = [section.path, ...(section.also ?? [])];
  // The plan's path is the workspace's root: the paths below it are other sections'.
  if (section.path === paths.staffPlan()) return addresses.includes(path);
  return addresses.some((own) => path === own || path.startsWith(`${own}/`));
}

/** The office an address asks for (`?office=`), or the first when it names none; null when not theirs. */
export function chosenOffice(offices: Office[], wanted: string | undefined): Office | null {
  if (!wanted) return offices[0] ?? null;
  return offices.find((office) => office.id === wanted) ?? null;
}

/**
 * The page of the office the address names (`?office=`, or the first of the staff member's), or,
 * under the page's title, why there is none: not an office they work for, or none at all.
 */
export function OfficeOfAddress(props: {
  offices: Office[];
  /** The page's heading, which the refusal stands under. */
  heading: StaffMessageKey;
  forbidden: StaffMessageKey;
  children: (office: Office) => ComponentChildren;
}) {
  const { t } = useStaffI18n();
  const { query } = useRoute();
  const office = chosenOffice(props.offices, query.office);
  if (office) return <>{props.children(office)}</>;
  return (
    <>
      <PageHeading title={t(props.heading)}>{t(props.heading)}</PageHeading>
      <p class="kern-body" role="alert">
        {t(props.offices.length ? props.forbidden : 'workspace.noOffice')}
      </p>
    </>
  );
}

function StaffNavigation(props: { access: StaffAccess }) {
  const { t } = useStaffI18n();
  const { url } = useLocation();
  return (
    <nav class="staff-nav" aria-label={t('nav.label')}>
      <ul class="staff-nav__list">
        {SECTIONS.filter((section) => props.access.isAdmin || !section.adminOnly).map((section) => (
          <li key={section.path}>
            <a
              class="staff-nav__link"
              href={section.path}
              aria-current={isInSection(url, section) ? 'page' : undefined}
            >
              {t(section.label)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

function Workspace(props: { children: (access: StaffAccess) => ComponentChildren }) {
  const { t } = useStaffI18n();
  const { lang } = useI18n();
  const { url } = useLocation();
  const [staff, refetch] = useQuery({
    query: StaffQuery,
    variables: { lang: LANGUAGES[lang].api },
    requestPolicy: 'network-only',
  });
  if (staff.error && !staff.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!staff.data) return <Loading />;
  const { me } = staff.data;
  if (!me) return <Redirect to={paths.signIn(url)} />;
  const isAdmin = me.roles.includes(Role.ADMIN);
  if (!isAdmin && !me.roles.includes(Role.STAFF)) {
    return (
      <>
        <PageHeading title={t('noAccess.title')}>{t('noAccess.title')}</PageHeading>
        <p class="kern-body">{t('noAccess.text')}</p>
      </>
    );
  }
  const access: StaffAccess = { me, offices: isAdmin ? staff.data.offices : me.offices, isAdmin };
  return (
    <>
      <StaffNavigation access={access} />
      {props.children(access)}
    </>
  );
}

/**
 * The frame of every staff page: signs in whoever is not, tells citizens the workspace is not
 * theirs, loads the staff texts, shows the workspace's navigation and hands the page who works.
 */
export function StaffWorkspace(props: { children: (access: StaffAccess) => ComponentChildren }) {
  return (
    <StaffI18nProvider>
      <Workspace>{props.children}</Workspace>
    </StaffI18nProvider>
  );
}
