import { useMutation, useQuery } from '@urql/preact';
import { useState } from 'preact/hooks';
import type { FormError } from '../components/form';
import { CheckIn } from '../components/check-in';
import { BackLink } from '../components/links';
import { ManageAppointment } from '../components/manage-appointment';
import { SignedInOnly } from '../components/signed-in-only';
import { LoadFailed, Loading } from '../components/status';
import { MyAppointmentQuery } from '../graphql/accounts';
import { CancelAppointmentMutation, RescheduleAppointmentMutation } from '../graphql/appointments';
import type { AppointmentDetailsFragment } from '../gql/graphql';
import { useI18n, useOnLanguageChange } from '../i18n/i18n';
import { paths } from '../lib/routes';
import { NotFoundPage } from './not-found-page';

function MyAppointment(props: { appointmentId: string }) {
  const { t } = useI18n();
  const [, cancel] = useMutation(CancelAppointmentMutation);
  const [, reschedule] = useMutation(RescheduleAppointmentMutation);
  // The appointment at its new time, shown at once (the query is asked again meanwhile).
  const [moved, setMoved] = useState<AppointmentDetailsFragment | null>(null);
  const [result, refetch] = useQuery({
    query: MyAppointmentQuery,
    variables: { id: props.appointmentId },
    requestPolicy: 'network-only',
  });
  // The service's and office's names follow the language of the request.
  // The query, asked again, has the new time too: the moved copy would keep the old language.
  useOnLanguageChange(() => {
    setMoved(null);
    refetch({ requestPolicy: 'network-only' });
  });
  if (result.error && !result.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!result.data) return <Loading />;
  const found = result.data.node;
  // Someone else's appointment is "not found" too, never shown.
  if (found?.__typename !== 'Appointment') return <NotFoundPage />;
  const appointment = moved ?? found;

  async function cancelMine(): Promise<FormError[]> {
    const answer = await cancel({ input: { id: props.appointmentId } });
    const payload = answer.data?.cancelAppointment;
    if (!payload) return [{ field: null, message: t('errors.connection') }];
    return payload.userErrors.map((error) => ({ field: null, message: error.message }));
  }

  async function rescheduleMine(startsAt: string): Promise<FormError[]> {
    const answer = await reschedule({ input: { id: props.appointmentId, startsAt } });
    const payload = answer.data?.rescheduleAppointment;
    if (!payload) return [{ field: null, message: t('errors.connection') }];
    if (payload.appointment) setMoved({ ...found, ...payload.appointment });
    return payload.userErrors.map((error) => ({ field: null, message: error.message }));
  }

  return (
    <>
      <BackLink href={paths.myTownHall()} />
      <ManageAppointment
        key={appointment.id}
        appointment={appointment}
        cancel={cancelMine}
        reschedule={rescheduleMine}
      >
        <CheckIn appointment={appointment} input={{ appointmentId: appointment.id }} />
        <p class="kern-body">
          <a class="kern-link" href={paths.myTownHall()}>
            {t('myTownHall.back')}
          </a>
        </p>
      </ManageAppointment>
    </>
  );
}

/** One appointment of the signed-in citizen, found by its ID: look at it, or cancel it. */
export function MyAppointmentPage(props: { appointmentId: string }) {
  return <SignedInOnly>{() => <MyAppointment appointmentId={props.appointmentId} />}</SignedInOnly>;
}
