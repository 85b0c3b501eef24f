/**
 * Bewohnerparkausweis: residents of a parking zone park their car there without a ticket. The
 * office checks the registration at the address and the vehicle's registration certificate.
 */
import type { FormDefinition } from '../form-definition.js';
import {
  DOCUMENT_FILES,
  dateSchema,
  nameSchema,
  personHints,
  postalAddressHints,
  postalAddressSchema,
} from './form-parts.js';

export const residentialParkingPermitForm: FormDefinition = {
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['applicant', 'address', 'vehicle', 'permit'],
    properties: {
      applicant: {
        type: 'object',
        additionalProperties: false,
        required: ['givenName', 'familyName', 'dateOfBirth'],
        properties: { givenName: nameSchema, familyName: nameSchema, dateOfBirth: dateSchema },
      },
      address: {
        type: 'object',
        additionalProperties: false,
        required: [...postalAddressSchema.required, 'registered'],
        properties: {
          ...postalAddressSchema.properties,
          registered: { type: 'boolean', const: true },
        },
      },
      vehicle: {
        type: 'object',
        additionalProperties: false,
        required: ['licencePlate', 'make', 'keeper'],
        properties: {
          // District code, letters, number, and E (electric) or H (historic): "MS-AB 123", "MÜ-X 7E"
          licencePlate: {
            type: 'string',
            pattern: '^[A-ZÄÖÜ]{1,3}-[A-Z]{1,2} [1-9][0-9]{0,3}[EH]?$',
          },
          make: { ...nameSchema, maxLength: 60 },
          keeper: { type: 'string', enum: ['applicant', 'other'] },
        },
      },
      permit: {
        type: 'object',
        additionalProperties: false,
        required: ['validity', 'startDate'],
        properties: {
          validity: { type: 'string', enum: ['one-year', 'two-years'] },
          startDate: dateSchema,
        },
      },
    },
  },
  ui: {
    sections: [
      {
        id: 'applicant',
        title: { de: 'Angaben zu Ihrer Person', en: 'About you' },
        fields: ['/applicant/givenName', '/applicant/familyName', '/applicant/dateOfBirth'],
      },
      {
        id: 'address',
        title: {
          de: 'Ihre Anschrift im Bewohnerparkgebiet',
          en: 'Your address in the parking zone',
        },
        description: {
          de: 'Einen Bewohnerparkausweis erhalten Sie nur, wenn Sie im Bewohnerparkgebiet gemeldet sind.',
          en: 'You can only get a residential parking permit if you are registered as living in the parking zone.',
        },
        fields: [
          '/address/street',
          '/address/houseNumber',
          '/address/postalCode',
          '/address/city',
          '/address/registered',
        ],
      },
      {
        id: 'vehicle',
        title: { de: 'Ihr Fahrzeug', en: 'Your vehicle' },
        fields: ['/vehicle/licencePlate', '/vehicle/make', '/vehicle/keeper'],
      },
      {
        id: 'permit',
        title: { de: 'Ihr Parkausweis', en: 'Your permit' },
        fields: ['/permit/validity', '/permit/startDate'],
      },
    ],
    fields: {
      ...personHints('/applicant'),
      ...postalAddressHints('/address'),
      '/address/registered': {
        label: {
          de: 'Ich bin unter dieser Anschrift mit Haupt- oder Nebenwohnsitz gemeldet.',
          en: 'I am registered at this address as my main or second residence.',
        },
        help: {
          de: 'Wir prüfen das im Melderegister. Sind Sie gerade erst umgezogen, melden Sie sich bitte zuerst um.',
          en: 'We check this in the residents’ register. If you have just moved, please register your new address first.',
        },
      },
      '/vehicle/licencePlate': {
        label: { de: 'Kennzeichen', en: 'Licence plate' },
        help: {
          de: 'In Großbuchstaben, wie auf dem Schild: Ortskürzel, Bindestrich, Buchstaben, Leerzeichen, Zahl.',
          en: 'In capital letters, as on the plate: district code, hyphen, letters, space, number.',
        },
        placeholder: { de: 'MS-AB 123', en: 'MS-AB 123' },
      },
      '/vehicle/make': {
        label: { de: 'Hersteller und Modell', en: 'Make and model' },
        placeholder: { de: 'z. B. VW Golf', en: 'e.g. VW Golf' },
      },
      '/vehicle/keeper': {
        label: {
          de: 'Auf wen ist das Fahrzeug zugelassen?',
          en: 'Who is the vehicle registered to?',
        },
        help: {
          de: 'Fahren Sie einen Firmen- oder Leasingwagen, laden Sie bitte einen Nachweis hoch, dass Sie ihn dauerhaft nutzen.',
          en: 'If you drive a company or leased car, please upload proof that you use it permanently.',
        },
        widget: 'radio',
        options: {
          applicant: { de: 'Auf mich', en: 'To me' },
          other: {
            de: 'Auf eine andere Person oder eine Firma (z. B. Firmen- oder Leasingwagen)',
            en: 'To another person or a company (e.g. a company or leased car)',
          },
        },
      },
      '/permit/validity': {
        label: { de: 'Gültigkeit', en: 'Valid for' },
        help: {
          de: 'Die Gebühr richtet sich nach der Gültigkeitsdauer.',
          en: 'The fee depends on how long the permit is valid.',
        },
        widget: 'radio',
        options: {
          'one-year': { de: 'Ein Jahr', en: 'One year' },
          'two-years': { de: 'Zwei Jahre', en: 'Two years' },
        },
      },
      '/permit/startDate': {
        label: { de: 'Gültig ab', en: 'Valid from' },
        help: {
          de: 'Frühestens ab dem Tag, an dem wir Ihren Antrag bewilligen.',
          en: 'At the earliest from the day we approve your application.',
        },
      },
    },
  },
  documents: [
    {
      key: 'registration-certificate',
      label: {
        de: 'Zulassungsbescheinigung Teil I (Fahrzeugschein)',
        en: 'Registration certificate part I (vehicle registration document)',
      },
      help: {
        de: 'Ein Scan oder Foto der Vorderseite, auf dem Kennzeichen und Halter gut lesbar sind.',
        en: 'A scan or photo of the front, with the licence plate and keeper clearly readable.',
      },
      required: true,
      ...DOCUMENT_FILES,
    },
    {
      key: 'permanent-use-proof',
      label: {
        de: 'Nachweis der dauerhaften Nutzung',
        en: 'Proof of permanent use',
      },
      help: {
        de: 'Zum Beispiel eine Bescheinigung Ihres Arbeitgebers, dass Sie den Firmenwagen auch privat nutzen dürfen, oder Ihren Leasingvertrag.',
        en: 'For example a letter from your employer that you may also use the company car privately, or your leasing contract.',
      },
      required: true,
      when: { field: '/vehicle/keeper', equals: 'other' },
      ...DOCUMENT_FILES,
    },
  ],
};
