import { Provider as ApiProvider } from '@urql/preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { ErrorBoundary, lazy, LocationProvider, Route, Router, useLocation } from 'preact-iso';
import { Shell } from './components/shell';
import { I18nProvider, type Translator } from './i18n/i18n';
import { createApiClient } from './lib/api';
import { markNavigation } from './lib/navigation-focus';
import { routes } from './lib/routes';
import { SessionProvider } from './lib/session';

// Every page is a chunk of its own: the start page loads only what the start page needs.
const StartPage = lazy(() => import('./pages/start-page').then((m) => m.StartPage));
const SearchPage = lazy(() => import('./pages/search-page').then((m) => m.SearchPage));
const ServicePage = lazy(() => import('./pages/service-page').then((m) => m.ServicePage));
const BookingPage = lazy(() => import('./pages/booking/booking-page').then((m) => m.BookingPage));
const AppointmentPage = lazy(() =>
  import('./pages/appointment-page').then((m) => m.AppointmentPage),
);
const RebookPage = lazy(() => import('./pages/rebook-page').then((m) => m.RebookPage));
const WaitlistJoinPage = lazy(() =>
  import('./pages/waitlist-page').then((m) => m.WaitlistJoinPage),
);
const WaitlistConfirmPage = lazy(() =>
  import('./pages/waitlist-page').then((m) => m.WaitlistConfirmPage),
);
const WaitlistOfferPage = lazy(() =>
  import('./pages/waitlist-page').then((m) => m.WaitlistOfferPage),
);
const WaitlistEntryPage = lazy(() =>
  import('./pages/waitlist-page').then((m) => m.WaitlistEntryPage),
);
const ConfirmBookingPage = lazy(() =>
  import('./pages/confirm-booking-page').then((m) => m.ConfirmBookingPage),
);
const FairReleasePage = lazy(() =>
  import('./pages/fair-release-page').then((m) => m.FairReleasePage),
);
const AnnouncementsPage = lazy(() =>
  import('./pages/announcements-page').then((m) => m.AnnouncementsPage),
);
const AnnouncementPage = lazy(() =>
  import('./pages/announcement-page').then((m) => m.AnnouncementPage),
);
const VerifyEmailPage = lazy(() =>
  import('./pages/email-link-page').then((m) => m.VerifyEmailPage),
);
const AcceptInvitationPage = lazy(() =>
  import('./pages/email-link-page').then((m) => m.AcceptInvitationPage),
);
const RegisterPage = lazy(() => import('./pages/register-page').then((m) => m.RegisterPage));
const SignInPage = lazy(() => import('./pages/sign-in-page').then((m) => m.SignInPage));
const SignedOutPage = lazy(() => import('./pages/signed-out-page').then((m) => m.SignedOutPage));
const CreatePasskeyPage = lazy(() =>
  import('./pages/create-passkey-page').then((m) => m.CreatePasskeyPage),
);
const MyTownHallPage = lazy(() =>
  import('./pages/my-town-hall-page').then((m) => m.MyTownHallPage),
);
const ApplyPage = lazy(() => import('./pages/applications/apply-page').then((m) => m.ApplyPage));
const MyApplicationsPage = lazy(() =>
  import('./pages/applications/my-applications-page').then((m) => m.MyApplicationsPage),
);
const MyApplicationPage = lazy(() =>
  import('./pages/applications/my-application-page').then((m) => m.MyApplicationPage),
);
const MyAppointmentPage = lazy(() =>
  import('./pages/my-appointment-page').then((m) => m.MyAppointmentPage),
);
// The staff workspace is a part of its own: citizens' pages never load it.
const AppointmentPlanPage = lazy(() =>
  import('./staff/pages/appointment-plan-page').then((m) => m.AppointmentPlanPage),
);
const CancelDayPage = lazy(() =>
  import('./staff/pages/cancel-day-page').then((m) => m.CancelDayPage),
);
const AdminOfficesPage = lazy(() =>
  import('./staff/pages/admin-offices-page').then((m) => m.AdminOfficesPage),
);
const AdminOfficePage = lazy(() =>
  import('./staff/pages/admin-office-page').then((m) => m.AdminOfficePage),
);
const AdminClosuresPage = lazy(() =>
  import('./staff/pages/admin-closures-page').then((m) => m.AdminClosuresPage),
);
const StaffPeoplePage = lazy(() =>
  import('./staff/pages/staff-people-page').then((m) => m.StaffPeoplePage),
);
const KiosksPage = lazy(() => import('./staff/pages/kiosks-page').then((m) => m.KiosksPage));
const ApiKeysPage = lazy(() => import('./staff/pages/api-keys-page').then((m) => m.ApiKeysPage));
const AdminServicesPage = lazy(() =>
  import('./staff/pages/admin-services-page').then((m) => m.AdminServicesPage),
);
const AdminServicePage = lazy(() =>
  import('./staff/pages/admin-service-page').then((m) => m.AdminServicePage),
);
const AdminApplicationFormPage = lazy(() =>
  import('./staff/pages/admin-application-form-page').then((m) => m.AdminApplicationFormPage),
);
const AdminCategoriesPage = lazy(() =>
  import('./staff/pages/admin-categories-page').then((m) => m.AdminCategoriesPage),
);
const NoticesPage = lazy(() => import('./staff/pages/notices-page').then((m) => m.NoticesPage));
const NoticeEditorPage = lazy(() =>
  import('./staff/pages/notice-editor-page').then((m) => m.NoticeEditorPage),
);
const NoticeHistoryPage = lazy(() =>
  import('./staff/pages/notice-history-page').then((m) => m.NoticeHistoryPage),
);
const DashboardPage = lazy(() =>
  import('./staff/pages/dashboard-page').then((m) => m.DashboardPage),
);
const InboxPage = lazy(() => import('./staff/pages/inbox-page').then((m) => m.InboxPage));
const AnswerTemplatesPage = lazy(() =>
  import('./staff/pages/answer-templates-page').then((m) => m.AnswerTemplatesPage),
);
const ApplicationsPage = lazy(() =>
  import('./staff/pages/applications-page').then((m) => m.ApplicationsPage),
);
const ApplicationPage = lazy(() =>
  import('./staff/pages/application-page').then((m) => m.ApplicationPage),
);
const CounterPage = lazy(() => import('./staff/pages/counter-page').then((m) => m.CounterPage));
const TicketPage = lazy(() => import('./pages/ticket-page').then((m) => m.TicketPage));
const MyDevicesPage = lazy(() => import('./pages/my-devices-page').then((m) => m.MyDevicesPage));
const DeveloperPages = lazy(() => import('./developers/pages').then((m) => m.DeveloperPages));
const MyDataPage = lazy(() => import('./pages/my-data-page').then((m) => m.MyDataPage));
const DeleteAccountPage = lazy(() =>
  import('./pages/delete-account-page').then((m) => m.DeleteAccountPage),
);
const AccountDeletedPage = lazy(() =>
  import('./pages/delete-account-page').then((m) => m.AccountDeletedPage),
);
const ConversationsPage = lazy(() =>
  import('./pages/conversations-page').then((m) => m.ConversationsPage),
);
const WriteToOfficePage = lazy(() =>
  import('./pages/write-to-office-page').then((m) => m.WriteToOfficePage),
);
const ConversationPage = lazy(() =>
  import('./pages/conversation-page').then((m) => m.ConversationPage),
);
const NotFoundPage = lazy(() => import('./pages/not-found-page').then((m) => m.NotFoundPage));

/** Where a citizen most likely goes next; fetched when the browser is idle, not before. */
function preloadLikelyPages() {
  const load = () => {
    void SearchPage.preload();
    void ServicePage.preload();
  };
  if ('requestIdleCallback' in window) requestIdleCallback(load, { timeout: 5000 });
  else setTimeout(load, 2000);
}

function Routes() {
  const { url } = useLocation();
  const [loading, setLoading] = useState(false);
  const firstRender = useRef(true);
  useLayoutEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      preloadLikelyPages();
      return;
    }
    markNavigation();
  }, [url]);
  return (
    <>
      <div class={`route-progress${loading ? ' route-progress--active' : ''}`} aria-hidden="true" />
      <ErrorBoundary>
        <Router onLoadStart={() => setLoading(true)} onLoadEnd={() => setLoading(false)}>
          <Route path={routes.start} component={StartPage} />
          <Route path={routes.search} component={SearchPage} />
          <Route path={routes.service} component={ServicePage} />
          <Route path={routes.bookingStep} component={BookingPage} />
          <Route path={routes.apply} component={ApplyPage} />
          <Route path={routes.appointment} component={AppointmentPage} />
          <Route path={routes.rebook} component={RebookPage} />
          <Route path={routes.waitlistJoin} component={WaitlistJoinPage} />
          <Route path={routes.waitlistConfirm} component={WaitlistConfirmPage} />
          <Route path={routes.waitlistOffer} component={WaitlistOfferPage} />
          <Route path={routes.waitlistEntry} component={WaitlistEntryPage} />
          <Route path={routes.confirmBooking} component={ConfirmBookingPage} />
          <Route path={routes.fairRelease} component={FairReleasePage} />
          <Route path={routes.announcements} component={AnnouncementsPage} />
          <Route path={routes.announcement} component={AnnouncementPage} />
          <Route path={routes.verifyEmail} component={VerifyEmailPage} />
          <Route path={routes.acceptInvitation} component={AcceptInvitationPage} />
          <Route path={routes.register} component={RegisterPage} />
          <Route path={routes.signIn} component={SignInPage} />
          <Route path={routes.signedOut} component={SignedOutPage} />
          <Route path={routes.createPasskey} component={CreatePasskeyPage} />
          <Route path={routes.myTownHall} component={MyTownHallPage} />
          <Route path={routes.myAppointment} component={MyAppointmentPage} />
          <Route path={routes.myApplications} component={MyApplicationsPage} />
          <Route path={routes.myApplication} component={MyApplicationPage} />
          <Route path={routes.staffPlan} component={AppointmentPlanPage} />
          <Route path={routes.staffCancelDay} component={CancelDayPage} />
          <Route path={routes.staffOffices} component={AdminOfficesPage} />
          <Route path={routes.staffOffice} component={AdminOfficePage} />
          <Route path={routes.staffOfficeClosures} component={AdminClosuresPage} />
          <Route path={routes.staffPeople} component={StaffPeoplePage} />
          <Route path={routes.staffKiosks} component={KiosksPage} />
          <Route path={routes.staffApiKeys} component={ApiKeysPage} />
          <Route path={routes.staffServices} component={AdminServicesPage} />
          <Route path={routes.staffNewService} component={AdminServicePage} />
          <Route path={routes.staffService} component={AdminServicePage} />
          <Route path={routes.staffApplicationForm} component={AdminApplicationFormPage} />
          <Route path={routes.staffCategories} component={AdminCategoriesPage} />
          <Route path={routes.staffNewNotice} component={NoticeEditorPage} />
          <Route path={routes.staffNotices} component={NoticesPage} />
          <Route path={routes.staffNotice} component={NoticeEditorPage} />
          <Route path={routes.staffNoticeHistory} component={NoticeHistoryPage} />
          <Route path={routes.staffDashboard} component={DashboardPage} />
          <Route path={routes.staffInbox} component={InboxPage} />
          <Route path={routes.staffTemplates} component={AnswerTemplatesPage} />
          <Route path={routes.staffApplications} component={ApplicationsPage} />
          <Route path={routes.staffApplication} component={ApplicationPage} />
          <Route path={routes.staffCounter} component={CounterPage} />
          <Route path={routes.ticket} component={TicketPage} />
          <Route path={routes.myDevices} component={MyDevicesPage} />
          <Route path={routes.myApiKeys} component={DeveloperPages} />
          <Route path={routes.developers} component={DeveloperPages} />
          <Route path={routes.myData} component={MyDataPage} />
          <Route path={routes.deleteAccount} component={DeleteAccountPage} />
          <Route path={routes.accountDeleted} component={AccountDeletedPage} />
          <Route path={routes.conversations} component={ConversationsPage} />
          <Route path={routes.writeToOffice} component={WriteToOfficePage} />
          <Route path={routes.conversation} component={ConversationPage} />
          <Route default component={NotFoundPage} />
        </Router>
      </ErrorBoundary>
    </>
  );
}

export function App(props: { translator: Translator }) {
  const client = useMemo(createApiClient, []);
  return (
    <I18nProvider initial={props.translator}>
      <ApiProvider value={client}>
        {/*
          Links to what the server answers itself (calendar files, an application's files under
          /files/, the sign-in at the town's identity provider under /auth/) are not client
          routes.
        */}
        <SessionProvider>
          <LocationProvider scope={/^\/(?!appointments\/|files\/|graphql|auth\/)/}>
            <Shell>
              <Routes />
            </Shell>
          </LocationProvider>
        </SessionProvider>
      </ApiProvider>
    </I18nProvider>
  );
}
