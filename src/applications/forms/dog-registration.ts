/**
 * Hundeanmeldung: whoever keeps a dog in the town registers it for the dog tax (Hundesteuer) and
 * may claim an exemption or reduction, proven by a document.
 */
import type { FormDefinition } from '../form-definition.js';
import {
  DOCUMENT_FILES,
  dateSchema,
  nameSchema,
  personHints,
  phoneSchema,
  postalAddressHints,
  postalAddressSchema,
} from './form-parts.js';

export const dogRegistrationForm: FormDefinition = {
  schema: {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'object',
    additionalProperties: false,
    required: ['owner', 'dog', 'keeping', 'tax'],
    properties: {
      owner: {
        type: 'object',
        additionalProperties: false,
        required: ['givenName', 'familyName', 'dateOfBirth', 'address'],
        properties: {
          givenName: nameSchema,
          familyName: nameSchema,
          dateOfBirth: dateSchema,
          phone: phoneSchema,
          email: { type: 'string', format: 'email', maxLength: 254 },
          address: postalAddressSchema,
        },
      },
      dog: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'breed', 'sex', 'dateOfBirth', 'colour'],
        properties: {
          name: { ...nameSchema, maxLength: 60 },
          breed: nameSchema,
          sex: { type: 'string', enum: ['female', 'male'] },
          dateOfBirth: dateSchema,
          colour: { ...nameSchema, maxLength: 60 },
          // ISO 11784: 15 digits
          microchipNumber: { type: 'string', pattern: '^[0-9]{15}$' },
        },
      },
      keeping: {
        type: 'object',
        additionalProperties: false,
        required: ['since', 'otherDogs'],
        properties: {
          since: dateSchema,
          previousTown: nameSchema,
          otherDogs: { type: 'integer', minimum: 0, maximum: 20 },
        },
      },
      tax: {
        type: 'object',
        additionalProperties: false,
        required: ['exemptionClaimed', 'exemptionReason'],
        properties: {
          exemptionClaimed: { type: 'boolean' },
          exemptionReason: {
            type: 'string',
            enum: ['assistance-dog', 'rescue-dog', 'shelter-dog', 'social-benefits'],
          },
        },
      },
    },
  },
  ui: {
    sections: [
      {
        id: 'owner',
        title: { de: 'Halterin oder Halter des Hundes', en: 'The dog’s owner' },
        fields: [
          '/owner/givenName',
          '/owner/familyName',
          '/owner/dateOfBirth',
          '/owner/phone',
          '/owner/email',
        ],
      },
      {
        id: 'ownerAddress',
        title: { de: 'Ihre Anschrift', en: 'Your address' },
        description: {
          de: 'Die Anschrift, unter der der Hund lebt. An sie schicken wir den Steuerbescheid.',
          en: 'The address where the dog lives. We send the tax notice there.',
        },
        fields: [
          '/owner/address/street',
          '/owner/address/houseNumber',
          '/owner/address/postalCode',
          '/owner/address/city',
        ],
      },
      {
        id: 'dog',
        title: { de: 'Ihr Hund', en: 'Your dog' },
        fields: [
          '/dog/name',
          '/dog/breed',
          '/dog/sex',
          '/dog/dateOfBirth',
          '/dog/colour',
          '/dog/microchipNumber',
        ],
      },
      {
        id: 'keeping',
        title: { de: 'Hundehaltung', en: 'Keeping the dog' },
        fields: ['/keeping/since', '/keeping/previousTown', '/keeping/otherDogs'],
      },
      {
        id: 'tax',
        title: { de: 'Hundesteuer', en: 'Dog tax' },
        description: {
          de: 'Für manche Hunde müssen Sie keine oder weniger Hundesteuer zahlen. Das steht in der Hundesteuersatzung der Stadt.',
          en: 'For some dogs you pay no or less dog tax. The town’s dog tax bylaw sets out when.',
        },
        fields: ['/tax/exemptionClaimed'],
      },
      {
        id: 'exemption',
        title: {
          de: 'Grund der Befreiung oder Ermäßigung',
          en: 'Reason for the exemption or reduction',
        },
        description: {
          de: 'Bitte laden Sie dazu einen Nachweis hoch.',
          en: 'Please upload proof of it.',
        },
        fields: ['/tax/exemptionReason'],
        when: { field: '/tax/exemptionClaimed', equals: true },
      },
    ],
    fields: {
      ...personHints('/owner'),
      '/owner/phone': {
        label: { de: 'Telefonnummer (freiwillig)', en: 'Telephone number (optional)' },
        help: {
          de: 'Für Rückfragen zu Ihrem Antrag.',
          en: 'In case we have questions about your application.',
        },
        widget: 'tel',
        autocomplete: 'tel',
      },
      '/owner/email': {
        label: { de: 'E-Mail-Adresse (freiwillig)', en: 'E-mail address (optional)' },
        help: {
          de: 'Nur wenn wir Ihnen zur Hundesteuer an eine andere Adresse schreiben sollen als an die Ihres Kontos.',
          en: 'Only if we should write to you about the dog tax at an address other than your account’s.',
        },
        widget: 'email',
        autocomplete: 'email',
      },
      ...postalAddressHints('/owner/address'),
      '/dog/name': { label: { de: 'Name des Hundes', en: 'The dog’s name' } },
      '/dog/breed': {
        label: { de: 'Rasse', en: 'Breed' },
        help: {
          de: 'Bei Mischlingen die erkennbaren Rassen, z. B. „Labrador-Mischling“.',
          en: 'For a mixed breed, the breeds you can tell, e.g. “Labrador mix”.',
        },
      },
      '/dog/sex': {
        label: { de: 'Geschlecht', en: 'Sex' },
        widget: 'radio',
        options: {
          female: { de: 'Hündin', en: 'Female' },
          male: { de: 'Rüde', en: 'Male' },
        },
      },
      '/dog/dateOfBirth': {
        label: { de: 'Geburtsdatum des Hundes', en: 'The dog’s date of birth' },
        help: {
          de: 'Wenn Sie es nicht genau wissen, ein ungefähres Datum.',
          en: 'If you do not know it exactly, an approximate date.',
        },
      },
      '/dog/colour': { label: { de: 'Fellfarbe', en: 'Coat colour' } },
      '/dog/microchipNumber': {
        label: { de: 'Chipnummer (freiwillig)', en: 'Microchip number (optional)' },
        help: {
          de: 'Die 15 Ziffern aus dem Heimtierausweis, ohne Leerzeichen.',
          en: 'The 15 digits from the pet passport, without spaces.',
        },
      },
      '/keeping/since': {
        label: { de: 'Der Hund lebt bei mir seit', en: 'The dog has lived with me since' },
        help: {
          de: 'Die Steuerpflicht beginnt mit dem ersten Tag des Folgemonats.',
          en: 'The tax is due from the first day of the following month.',
        },
      },
      '/keeping/previousTown': {
        label: {
          de: 'Bisherige Gemeinde (nur bei Zuzug)',
          en: 'Previous town (only if you moved here)',
        },
        help: {
          de: 'Wenn Sie mit dem Hund zugezogen sind: die Gemeinde, in der er bisher angemeldet war. Melden Sie ihn dort bitte ab.',
          en: 'If you moved here with the dog: the town where it was registered until now. Please deregister it there.',
        },
      },
      '/keeping/otherDogs': {
        label: {
          de: 'Wie viele weitere Hunde leben in Ihrem Haushalt?',
          en: 'How many other dogs live in your household?',
        },
        help: {
          de: 'Für den zweiten und jeden weiteren Hund gilt ein höherer Steuersatz.',
          en: 'A higher rate applies to the second and every further dog.',
        },
        widget: 'number',
      },
      '/tax/exemptionClaimed': {
        label: {
          de: 'Ich beantrage eine Befreiung oder Ermäßigung der Hundesteuer.',
          en: 'I apply for an exemption from or reduction of the dog tax.',
        },
      },
      '/tax/exemptionReason': {
        label: { de: 'Grund', en: 'Reason' },
        widget: 'radio',
        options: {
          'assistance-dog': {
            de: 'Assistenzhund, z. B. Blindenführhund',
            en: 'Assistance dog, e.g. a guide dog',
          },
          'rescue-dog': {
            de: 'Geprüfter Rettungshund',
            en: 'Certified rescue dog',
          },
          'shelter-dog': {
            de: 'Hund aus einem Tierheim',
            en: 'Dog from an animal shelter',
          },
          'social-benefits': {
            de: 'Ich beziehe Sozialleistungen, z. B. Bürgergeld oder Grundsicherung',
            en: 'I receive social benefits, e.g. Bürgergeld or basic income support',
          },
        },
      },
    },
  },
  documents: [
    {
      key: 'exemption-proof',
      label: {
        de: 'Nachweis für die Befreiung oder Ermäßigung',
        en: 'Proof for the exemption or reduction',
      },
      help: {
        de: 'Zum Beispiel den Ausweis des Assistenzhundes, die Prüfungsbescheinigung des Rettungshundes, den Vertrag mit dem Tierheim oder Ihren aktuellen Leistungsbescheid.',
        en: 'For example the assistance dog’s pass, the rescue dog’s test certificate, the contract with the animal shelter or your current benefits notice.',
      },
      required: true,
      when: { field: '/tax/exemptionClaimed', equals: true },
      ...DOCUMENT_FILES,
    },
    {
      key: 'liability-insurance',
      label: {
        de: 'Nachweis der Hundehaftpflichtversicherung (freiwillig)',
        en: 'Proof of dog liability insurance (optional)',
      },
      help: {
        de: 'Für große Hunde (ab 40 cm Schulterhöhe oder 20 kg) schreibt das Landeshundegesetz eine Haftpflichtversicherung vor.',
        en: 'For large dogs (from 40 cm shoulder height or 20 kg), the state dog law requires liability insurance.',
      },
      required: false,
      ...DOCUMENT_FILES,
    },
  ],
};
