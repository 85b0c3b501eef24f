import { lazy } from 'preact-iso';
import { AppointmentSummary } from '../../components/appointment-summary';
import { PageHeading } from '../../components/page-heading';
import { CalendarFileLink } from '../../components/links';
import { useI18n } from '../../i18n/i18n';
import { readBooked } from '../../lib/booking-draft';
import { paths } from '../../lib/routes';
import { useSession } from '../../lib/session';
import { AppointmentStatus } from '../../gql/graphql';
import type { StepProps } from './booking-context';
import { Redirect } from '../../components/redirect';

const QrCode = lazy(() => import('../../components/qr-code').then((module) => module.QrCode));

/**
 * Booked: the code (as text and QR), the calendar file, and how to cancel. A guest's booking of a
 * scarce service waits for the link in its e-mail instead: the page says to open it in time.
 */
export function DoneStep(props: StepProps) {
  const { t } = useI18n();
  const { session } = useSession();
  const appointment = readBooked(props.service.id);
  if (!appointment) return <Redirect to={paths.service(props.service.id)} />;
  if (appointment.status === AppointmentStatus.UNCONFIRMED) {
    const heading = t('done.unconfirmed.heading');
    return (
      <>
        <PageHeading title={heading}>{heading}</PageHeading>
        <p class="kern-body kern-body--large">
          {t('done.unconfirmed.intro', { email: appointment.email })}
        </p>
        <p class="kern-body">{t('done.unconfirmed.why')}</p>
        <AppointmentSummary appointment={appointment} />
      </>
    );
  }
  const heading = t('done.heading');
  return (
    <>
      <div class="panel" role="region" aria-labelledby="done-heading">
        <PageHeading title={heading} id="done-heading">
          {heading}
        </PageHeading>
        <p class="panel__label">{t('done.code')}</p>
        <p class="panel__code" dir="ltr">
          <span aria-hidden="true">{appointment.code}</span>
          <span class="kern-sr-only">{appointment.code.split('').join(' ')}</span>
        </p>
      </div>

      <div class="done">
        <div class="done__main">
          <p class="kern-body kern-body--large">{t('done.intro', { email: appointment.email })}</p>
          <AppointmentSummary appointment={appointment} />

          <h2 class="kern-heading-medium">{t('done.documents.heading')}</h2>
          {appointment.service.documents.length > 0 ? (
            <ul class="kern-list kern-list--bullet">
              {appointment.service.documents.map((document) => (
                <li key={document}>{document}</li>
              ))}
            </ul>
          ) : (
            <p class="kern-body">{t('service.documents.none')}</p>
          )}

          <h2 class="kern-heading-medium">{t('done.next.heading')}</h2>
          <ul class="action-list">
            <li>
              <CalendarFileLink appointment={appointment} />
            </li>
            <li>
              {/* Signed in, the booking is the account's: "My town hall" has it, no code needed. */}
              <a
                class="kern-link"
                href={
                  session.status === 'signedIn'
                    ? paths.myAppointment(appointment.id)
                    : paths.appointment({ code: appointment.code })
                }
              >
                <span class="kern-icon kern-icon--edit" aria-hidden="true" />
                {t('done.manage')}
              </a>
            </li>
            <li>
              <button type="button" class="link-button kern-link" onClick={() => window.print()}>
                <span class="kern-icon kern-icon--draft" aria-hidden="true" />
                {t('done.print')}
              </button>
            </li>
          </ul>
          <p class="kern-body">{t('done.keepCode')}</p>
        </div>
        <figure class="done__qr">
          <QrCode text={appointment.code} label={t('done.qr.label', { code: appointment.code })} />
          <figcaption class="kern-body kern-body--small">{t('done.qr.caption')}</figcaption>
        </figure>
      </div>
    </>
  );
}
