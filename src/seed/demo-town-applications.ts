import type { FormDefinition } from '../applications/form-definition.js';
import { certificateOfResidenceForm } from '../applications/forms/certificate-of-residence.js';
import { dogRegistrationForm } from '../applications/forms/dog-registration.js';
import { residentialParkingPermitForm } from '../applications/forms/residential-parking-permit.js';

export type OnlineApplicationData = {
  service: string;
  definition: FormDefinition;
  feeCents: number;
  processingDays: number;
  retentionYears: number;
};

/** The demo town's services that can be applied for online, with realistic fees and periods. */
export const ONLINE_APPLICATIONS: OnlineApplicationData[] = [
  {
    service: 'bewohnerparkausweis-beantragen',
    definition: residentialParkingPermitForm,
    // 30.70 € a year, the long-standing federal maximum that many towns still charge.
    feeCents: 3070,
    processingDays: 10,
    // A permit is issued for at most a few years; the case is no longer needed after it ran out.
    retentionYears: 3,
  },
  {
    service: 'hund-anmelden',
    definition: dogRegistrationForm,
    // Registering a dog costs nothing; the dog tax is assessed afterwards.
    feeCents: 0,
    processingDays: 14,
    // The registration is the basis of a tax assessment: tax records are kept ten years (§ 147 AO).
    retentionYears: 10,
  },
  {
    service: 'meldebescheinigung-beantragen',
    definition: certificateOfResidenceForm,
    feeCents: 700,
    processingDays: 5,
    // The certificate is a one-off extract of the register; the case has no later use.
    retentionYears: 1,
  },
];
