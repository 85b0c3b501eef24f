/**
 * Meldebescheinigung: a certificate of the registered address, for an employer, a landlord or
 * another authority; sent by post or picked up at the citizens' office.
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

export const certificateOfResidenceForm: FormDefinition = {
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['person', 'certificate', 'delivery'],
    properties: {
      person: {
        type: 'object',
        additionalProperties: false,
        required: ['givenName', 'familyName', 'dateOfBirth', 'onBehalf'],
        properties: {
          givenName: nameSchema,
          familyName: nameSchema,
          birthName: nameSchema,
          dateOfBirth: dateSchema,
          onBehalf: { type: 'boolean' },
        },
      },
      certificate: {
        type: 'object',
        additionalProperties: false,
        required: ['kind', 'purpose', 'copies'],
        properties: {
          kind: { type: 'string', enum: ['simple', 'extended'] },
          purpose: {
            type: 'string',
            enum: ['employer', 'authority', 'bank', 'housing', 'education', 'other'],
          },
          purposeDetail: { type: 'string', maxLength: 300 },
          copies: { type: 'integer', minimum: 1, maximum: 5 },
        },
      },
      delivery: {
        type: 'object',
        additionalProperties: false,
        required: ['method', 'postalAddress'],
        properties: {
          method: { type: 'string', enum: ['post', 'pick-up'] },
          postalAddress: postalAddressSchema,
        },
      },
    },
  },
  ui: {
    sections: [
      {
        id: 'person',
        title: { de: 'Gemeldete Person', en: 'Registered person' },
        description: {
          de: 'Die Person, für die die Bescheinigung ausgestellt wird, so wie sie im Melderegister steht.',
          en: 'The person the certificate is for, as registered in the residents’ register.',
        },
        fields: [
          '/person/givenName',
          '/person/familyName',
          '/person/birthName',
          '/person/dateOfBirth',
          '/person/onBehalf',
        ],
      },
      {
        id: 'certificate',
        title: { de: 'Bescheinigung', en: 'Certificate' },
        fields: [
          '/certificate/kind',
          '/certificate/purpose',
          '/certificate/purposeDetail',
          '/certificate/copies',
        ],
      },
      {
        id: 'delivery',
        title: { de: 'Zustellung', en: 'Delivery' },
        fields: ['/delivery/method'],
      },
      {
        id: 'postalAddress',
        title: { de: 'Versandanschrift', en: 'Postal address' },
        description: {
          de: 'Wir versenden die Bescheinigung nur an Anschriften in Deutschland.',
          en: 'We send the certificate to addresses in Germany only.',
        },
        fields: [
          '/delivery/postalAddress/street',
          '/delivery/postalAddress/houseNumber',
          '/delivery/postalAddress/postalCode',
          '/delivery/postalAddress/city',
        ],
        when: { field: '/delivery/method', equals: 'post' },
      },
    ],
    fields: {
      ...personHints('/person'),
      '/person/birthName': {
        label: { de: 'Geburtsname (falls abweichend)', en: 'Name at birth (if different)' },
      },
      '/person/onBehalf': {
        label: {
          de: 'Ich beantrage die Bescheinigung für eine andere Person.',
          en: 'I am applying for the certificate for someone else.',
        },
        help: {
          de: 'Dann laden Sie bitte eine von dieser Person unterschriebene Vollmacht hoch.',
          en: 'Then please upload a power of attorney signed by that person.',
        },
      },
      '/certificate/kind': {
        label: { de: 'Art der Bescheinigung', en: 'Kind of certificate' },
        help: {
          de: 'Die meisten Arbeitgeber und Vermieter brauchen nur die einfache Bescheinigung.',
          en: 'Most employers and landlords only need the simple certificate.',
        },
        widget: 'radio',
        options: {
          simple: {
            de: 'Einfache Meldebescheinigung: Name, Doktorgrad und Anschrift',
            en: 'Simple certificate: name, doctoral degree and address',
          },
          extended: {
            de: 'Erweiterte Meldebescheinigung: zusätzlich z. B. Geburtsdatum, Geburtsort, Staatsangehörigkeit und frühere Anschriften',
            en: 'Extended certificate: also e.g. date and place of birth, nationality and previous addresses',
          },
        },
      },
      '/certificate/purpose': {
        label: { de: 'Wofür brauchen Sie die Bescheinigung?', en: 'What do you need it for?' },
        widget: 'select',
        options: {
          employer: { de: 'Für den Arbeitgeber', en: 'For an employer' },
          authority: { de: 'Für eine Behörde', en: 'For an authority' },
          bank: { de: 'Für eine Bank oder Versicherung', en: 'For a bank or insurance company' },
          housing: {
            de: 'Für Vermieter oder Wohnungssuche',
            en: 'For a landlord or finding a flat',
          },
          education: {
            de: 'Für Schule, Kita oder Hochschule',
            en: 'For a school, day care or university',
          },
          other: { de: 'Für einen anderen Zweck', en: 'For another purpose' },
        },
      },
      '/certificate/purposeDetail': {
        label: { de: 'Erläuterung (freiwillig)', en: 'Details (optional)' },
        help: {
          de: 'Zum Beispiel, welche Behörde die Bescheinigung verlangt.',
          en: 'For example, which authority asks for the certificate.',
        },
        widget: 'textarea',
      },
      '/certificate/copies': {
        label: { de: 'Anzahl der Ausfertigungen', en: 'Number of copies' },
        help: {
          de: 'Zwischen 1 und 5. Die Gebühr gilt für jede Ausfertigung.',
          en: 'Between 1 and 5. The fee is charged for each copy.',
        },
        widget: 'number',
      },
      '/delivery/method': {
        label: {
          de: 'Wie möchten Sie die Bescheinigung erhalten?',
          en: 'How would you like to receive it?',
        },
        widget: 'radio',
        options: {
          post: { de: 'Per Post', en: 'By post' },
          'pick-up': {
            de: 'Ich hole sie im Bürgerbüro ab (bitte Ausweis mitbringen)',
            en: 'I will pick it up at the citizens’ office (please bring your identity card)',
          },
        },
      },
      ...postalAddressHints('/delivery/postalAddress'),
    },
  },
  documents: [
    {
      key: 'power-of-attorney',
      label: { de: 'Vollmacht', en: 'Power of attorney' },
      help: {
        de: 'Von der gemeldeten Person unterschrieben, mit ihrem Namen, Geburtsdatum und dem Zweck der Vollmacht.',
        en: 'Signed by the registered person, with their name, date of birth and what it authorises.',
      },
      required: true,
      when: { field: '/person/onBehalf', equals: true },
      ...DOCUMENT_FILES,
    },
  ],
};
