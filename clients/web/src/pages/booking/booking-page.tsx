import { UntranslatedNote } from '../../components/api-text';
import { useQuery } from '@urql/preact';
import { useRoute } from 'preact-iso';
import { LoadFailed, Loading } from '../../components/status';
import { ServiceQuery } from '../../graphql/catalogue';
import { useI18n } from '../../i18n/i18n';
import { LANGUAGES } from '../../i18n/languages';
import { useBookingDraft } from '../../lib/booking-draft';
import { paths } from '../../lib/routes';
import { NotFoundPage } from '../not-found-page';
import type { StepProps } from './booking-context';
import { CheckStep } from './check-step';
import { DayStep } from './day-step';
import { DetailsStep } from './details-step';
import { DoneStep } from './done-step';
import { OfficeStep } from './office-step';
import { Redirect } from '../../components/redirect';
import { TimeStep } from './time-step';

const STEPS = {
  office: OfficeStep,
  day: DayStep,
  time: TimeStep,
  details: DetailsStep,
  check: CheckStep,
  done: DoneStep,
};

function isStep(step: string): step is keyof typeof STEPS {
  return Object.prototype.hasOwnProperty.call(STEPS, step);
}

/** The booking journey: office → day → time → details → check → done, one question a page. */
export function BookingPage(props: { serviceId: string; step: string }) {
  const { lang } = useI18n();
  const { query } = useRoute();
  const [service, refetch] = useQuery({
    query: ServiceQuery,
    variables: { id: props.serviceId, lang: LANGUAGES[lang].api },
  });
  const [draft, update] = useBookingDraft(props.serviceId);

  if (!isStep(props.step)) return <NotFoundPage />;
  if (service.error && !service.data) {
    return <LoadFailed retry={() => refetch({ requestPolicy: 'network-only' })} />;
  }
  if (!service.data) return <Loading />;
  if (!service.data.service) return <NotFoundPage />;
  // A service no office offers cannot be booked; its page says whom to call.
  if (service.data.service.offices.length === 0) {
    return <Redirect to={paths.service(props.serviceId)} />;
  }

  const Step = STEPS[props.step];
  const stepProps: StepProps = {
    service: service.data.service,
    draft,
    update,
    returnToCheck: query.return === 'check',
    query,
  };
  // A new address is a new page: the step starts with fresh form state.
  return (
    <>
      <UntranslatedNote />
      <Step key={`${props.step}?${query.from ?? ''}`} {...stepProps} />
    </>
  );
}
