import type { LocalizedList, LocalizedText } from '../entities/localized-text.js';

/**
 * The demo town Musterstadt: a catalogue a citizen recognises from their own town hall. Fees and
 * legal bases follow federal law where it sets them; where a town sets its own fee (Meldebescheinigung,
 * Gewerbeanmeldung, ...) the amount is a typical one. LeiKa keys marked "catalogue" are taken from
 * the federal service catalogue; the others are plausible keys in the right group.
 */

export type CategoryData = { slug: string; name: LocalizedText; position: number };

export type OpeningPeriod = { weekday: number; opensAt: string; closesAt: string };

export type CounterData = {
  name: string;
  /** The counter handles the office's services of these categories ... */
  categories: readonly string[];
  /** ... except these service slugs ... */
  except?: readonly string[];
  /** ... and also these service slugs of other categories. */
  also?: readonly string[];
  /** Replaces the office's hours for this counter. */
  hours?: readonly OpeningPeriod[];
};

export type OfficeData = {
  slug: string;
  name: LocalizedText;
  street: string;
  postalCode: string;
  city: string;
  phone: string;
  email: string;
  website: string;
  hours: readonly OpeningPeriod[];
  counters: readonly CounterData[];
};

export type ServiceData = {
  slug: string;
  leikaKey: string;
  category: string;
  offices: readonly string[];
  name: LocalizedText;
  description: LocalizedText;
  documents: LocalizedList;
  keywords: string;
  /** Euro cents; null when the service is free of charge. */
  feeCents: number | null;
  processingTime: LocalizedText;
  legalBasis: string;
  durationMinutes: 15 | 20 | 30 | 45 | 60;
};

export const CATEGORIES: readonly CategoryData[] = [
  {
    slug: 'ausweise-und-paesse',
    name: { de: 'Ausweise und Pässe', en: 'ID cards and passports' },
    position: 1,
  },
  {
    slug: 'wohnen-und-umzug',
    name: { de: 'Wohnen und Umzug', en: 'Housing and moving' },
    position: 2,
  },
  {
    slug: 'familie-und-partnerschaft',
    name: { de: 'Familie und Partnerschaft', en: 'Family and partnership' },
    position: 3,
  },
  {
    slug: 'auto-und-verkehr',
    name: { de: 'Auto und Verkehr', en: 'Cars and traffic' },
    position: 4,
  },
  {
    slug: 'wirtschaft-und-gewerbe',
    name: { de: 'Wirtschaft und Gewerbe', en: 'Business and trade' },
    position: 5,
  },
  {
    slug: 'steuern-und-abgaben',
    name: { de: 'Steuern und Abgaben', en: 'Taxes and charges' },
    position: 6,
  },
  {
    slug: 'ordnung-und-sicherheit',
    name: { de: 'Ordnung und Sicherheit', en: 'Public order and safety' },
    position: 7,
  },
  { slug: 'soziales', name: { de: 'Soziales', en: 'Social services' }, position: 8 },
  { slug: 'bauen', name: { de: 'Bauen', en: 'Building' }, position: 9 },
  {
    slug: 'bildung-und-kinderbetreuung',
    name: { de: 'Bildung und Kinderbetreuung', en: 'Education and childcare' },
    position: 10,
  },
  {
    slug: 'abfall-und-umwelt',
    name: { de: 'Abfall und Umwelt', en: 'Waste and environment' },
    position: 11,
  },
  {
    slug: 'dokumente-und-beglaubigungen',
    name: { de: 'Dokumente und Beglaubigungen', en: 'Documents and certifications' },
    position: 12,
  },
];

function period(weekday: number, opensAt: string, closesAt: string): OpeningPeriod {
  return { weekday, opensAt, closesAt };
}

// Long Thursday for working people; Friday afternoons closed, as in most German town halls.
const WEEKDAY_HOURS: readonly OpeningPeriod[] = [
  period(1, '08:00', '12:00'),
  period(1, '13:00', '16:00'),
  period(2, '08:00', '12:00'),
  period(2, '13:00', '16:00'),
  period(3, '08:00', '12:00'),
  period(4, '08:00', '12:00'),
  period(4, '14:00', '18:00'),
  period(5, '08:00', '12:00'),
];

const SATURDAY_HOURS: readonly OpeningPeriod[] = [period(6, '09:00', '12:00')];

export const OFFICES: readonly OfficeData[] = [
  {
    slug: 'buergerbuero-mitte',
    name: { de: 'Bürgerbüro Mitte', en: "Citizens' Office Centre" },
    street: 'Rathausplatz 1',
    postalCode: '12345',
    city: 'Musterstadt',
    phone: '+49 1234 5678-100',
    email: 'buergerbuero-mitte@musterstadt.example',
    website: 'https://www.musterstadt.example/buergerbuero-mitte',
    hours: [...WEEKDAY_HOURS, ...SATURDAY_HOURS],
    counters: [
      {
        name: 'Schalter 1',
        categories: ['ausweise-und-paesse', 'wohnen-und-umzug'],
        except: ['wohnberechtigungsschein-beantragen'],
      },
      {
        name: 'Schalter 2',
        categories: [
          'ausweise-und-paesse',
          'wohnen-und-umzug',
          'ordnung-und-sicherheit',
          'dokumente-und-beglaubigungen',
        ],
        except: ['wohnberechtigungsschein-beantragen'],
      },
      {
        name: 'Schalter 3',
        categories: [
          'wohnen-und-umzug',
          'auto-und-verkehr',
          'wirtschaft-und-gewerbe',
          'steuern-und-abgaben',
          'ordnung-und-sicherheit',
          'abfall-und-umwelt',
          'dokumente-und-beglaubigungen',
        ],
        except: ['wohnberechtigungsschein-beantragen'],
      },
      {
        // Social and building advice takes longer than a Saturday morning allows.
        name: 'Schalter 4',
        categories: ['soziales', 'bauen', 'bildung-und-kinderbetreuung', 'abfall-und-umwelt'],
        also: ['wohnberechtigungsschein-beantragen'],
        hours: WEEKDAY_HOURS,
      },
    ],
  },
  {
    slug: 'buergerbuero-nord',
    name: { de: 'Bürgerbüro Nord', en: "Citizens' Office North" },
    street: 'Nordring 42',
    postalCode: '12347',
    city: 'Musterstadt',
    phone: '+49 1234 5678-200',
    email: 'buergerbuero-nord@musterstadt.example',
    website: 'https://www.musterstadt.example/buergerbuero-nord',
    // A branch office: closed on Wednesdays.
    hours: WEEKDAY_HOURS.filter((opening) => opening.weekday !== 3),
    counters: [
      {
        name: 'Schalter 1',
        categories: ['ausweise-und-paesse', 'wohnen-und-umzug', 'dokumente-und-beglaubigungen'],
      },
      {
        name: 'Schalter 2',
        categories: [
          'ausweise-und-paesse',
          'wohnen-und-umzug',
          'steuern-und-abgaben',
          'ordnung-und-sicherheit',
          'soziales',
          'bildung-und-kinderbetreuung',
          'abfall-und-umwelt',
          'dokumente-und-beglaubigungen',
        ],
      },
    ],
  },
  {
    slug: 'standesamt',
    name: { de: 'Standesamt', en: 'Registry Office' },
    street: 'Schlossallee 3',
    postalCode: '12345',
    city: 'Musterstadt',
    phone: '+49 1234 5678-300',
    email: 'standesamt@musterstadt.example',
    website: 'https://www.musterstadt.example/standesamt',
    hours: WEEKDAY_HOURS,
    counters: [
      { name: 'Schalter 1', categories: ['familie-und-partnerschaft'] },
      { name: 'Schalter 2', categories: ['familie-und-partnerschaft', 'steuern-und-abgaben'] },
    ],
  },
  {
    slug: 'gewerbe-und-ordnungsamt',
    name: { de: 'Gewerbe- und Ordnungsamt', en: 'Trade and Public Order Office' },
    street: 'Bahnhofstraße 10',
    postalCode: '12346',
    city: 'Musterstadt',
    phone: '+49 1234 5678-400',
    email: 'ordnungsamt@musterstadt.example',
    website: 'https://www.musterstadt.example/gewerbe-und-ordnungsamt',
    hours: WEEKDAY_HOURS,
    counters: [
      { name: 'Schalter 1', categories: ['wirtschaft-und-gewerbe', 'ordnung-und-sicherheit'] },
      { name: 'Schalter 2', categories: ['auto-und-verkehr'] },
      {
        name: 'Schalter 3',
        categories: ['auto-und-verkehr', 'wirtschaft-und-gewerbe', 'ordnung-und-sicherheit'],
      },
    ],
  },
];

/** Days on which the town hall closes although they are no public holidays. */
export const CUSTOMARY_CLOSED_DAYS: readonly { month: number; day: number; name: LocalizedText }[] =
  [
    { month: 12, day: 24, name: { de: 'Heiligabend', en: 'Christmas Eve' } },
    { month: 12, day: 31, name: { de: 'Silvester', en: "New Year's Eve" } },
  ];

export const STAFF_OUTING: LocalizedText = { de: 'Betriebsausflug', en: 'Staff outing' };

/** A closure of one counter for a morning, so that the demo shows a partly staffed office. */
export const COUNTER_TRAINING = {
  office: 'buergerbuero-mitte',
  counter: 'Schalter 2',
  startsAt: '08:00',
  endsAt: '12:00',
  reason: { de: 'Fortbildung der Mitarbeitenden', en: 'Staff training' } satisfies LocalizedText,
} as const;

const BUERGERBUEROS = ['buergerbuero-mitte', 'buergerbuero-nord'] as const;
const MITTE = ['buergerbuero-mitte'] as const;
const STANDESAMT = ['standesamt'] as const;
const ORDNUNGSAMT = ['gewerbe-und-ordnungsamt'] as const;

export const SERVICES: readonly ServiceData[] = [
  // --- Ausweise und Pässe ---------------------------------------------------------------------
  {
    slug: 'personalausweis-beantragen',
    leikaKey: '99008001012000', // catalogue
    category: 'ausweise-und-paesse',
    offices: BUERGERBUEROS,
    name: {
      de: 'Personalausweis beantragen',
      en: 'Apply for an identity card',
      de_ls: 'Personal-Ausweis beantragen',
    },
    description: {
      de:
        'Alle Deutschen ab 16 Jahren müssen einen gültigen Personalausweis oder Reisepass besitzen. ' +
        'Den Antrag stellen Sie persönlich im Bürgerbüro: Wir nehmen zwei Fingerabdrücke und ein digitales ' +
        'Lichtbild auf, das auch ein zertifiziertes Fotostudio elektronisch übermitteln kann. ' +
        'Der Ausweis gilt zehn Jahre, wenn Sie jünger als 24 Jahre sind sechs Jahre; er kostet 46 Euro, unter 24 Jahren 27,60 Euro.',
      en:
        'Every German citizen aged 16 or over must hold a valid identity card or passport. ' +
        'You apply in person at a citizens’ office: we take two fingerprints and a digital photo, which a ' +
        'certified photo studio can also send to us electronically. ' +
        'The card is valid for ten years, or six years if you are under 24; it costs €46, or €27.60 under the age of 24.',
      de_ls:
        'Sie sind 16 Jahre oder älter? Dann brauchen Sie einen Personal-Ausweis. Oder einen Reise-Pass. ' +
        'Sie kommen selbst ins Bürger-Büro. Wir machen ein Foto von Ihnen. Und wir nehmen Ihre Finger-Abdrücke. ' +
        'Nach 3 bis 4 Wochen ist der Ausweis fertig.',
    },
    documents: {
      de: [
        'bisheriger Personalausweis oder Reisepass',
        'Geburts- oder Eheurkunde, wenn Sie zum ersten Mal einen Ausweis beantragen',
        'bei Verlust: Verlustanzeige der Polizei',
        'bei Kindern unter 16 Jahren: Zustimmung und Ausweise aller Sorgeberechtigten',
      ],
      en: [
        'your current identity card or passport',
        'birth or marriage certificate if this is your first identity card',
        'if lost: the police report of the loss',
        'for children under 16: consent and ID of everyone with parental responsibility',
      ],
      de_ls: [
        'Ihr alter Ausweis oder Ihr Reise-Pass',
        'Ihre Geburts-Urkunde, wenn Sie noch nie einen Ausweis hatten',
      ],
    },
    keywords:
      'Perso Ausweis ID-Karte Personalausweisantrag eID Online-Ausweis ID card identity card national ID',
    feeCents: 4600,
    processingTime: {
      de: 'etwa 3 bis 4 Wochen',
      en: 'about 3 to 4 weeks',
      de_ls: 'etwa 3 bis 4 Wochen',
    },
    legalBasis: '§ 9 PAuswG, § 1 PAuswGebV',
    durationMinutes: 20,
  },
  {
    slug: 'reisepass-beantragen',
    leikaKey: '99008002012000',
    category: 'ausweise-und-paesse',
    offices: BUERGERBUEROS,
    name: {
      de: 'Reisepass beantragen',
      en: 'Apply for a passport',
      de_ls: 'Reise-Pass beantragen',
    },
    description: {
      de:
        'Für Reisen in viele Länder außerhalb der Europäischen Union brauchen Sie einen Reisepass. ' +
        'Sie beantragen ihn persönlich; wir nehmen Fingerabdrücke und ein digitales Lichtbild auf. ' +
        'Der Pass gilt zehn Jahre, für Personen unter 24 Jahren sechs Jahre, und kostet 70 Euro (unter 24 Jahren 37,50 Euro). ' +
        'Eilt Ihre Reise, liefert die Bundesdruckerei gegen einen Zuschlag von 32 Euro einen Express-Pass in etwa drei Werktagen.',
      en:
        'You need a passport to travel to many countries outside the European Union. ' +
        'You apply in person; we take your fingerprints and a digital photo. ' +
        'The passport is valid for ten years, or six years for people under 24, and costs €70 (€37.50 under 24). ' +
        'If your trip is soon, the Federal Printing Office delivers an express passport in about three working days for an extra €32.',
      de_ls:
        'Sie wollen in ein anderes Land reisen? Für viele Länder brauchen Sie einen Reise-Pass. ' +
        'Sie kommen selbst ins Bürger-Büro. Wir machen ein Foto. Und wir nehmen Ihre Finger-Abdrücke. ' +
        'Der Pass kostet 70 Euro.',
    },
    documents: {
      de: [
        'bisheriger Reisepass oder Personalausweis',
        'Geburts- oder Eheurkunde, wenn Sie noch kein deutsches Ausweisdokument hatten',
        'bei Kindern: Zustimmung und Ausweise aller Sorgeberechtigten',
      ],
      en: [
        'your current passport or identity card',
        'birth or marriage certificate if you have never had a German ID document',
        'for children: consent and ID of everyone with parental responsibility',
      ],
      de_ls: ['Ihr alter Reise-Pass oder Ihr Personal-Ausweis'],
    },
    keywords: 'Pass Reisepassantrag Expresspass ePass biometrischer Pass passport travel document',
    feeCents: 7000,
    processingTime: {
      de: 'etwa 3 bis 4 Wochen, als Express-Pass etwa 3 Werktage',
      en: 'about 3 to 4 weeks, express passport about 3 working days',
    },
    legalBasis: '§ 6 PassG, § 15 PassV',
    durationMinutes: 20,
  },
  {
    slug: 'vorlaeufigen-personalausweis-beantragen',
    leikaKey: '99008001013000',
    category: 'ausweise-und-paesse',
    offices: BUERGERBUEROS,
    name: {
      de: 'Vorläufigen Personalausweis beantragen',
      en: 'Apply for a temporary identity card',
    },
    description: {
      de:
        'Wenn Sie kurzfristig einen Ausweis brauchen, etwa weil Ihr Personalausweis abgelaufen oder verloren ist, ' +
        'stellen wir Ihnen einen vorläufigen Personalausweis aus. Er ist höchstens drei Monate gültig und wird ' +
        'sofort im Bürgerbüro ausgedruckt. Gleichzeitig müssen Sie einen regulären Personalausweis beantragen.',
      en:
        'If you need an ID document at short notice, for example because your identity card has expired or been lost, ' +
        'we issue a temporary identity card. It is valid for up to three months and is printed at the citizens’ office ' +
        'while you wait. You must apply for a regular identity card at the same time.',
    },
    documents: {
      de: [
        'bisheriger Personalausweis oder Reisepass',
        'biometrisches Lichtbild',
        'bei Verlust: Verlustanzeige der Polizei',
      ],
      en: [
        'your current identity card or passport',
        'biometric photo',
        'if lost: the police report of the loss',
      ],
    },
    keywords: 'Ersatzausweis Notausweis vorläufiger Ausweis temporary ID emergency identity card',
    feeCents: 1000,
    processingTime: { de: 'sofort zum Mitnehmen', en: 'issued while you wait' },
    legalBasis: '§ 3 PAuswG, § 1 PAuswGebV',
    durationMinutes: 15,
  },
  {
    slug: 'vorlaeufigen-reisepass-beantragen',
    leikaKey: '99008002013000',
    category: 'ausweise-und-paesse',
    offices: BUERGERBUEROS,
    name: { de: 'Vorläufigen Reisepass beantragen', en: 'Apply for a temporary passport' },
    description: {
      de:
        'Steht eine Reise unmittelbar bevor und reicht die Zeit nicht einmal für einen Express-Pass, stellen wir einen ' +
        'vorläufigen Reisepass aus. Er hat keinen Chip, gilt höchstens ein Jahr und wird nicht von allen Staaten ' +
        'anerkannt, zum Beispiel nicht für die visumfreie Einreise in die USA. Bitte prüfen Sie die Einreisebestimmungen Ihres Ziellandes.',
      en:
        'If you are about to travel and there is not even time for an express passport, we issue a temporary passport. ' +
        'It has no chip, is valid for up to one year and is not accepted by every country, for example not for ' +
        'visa-free entry to the USA. Please check the entry rules of your destination.',
    },
    documents: {
      de: [
        'bisheriger Reisepass oder Personalausweis',
        'biometrisches Lichtbild',
        'Nachweis über die kurzfristige Reise, z. B. Buchungsbestätigung',
      ],
      en: [
        'your current passport or identity card',
        'biometric photo',
        'proof of the imminent trip, e.g. a booking confirmation',
      ],
    },
    keywords: 'Notpass Ersatzpass Sofortpass temporary passport emergency passport',
    feeCents: 2600,
    processingTime: { de: 'sofort zum Mitnehmen', en: 'issued while you wait' },
    legalBasis: '§§ 1, 5 PassG, § 15 PassV',
    durationMinutes: 15,
  },
  {
    slug: 'reisepass-fuer-kinder-beantragen',
    leikaKey: '99008003012000',
    category: 'ausweise-und-paesse',
    offices: BUERGERBUEROS,
    name: {
      de: 'Reisepass für Kinder beantragen (früher Kinderreisepass)',
      en: 'Apply for a passport for a child',
    },
    description: {
      de:
        'Den Kinderreisepass gibt es seit dem 1. Januar 2024 nicht mehr. Kinder erhalten stattdessen einen ' +
        'elektronischen Reisepass, der sechs Jahre gilt und 37,50 Euro kostet, oder einen Personalausweis für 27,60 Euro. ' +
        'Das Kind kommt zum Termin mit; ab sechs Jahren werden Fingerabdrücke genommen. ' +
        'Alle Sorgeberechtigten müssen dem Antrag zustimmen.',
      en:
        'The children’s passport (Kinderreisepass) was abolished on 1 January 2024. Children now get an electronic ' +
        'passport, valid for six years at €37.50, or an identity card for €27.60. ' +
        'The child must come to the appointment; fingerprints are taken from the age of six. ' +
        'Everyone with parental responsibility must consent to the application.',
    },
    documents: {
      de: [
        'Geburtsurkunde des Kindes',
        'bisheriges Ausweisdokument des Kindes, falls vorhanden',
        'Ausweise der Sorgeberechtigten und schriftliche Zustimmung eines nicht anwesenden Elternteils',
        'bei alleinigem Sorgerecht: Nachweis, z. B. Negativbescheinigung des Jugendamts',
      ],
      en: [
        'the child’s birth certificate',
        'the child’s previous ID document, if any',
        'ID of the parents and written consent of a parent who cannot attend',
        'with sole custody: proof, e.g. the certificate from the youth welfare office',
      ],
    },
    keywords: 'Kinderreisepass Kinderpass Kinderausweis Pass Kind child passport kids passport',
    feeCents: 3750,
    processingTime: { de: 'etwa 3 bis 4 Wochen', en: 'about 3 to 4 weeks' },
    legalBasis: '§ 6 PassG, § 15 PassV',
    durationMinutes: 20,
  },
  {
    slug: 'ausweisverlust-melden',
    leikaKey: '99008001023000',
    category: 'ausweise-und-paesse',
    offices: BUERGERBUEROS,
    name: { de: 'Verlust von Ausweis oder Pass melden', en: 'Report a lost ID card or passport' },
    description: {
      de:
        'Den Verlust Ihres Personalausweises oder Reisepasses müssen Sie unverzüglich melden. Wir erfassen die ' +
        'Verlustmeldung, damit das Dokument im Fahndungssystem gesperrt wird. Die Online-Ausweisfunktion sperren Sie ' +
        'sofort und rund um die Uhr über den Sperrnotruf 116 116. Einen neuen Ausweis können Sie im selben Termin beantragen.',
      en:
        'You must report the loss of your identity card or passport without delay. We record the loss so that the ' +
        'document is flagged in the police search system. You can block the online ID function at any time by calling ' +
        '116 116. You can apply for a new document in the same appointment.',
    },
    documents: {
      de: ['ein anderes Ausweisdokument, falls vorhanden', 'bei Diebstahl: Anzeige der Polizei'],
      en: ['another ID document, if you have one', 'if stolen: the police report'],
    },
    keywords: 'Ausweis verloren gestohlen Verlustanzeige Diebstahl Pass verloren lost stolen ID',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 27 PAuswG, § 15 PassG',
    durationMinutes: 15,
  },

  // --- Wohnen und Umzug -----------------------------------------------------------------------
  {
    slug: 'wohnsitz-anmelden',
    leikaKey: '99115001012000',
    category: 'wohnen-und-umzug',
    offices: BUERGERBUEROS,
    name: { de: 'Wohnsitz anmelden', en: 'Register your address', de_ls: 'Neue Wohnung anmelden' },
    description: {
      de:
        'Wenn Sie nach Musterstadt ziehen, müssen Sie sich innerhalb von zwei Wochen nach dem Einzug anmelden. ' +
        'Ihr Vermieter oder Wohnungsgeber bestätigt Ihnen den Einzug schriftlich. Sie können auch Ihre ' +
        'Familienangehörigen anmelden. Die neue Anschrift drucken wir auf einen Aufkleber für Ihren Personalausweis.',
      en:
        'If you move to Musterstadt, you must register within two weeks of moving in. ' +
        'Your landlord or housing provider confirms the move in writing. You can also register members of your family. ' +
        'We print your new address on a sticker for your identity card.',
      de_ls:
        'Sie wohnen neu in Musterstadt? Dann müssen Sie sich anmelden. Das müssen Sie in 2 Wochen machen. ' +
        'Ihr Vermieter gibt Ihnen ein Papier. Auf dem Papier steht: Sie wohnen jetzt hier. Das Anmelden kostet nichts.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass aller anzumeldenden Personen',
        'Wohnungsgeberbestätigung des Vermieters',
        'bei Kindern: Geburtsurkunde, falls kein Ausweisdokument vorhanden ist',
      ],
      en: [
        'identity card or passport of everyone you register',
        'confirmation from your landlord (Wohnungsgeberbestätigung)',
        'for children without an ID document: birth certificate',
      ],
      de_ls: ['Ihr Personal-Ausweis', 'das Papier von Ihrem Vermieter'],
    },
    keywords:
      'Anmeldung Ummeldung Zuzug Einzug Meldeamt Wohnungsgeberbestätigung register address residence registration Anmeldung moving',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately', de_ls: 'sofort' },
    legalBasis: '§ 17 Abs. 1 BMG, § 19 BMG',
    durationMinutes: 15,
  },
  {
    slug: 'wohnsitz-ummelden',
    leikaKey: '99115001013000',
    category: 'wohnen-und-umzug',
    offices: BUERGERBUEROS,
    name: {
      de: 'Wohnsitz ummelden (Umzug innerhalb Musterstadts)',
      en: 'Change your address within Musterstadt',
    },
    description: {
      de:
        'Ziehen Sie innerhalb von Musterstadt um, melden Sie Ihre neue Wohnung innerhalb von zwei Wochen an. ' +
        'Die Ummeldung ist gebührenfrei. Wir ändern die Anschrift in Ihrem Personalausweis und auf Wunsch in der ' +
        'Zulassungsbescheinigung Ihres Fahrzeugs gleich mit.',
      en:
        'If you move within Musterstadt, register your new home within two weeks. ' +
        'The change is free of charge. We update the address on your identity card and, if you wish, ' +
        'in your vehicle registration certificate at the same time.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Wohnungsgeberbestätigung des Vermieters',
        'für das Fahrzeug: Zulassungsbescheinigung Teil I',
      ],
      en: [
        'identity card or passport',
        'confirmation from your landlord (Wohnungsgeberbestätigung)',
        'for your vehicle: registration certificate part I',
      ],
    },
    keywords: 'Umzug Ummeldung Adressänderung neue Adresse change of address move',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 17 Abs. 1 BMG',
    durationMinutes: 15,
  },
  {
    slug: 'wohnsitz-abmelden',
    leikaKey: '99115002012000',
    category: 'wohnen-und-umzug',
    offices: BUERGERBUEROS,
    name: { de: 'Wohnsitz abmelden', en: 'Deregister your address' },
    description: {
      de:
        'Abmelden müssen Sie sich nur, wenn Sie ins Ausland ziehen oder eine Nebenwohnung aufgeben. ' +
        'Bei einem Umzug innerhalb Deutschlands genügt die Anmeldung am neuen Wohnort. ' +
        'Die Abmeldung ist frühestens eine Woche vor und spätestens zwei Wochen nach dem Auszug möglich; ' +
        'Sie erhalten eine Abmeldebescheinigung, die Banken und Versicherungen oft verlangen.',
      en:
        'You only need to deregister if you move abroad or give up a secondary residence. ' +
        'If you move within Germany, registering at your new home is enough. ' +
        'You can deregister from one week before until two weeks after moving out; ' +
        'you receive a deregistration certificate, which banks and insurers often ask for.',
    },
    documents: {
      de: ['Personalausweis oder Reisepass', 'neue Anschrift im Ausland, falls bekannt'],
      en: ['identity card or passport', 'your new address abroad, if known'],
    },
    keywords: 'Abmeldung Wegzug Ausland Auswanderung Nebenwohnung deregistration moving abroad',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 17 Abs. 2 BMG',
    durationMinutes: 15,
  },
  {
    slug: 'meldebescheinigung-beantragen',
    leikaKey: '99115003012000', // catalogue
    category: 'wohnen-und-umzug',
    offices: BUERGERBUEROS,
    name: { de: 'Meldebescheinigung beantragen', en: 'Apply for a certificate of registration' },
    description: {
      de:
        'Die Meldebescheinigung bestätigt, wo Sie gemeldet sind, zum Beispiel für den Arbeitgeber, die Bank oder eine Behörde. ' +
        'Die einfache Bescheinigung enthält Name, Geburtsdatum und Anschrift; die erweiterte Bescheinigung auch ' +
        'Familienstand und Staatsangehörigkeit, wie sie etwa das Standesamt verlangt. Sie erhalten sie sofort.',
      en:
        'The certificate of registration confirms where you are registered, for example for your employer, your bank or an authority. ' +
        'The simple certificate shows your name, date of birth and address; the extended one also marital status and ' +
        'nationality, as required for example by the registry office. You receive it immediately.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'für andere Personen: schriftliche Vollmacht und deren Ausweis',
      ],
      en: ['identity card or passport', 'for another person: written authorisation and their ID'],
    },
    keywords:
      'Meldenachweis Wohnsitzbescheinigung Aufenthaltsbescheinigung Anmeldebestätigung proof of address registration certificate Meldezettel',
    feeCents: 500,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 18 BMG',
    durationMinutes: 15,
  },
  {
    slug: 'auskunftssperre-beantragen',
    leikaKey: '99115004012000',
    category: 'wohnen-und-umzug',
    offices: BUERGERBUEROS,
    name: {
      de: 'Auskunftssperre im Melderegister beantragen',
      en: 'Block information from the population register',
    },
    description: {
      de:
        'Wer bedroht oder verfolgt wird, kann verhindern, dass die Meldebehörde seine Anschrift an Dritte herausgibt. ' +
        'Sie müssen Tatsachen darlegen, die eine Gefahr für Leben, Gesundheit oder persönliche Freiheit begründen, ' +
        'etwa durch eine Anzeige oder eine gerichtliche Schutzanordnung. Die Sperre gilt zwei Jahre und kann verlängert werden.',
      en:
        'If you are threatened or stalked, you can prevent the registration office from giving your address to others. ' +
        'You must show facts that indicate a danger to your life, health or personal freedom, ' +
        'for example a police report or a court protection order. The block lasts two years and can be renewed.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Nachweise der Gefährdung, z. B. Strafanzeige, Beschluss nach dem Gewaltschutzgesetz',
      ],
      en: [
        'identity card or passport',
        'evidence of the threat, e.g. a criminal complaint or a protection order',
      ],
    },
    keywords: 'Sperre Melderegister Adresse schützen Stalking Gewaltschutz address block privacy',
    feeCents: null,
    processingTime: { de: 'etwa 1 Woche', en: 'about 1 week' },
    legalBasis: '§ 51 BMG',
    durationMinutes: 20,
  },
  {
    slug: 'uebermittlungssperre-einrichten',
    leikaKey: '99115004013000',
    category: 'wohnen-und-umzug',
    offices: BUERGERBUEROS,
    name: { de: 'Übermittlungssperre einrichten', en: 'Object to the disclosure of your data' },
    description: {
      de:
        'Sie können der Weitergabe Ihrer Daten an Parteien vor Wahlen, an Adressbuchverlage, an die Presse bei ' +
        'Alters- und Ehejubiläen, an Religionsgemeinschaften Ihrer Familienangehörigen und an die Bundeswehr widersprechen. ' +
        'Der Widerspruch ist kostenlos, gilt bis auf Widerruf und ist auch schriftlich möglich.',
      en:
        'You can object to your data being passed on to political parties before elections, to publishers of address books, ' +
        'to the press for birthday and wedding anniversaries, to religious communities of your family members, and to the armed forces. ' +
        'The objection is free, applies until you withdraw it and can also be made in writing.',
    },
    documents: { de: ['Personalausweis oder Reisepass'], en: ['identity card or passport'] },
    keywords:
      'Widerspruch Datenweitergabe Datenschutz Werbung Wahlwerbung Bundeswehr Jubiläum objection data privacy',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 36 Abs. 2, § 42 Abs. 3, § 50 Abs. 5 BMG',
    durationMinutes: 15,
  },
  {
    slug: 'wohnberechtigungsschein-beantragen',
    leikaKey: '99107022012000', // catalogue
    category: 'wohnen-und-umzug',
    offices: MITTE,
    name: {
      de: 'Wohnberechtigungsschein (WBS) beantragen',
      en: 'Apply for a housing entitlement certificate (WBS)',
    },
    description: {
      de:
        'Für eine geförderte Sozialwohnung brauchen Sie einen Wohnberechtigungsschein. Ihn erhält, wessen Haushaltseinkommen ' +
        'die Einkommensgrenzen des Landes nicht übersteigt. Der WBS gilt ein Jahr und nennt die für Ihren Haushalt ' +
        'angemessene Wohnungsgröße.',
      en:
        'To rent subsidised social housing you need a housing entitlement certificate (WBS). You get it if your household ' +
        'income does not exceed the income limits of the federal state. The certificate is valid for one year and states ' +
        'the flat size appropriate for your household.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass aller Haushaltsmitglieder',
        'Einkommensnachweise der letzten zwölf Monate',
        'bei Schwangerschaft: Mutterpass',
        'ggf. Schwerbehindertenausweis',
      ],
      en: [
        'identity card or passport of every household member',
        'proof of income for the last twelve months',
        'if pregnant: maternity record',
        'if applicable: severely disabled person’s pass',
      ],
    },
    keywords: 'WBS Sozialwohnung geförderte Wohnung Wohnberechtigung social housing',
    feeCents: null,
    processingTime: { de: 'etwa 2 bis 4 Wochen', en: 'about 2 to 4 weeks' },
    legalBasis: '§ 27 WoFG',
    durationMinutes: 30,
  },

  // --- Familie und Partnerschaft --------------------------------------------------------------
  {
    slug: 'eheschliessung-anmelden',
    leikaKey: '99028001012000',
    category: 'familie-und-partnerschaft',
    offices: STANDESAMT,
    name: { de: 'Eheschließung anmelden', en: 'Give notice of marriage' },
    description: {
      de:
        'Bevor Sie heiraten, melden Sie die Eheschließung beim Standesamt Ihres Wohnorts an; beide Partner kommen in der Regel gemeinsam. ' +
        'Das Standesamt prüft, ob Sie die Ehe eingehen dürfen. Die Trauung muss innerhalb von sechs Monaten nach der ' +
        'Anmeldung stattfinden und kann in jedem Standesamt in Deutschland erfolgen. Den Trautermin vereinbaren Sie gesondert.',
      en:
        'Before you marry, give notice of the marriage at the registry office where you live; usually both partners come together. ' +
        'The registry office checks that you are free to marry. The wedding must take place within six months of the notice ' +
        'and can be held at any registry office in Germany. The date of the ceremony is arranged separately.',
    },
    documents: {
      de: [
        'gültige Personalausweise oder Reisepässe',
        'beglaubigte Ausdrucke aus dem Geburtenregister (nicht älter als sechs Monate)',
        'erweiterte Meldebescheinigung, wenn Sie nicht in Musterstadt wohnen',
        'bei früheren Ehen: Eheurkunde und rechtskräftiges Scheidungsurteil oder Sterbeurkunde',
        'bei ausländischen Staatsangehörigen: Ehefähigkeitszeugnis des Heimatstaats',
      ],
      en: [
        'valid identity cards or passports',
        'certified copies from the birth register (not older than six months)',
        'extended certificate of registration if you do not live in Musterstadt',
        'if previously married: marriage certificate and final divorce decree or death certificate',
        'for foreign nationals: certificate of no impediment from the home country',
      ],
    },
    keywords:
      'Heirat heiraten Hochzeit Trauung Standesamt Aufgebot marriage wedding getting married',
    feeCents: 5000,
    processingTime: {
      de: 'meist sofort; mit ausländischen Dokumenten mehrere Wochen',
      en: 'usually immediate; several weeks with foreign documents',
    },
    legalBasis: '§§ 12, 13 PStG, § 1310 BGB',
    durationMinutes: 45,
  },
  {
    slug: 'ehefaehigkeitszeugnis-beantragen',
    leikaKey: '99028002012000',
    category: 'familie-und-partnerschaft',
    offices: STANDESAMT,
    name: {
      de: 'Ehefähigkeitszeugnis beantragen',
      en: 'Apply for a certificate of no impediment to marriage',
    },
    description: {
      de:
        'Wollen Sie als Deutsche oder Deutscher im Ausland heiraten, verlangen viele Staaten ein Ehefähigkeitszeugnis. ' +
        'Es bestätigt, dass nach deutschem Recht nichts gegen die Ehe spricht. Das Standesamt Ihres Wohnorts prüft dafür ' +
        'dieselben Unterlagen wie bei einer Anmeldung der Eheschließung; das Zeugnis gilt sechs Monate.',
      en:
        'If you are a German citizen and want to marry abroad, many countries ask for a certificate of no impediment. ' +
        'It confirms that German law does not prevent the marriage. The registry office where you live checks the same ' +
        'documents as for a notice of marriage; the certificate is valid for six months.',
    },
    documents: {
      de: [
        'gültiger Personalausweis oder Reisepass',
        'beglaubigter Ausdruck aus dem Geburtenregister',
        'Angaben und Dokumente des künftigen Ehepartners',
        'bei früheren Ehen: Nachweis über die Auflösung',
      ],
      en: [
        'valid identity card or passport',
        'certified copy from the birth register',
        'details and documents of your future spouse',
        'if previously married: proof that the marriage ended',
      ],
    },
    keywords:
      'Heirat im Ausland Hochzeit Ausland Ehefähigkeit certificate of no impediment marriage abroad',
    feeCents: 5000,
    processingTime: { de: 'etwa 2 bis 6 Wochen', en: 'about 2 to 6 weeks' },
    legalBasis: '§ 39 PStG',
    durationMinutes: 30,
  },
  {
    slug: 'geburt-beurkunden',
    leikaKey: '99027001012000',
    category: 'familie-und-partnerschaft',
    offices: STANDESAMT,
    name: { de: 'Geburt beurkunden lassen', en: 'Register a birth' },
    description: {
      de:
        'Jede Geburt muss innerhalb einer Woche dem Standesamt des Geburtsorts angezeigt werden. Bei einer Geburt in der ' +
        'Klinik meldet diese die Geburt; die Eltern reichen die Unterlagen ein und legen den Vornamen fest. ' +
        'Die Beurkundung ist gebührenfrei, ebenso die Geburtsurkunden für Elterngeld, Kindergeld und Krankenkasse.',
      en:
        'Every birth must be reported to the registry office of the place of birth within one week. For births in hospital, ' +
        'the hospital reports the birth; the parents hand in the documents and choose the first names. ' +
        'Registration is free of charge, as are the birth certificates for parental allowance, child benefit and health insurance.',
    },
    documents: {
      de: [
        'Geburtsbescheinigung der Klinik oder Hebamme',
        'Personalausweise oder Reisepässe der Eltern',
        'verheiratete Eltern: Eheurkunde; nicht verheiratete Eltern: Geburtsurkunde der Mutter',
        'falls vorhanden: Vaterschaftsanerkennung und Sorgeerklärung',
      ],
      en: [
        'birth notification from the hospital or midwife',
        'identity cards or passports of the parents',
        'married parents: marriage certificate; unmarried parents: the mother’s birth certificate',
        'if available: acknowledgement of paternity and joint custody declaration',
      ],
    },
    keywords:
      'Geburt Baby Neugeborenes Geburtsanzeige Vorname Geburtsurkunde birth registration newborn baby',
    feeCents: null,
    processingTime: { de: 'etwa 1 bis 2 Wochen', en: 'about 1 to 2 weeks' },
    legalBasis: '§§ 18, 19, 21 PStG',
    durationMinutes: 30,
  },
  {
    slug: 'vaterschaft-anerkennen',
    leikaKey: '99027003012000',
    category: 'familie-und-partnerschaft',
    offices: STANDESAMT,
    name: { de: 'Vaterschaft anerkennen', en: 'Acknowledge paternity' },
    description: {
      de:
        'Sind die Eltern nicht miteinander verheiratet, wird der Vater erst durch eine Anerkennung der Vaterschaft rechtlich Vater. ' +
        'Sie ist schon vor der Geburt möglich und braucht die Zustimmung der Mutter. Beide Erklärungen werden öffentlich ' +
        'beurkundet; im selben Termin können die Eltern auch das gemeinsame Sorgerecht erklären.',
      en:
        'If the parents are not married to each other, the father only becomes the legal father by acknowledging paternity. ' +
        'This is possible even before the birth and requires the mother’s consent. Both declarations are publicly recorded; ' +
        'in the same appointment the parents can also declare joint custody.',
    },
    documents: {
      de: [
        'Personalausweise oder Reisepässe beider Eltern',
        'Geburtsurkunden beider Eltern',
        'vor der Geburt: Mutterpass; nach der Geburt: Geburtsurkunde des Kindes',
      ],
      en: [
        'identity cards or passports of both parents',
        'birth certificates of both parents',
        'before the birth: maternity record; after the birth: the child’s birth certificate',
      ],
    },
    keywords:
      'Vaterschaftsanerkennung unverheiratet Vater Sorgerecht Sorgeerklärung paternity father',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§§ 1592, 1594 bis 1598 BGB, § 44 PStG',
    durationMinutes: 45,
  },
  {
    slug: 'sterbefall-beurkunden',
    leikaKey: '99101001012000',
    category: 'familie-und-partnerschaft',
    offices: STANDESAMT,
    name: { de: 'Sterbefall beurkunden lassen', en: 'Register a death' },
    description: {
      de:
        'Ein Sterbefall muss spätestens am dritten Werktag nach dem Tod beim Standesamt des Sterbeorts angezeigt werden. ' +
        'Häufig übernimmt das ein Bestattungsunternehmen für die Angehörigen. Das Standesamt beurkundet den Tod und ' +
        'stellt die Sterbeurkunden aus, die Sie für Rente, Versicherungen und Erbschaft brauchen.',
      en:
        'A death must be reported to the registry office of the place of death no later than the third working day after it occurred. ' +
        'A funeral director often does this for the family. The registry office records the death and issues the death ' +
        'certificates needed for pensions, insurance and inheritance.',
    },
    documents: {
      de: [
        'ärztliche Todesbescheinigung',
        'Personalausweis oder Reisepass der verstorbenen Person',
        'Geburtsurkunde, bei Verheirateten Eheurkunde, bei Geschiedenen Scheidungsurteil',
        'Personalausweis der anzeigenden Person',
      ],
      en: [
        'medical death certificate',
        'identity card or passport of the deceased',
        'birth certificate; if married, marriage certificate; if divorced, divorce decree',
        'identity card of the person reporting the death',
      ],
    },
    keywords:
      'Tod Todesfall gestorben Sterbeurkunde Bestattung Beerdigung death registration funeral',
    feeCents: null,
    processingTime: { de: 'etwa 2 bis 3 Werktage', en: 'about 2 to 3 working days' },
    legalBasis: '§§ 28 bis 31 PStG',
    durationMinutes: 30,
  },
  {
    slug: 'geburtsurkunde-beantragen',
    leikaKey: '99027002012000', // catalogue
    category: 'familie-und-partnerschaft',
    offices: STANDESAMT,
    name: { de: 'Geburtsurkunde beantragen', en: 'Apply for a birth certificate' },
    description: {
      de:
        'Eine Geburtsurkunde erhalten Sie beim Standesamt, in dessen Bezirk Sie geboren sind. Antragsberechtigt sind Sie ' +
        'selbst, Ihre Ehe- oder Lebenspartner, Eltern, Großeltern und Kinder; andere Personen nur mit rechtlichem Interesse. ' +
        'Auf Wunsch stellen wir eine mehrsprachige internationale Urkunde aus.',
      en:
        'You get a birth certificate from the registry office of the district where you were born. You, your spouse or ' +
        'civil partner, parents, grandparents and children may apply; other people only with a legal interest. ' +
        'On request we issue a multilingual international certificate.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'bei Antrag für andere: Vollmacht oder Nachweis des rechtlichen Interesses',
      ],
      en: [
        'identity card or passport',
        'when applying for someone else: authorisation or proof of legal interest',
      ],
    },
    keywords: 'Geburtsurkunde Urkunde Geburtenregister Abstammungsurkunde birth certificate',
    feeCents: 1200,
    processingTime: {
      de: 'sofort oder per Post innerhalb einer Woche',
      en: 'immediately or by post within a week',
    },
    legalBasis: '§§ 55, 59, 62 PStG',
    durationMinutes: 15,
  },
  {
    slug: 'sterbeurkunde-beantragen',
    leikaKey: '99101004012000', // catalogue
    category: 'familie-und-partnerschaft',
    offices: STANDESAMT,
    name: { de: 'Sterbeurkunde beantragen', en: 'Apply for a death certificate' },
    description: {
      de:
        'Weitere Sterbeurkunden, etwa für Banken, Versicherungen oder das Nachlassgericht, erhalten Sie beim Standesamt ' +
        'des Sterbeorts. Antragsberechtigt sind Ehe- und Lebenspartner, Eltern, Kinder und Geschwister sowie Personen mit ' +
        'rechtlichem Interesse, zum Beispiel Erben.',
      en:
        'Further death certificates, for example for banks, insurers or the probate court, are issued by the registry office ' +
        'of the place of death. Spouses and civil partners, parents, children and siblings may apply, as may people with a ' +
        'legal interest such as heirs.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'ggf. Nachweis des rechtlichen Interesses, z. B. Erbschein',
      ],
      en: [
        'identity card or passport',
        'if needed: proof of legal interest, e.g. certificate of inheritance',
      ],
    },
    keywords: 'Sterbeurkunde Todesurkunde Tod Nachlass Erbe death certificate',
    feeCents: 1200,
    processingTime: {
      de: 'sofort oder per Post innerhalb einer Woche',
      en: 'immediately or by post within a week',
    },
    legalBasis: '§§ 55, 60, 62 PStG',
    durationMinutes: 15,
  },

  // --- Auto und Verkehr -----------------------------------------------------------------------
  {
    slug: 'fahrzeug-zulassen',
    leikaKey: '99036001012000',
    category: 'auto-und-verkehr',
    offices: ORDNUNGSAMT,
    name: { de: 'Fahrzeug zulassen', en: 'Register a vehicle' },
    description: {
      de:
        'Ein Auto, Motorrad oder Anhänger darf nur mit Zulassung auf öffentlichen Straßen fahren. Die Zulassungsstelle ' +
        'teilt Ihnen ein Kennzeichen zu, auf Wunsch ein reserviertes Wunschkennzeichen, und stempelt die Schilder. ' +
        'Für die Kfz-Steuer erteilen Sie ein SEPA-Lastschriftmandat. Viele Zulassungen sind auch online mit i-Kfz möglich.',
      en:
        'A car, motorcycle or trailer may only be driven on public roads once it is registered. The registration office ' +
        'assigns a number plate, or a personalised one you reserved, and stamps the plates. ' +
        'You sign a SEPA direct debit mandate for the vehicle tax. Many registrations can also be done online (i-Kfz).',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Zulassungsbescheinigung Teil I und Teil II',
        'elektronische Versicherungsbestätigung (eVB-Nummer)',
        'Nachweis der Hauptuntersuchung',
        'SEPA-Lastschriftmandat für die Kfz-Steuer',
      ],
      en: [
        'identity card or passport',
        'registration certificate parts I and II',
        'electronic insurance confirmation (eVB number)',
        'proof of the last roadworthiness test (HU)',
        'SEPA direct debit mandate for vehicle tax',
      ],
    },
    keywords:
      'Kfz-Zulassung Auto anmelden Zulassungsstelle Kennzeichen Nummernschild Wunschkennzeichen Ummeldung car registration number plate',
    feeCents: 3000,
    processingTime: { de: 'sofort im Termin', en: 'during the appointment' },
    legalBasis: '§ 6 FZV',
    durationMinutes: 30,
  },
  {
    slug: 'fahrzeug-ausser-betrieb-setzen',
    leikaKey: '99036002012000',
    category: 'auto-und-verkehr',
    offices: ORDNUNGSAMT,
    name: { de: 'Fahrzeug außer Betrieb setzen (abmelden)', en: 'Deregister a vehicle' },
    description: {
      de:
        'Wenn Sie Ihr Fahrzeug verkaufen, verschrotten oder eine Zeit lang nicht fahren, setzen Sie es außer Betrieb. ' +
        'Die Zulassungsstelle entstempelt die Kennzeichen und vermerkt die Außerbetriebsetzung in der Zulassungsbescheinigung. ' +
        'Kfz-Steuer und Versicherung enden damit automatisch.',
      en:
        'If you sell, scrap or stop using your vehicle for a while, you take it off the road. ' +
        'The registration office removes the seals from the plates and records the deregistration in the registration certificate. ' +
        'Vehicle tax and insurance then end automatically.',
    },
    documents: {
      de: [
        'Zulassungsbescheinigung Teil I',
        'beide Kennzeichenschilder',
        'bei Verschrottung: Verwertungsnachweis',
      ],
      en: [
        'registration certificate part I',
        'both number plates',
        'if scrapped: certificate of destruction',
      ],
    },
    keywords: 'Auto abmelden Abmeldung Außerbetriebsetzung Stilllegung Kennzeichen deregister car',
    feeCents: 1100,
    processingTime: { de: 'sofort im Termin', en: 'during the appointment' },
    legalBasis: '§ 14 FZV',
    durationMinutes: 15,
  },
  {
    slug: 'fuehrerschein-beantragen',
    leikaKey: '99086001012000',
    category: 'auto-und-verkehr',
    offices: ORDNUNGSAMT,
    name: { de: 'Führerschein beantragen (Ersterteilung)', en: 'Apply for a driving licence' },
    description: {
      de:
        'Den Antrag auf Ihre erste Fahrerlaubnis stellen Sie bei der Fahrerlaubnisbehörde, am besten gleich zu Beginn der ' +
        'Fahrschulausbildung. Die Behörde prüft Ihre Unterlagen und gibt den Prüfauftrag an TÜV oder DEKRA. ' +
        'Nach bestandener Prüfung erhalten Sie den Kartenführerschein.',
      en:
        'You apply for your first driving licence at the driving licence authority, ideally when you start driving lessons. ' +
        'The authority checks your documents and sends the test order to the testing organisation (TÜV or DEKRA). ' +
        'Once you pass, you receive your card licence.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'biometrisches Lichtbild',
        'Sehtestbescheinigung (nicht älter als zwei Jahre)',
        'Nachweis über einen Erste-Hilfe-Kurs',
      ],
      en: [
        'identity card or passport',
        'biometric photo',
        'eye test certificate (not older than two years)',
        'proof of a first aid course',
      ],
    },
    keywords:
      'Fahrerlaubnis Führerscheinantrag Fahrschule Klasse B driving licence driver’s license',
    feeCents: 4340,
    processingTime: {
      de: 'etwa 4 bis 6 Wochen bis zum Prüfauftrag',
      en: 'about 4 to 6 weeks until the test order',
    },
    legalBasis: '§ 21 FeV',
    durationMinutes: 20,
  },
  {
    slug: 'fuehrerschein-umtauschen',
    leikaKey: '99086002012000',
    category: 'auto-und-verkehr',
    offices: ORDNUNGSAMT,
    name: { de: 'Führerschein umtauschen', en: 'Exchange your driving licence' },
    description: {
      de:
        'Alle Papierführerscheine und die bis 18. Januar 2013 ausgestellten Kartenführerscheine müssen gestaffelt nach ' +
        'Geburts- beziehungsweise Ausstellungsjahr in den EU-Kartenführerschein umgetauscht werden. ' +
        'Ihre Fahrerlaubnisklassen bleiben erhalten. Der neue Führerschein wird von der Bundesdruckerei hergestellt.',
      en:
        'All paper licences and the card licences issued until 18 January 2013 must be exchanged for the EU card licence, ' +
        'with deadlines depending on your year of birth or the year of issue. ' +
        'Your licence categories are kept. The new licence is produced by the Federal Printing Office.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'biometrisches Lichtbild',
        'bisheriger Führerschein',
        'wenn der Führerschein nicht in Musterstadt ausgestellt wurde: Karteikartenabschrift der ausstellenden Behörde',
      ],
      en: [
        'identity card or passport',
        'biometric photo',
        'your current driving licence',
        'if the licence was not issued in Musterstadt: a file extract from the issuing authority',
      ],
    },
    keywords:
      'Pflichtumtausch Führerscheinumtausch grauer Lappen rosa Führerschein Kartenführerschein exchange driving licence',
    feeCents: 2530,
    processingTime: { de: 'etwa 3 bis 4 Wochen', en: 'about 3 to 4 weeks' },
    legalBasis: '§ 24a FeV, Anlage 8e FeV',
    durationMinutes: 20,
  },
  {
    slug: 'internationalen-fuehrerschein-beantragen',
    leikaKey: '99086003012000',
    category: 'auto-und-verkehr',
    offices: ORDNUNGSAMT,
    name: {
      de: 'Internationalen Führerschein beantragen',
      en: 'Apply for an international driving permit',
    },
    description: {
      de:
        'In vielen Ländern außerhalb der EU brauchen Sie zusätzlich zum nationalen Führerschein einen internationalen Führerschein. ' +
        'Er gilt drei Jahre und nur zusammen mit Ihrem Kartenführerschein. Er wird sofort ausgestellt.',
      en:
        'In many countries outside the EU you need an international driving permit in addition to your national licence. ' +
        'It is valid for three years and only together with your card licence. It is issued on the spot.',
    },
    documents: {
      de: ['Personalausweis oder Reisepass', 'EU-Kartenführerschein', 'biometrisches Lichtbild'],
      en: ['identity card or passport', 'EU card driving licence', 'biometric photo'],
    },
    keywords: 'internationaler Führerschein Ausland Mietwagen USA international driving permit IDP',
    feeCents: 1630,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 25b FeV',
    durationMinutes: 15,
  },
  {
    slug: 'bewohnerparkausweis-beantragen',
    leikaKey: '99108001001000', // catalogue
    category: 'auto-und-verkehr',
    offices: ['buergerbuero-mitte', 'gewerbe-und-ordnungsamt'],
    name: { de: 'Bewohnerparkausweis beantragen', en: 'Apply for a residents’ parking permit' },
    description: {
      de:
        'Wer in einem Bewohnerparkgebiet der Innenstadt wohnt, kann dort mit dem Bewohnerparkausweis ohne Parkschein parken. ' +
        'Voraussetzung ist, dass Sie im Gebiet gemeldet sind und das Fahrzeug auf Sie zugelassen ist oder Ihnen dauerhaft ' +
        'zur Verfügung steht, etwa als Dienstwagen. Der Ausweis gilt ein Jahr und garantiert keinen freien Parkplatz.',
      en:
        'If you live in one of the residents’ parking zones in the town centre, a residents’ parking permit lets you park there ' +
        'without a ticket. You must be registered in the zone and the vehicle must be registered to you or permanently at your ' +
        'disposal, for example as a company car. The permit is valid for one year and does not guarantee a free space.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Zulassungsbescheinigung Teil I',
        'bei Firmen- oder Leihwagen: Bestätigung des Halters über die dauerhafte Nutzung',
      ],
      en: [
        'identity card or passport',
        'registration certificate part I',
        'for company or borrowed cars: the keeper’s confirmation of permanent use',
      ],
    },
    keywords:
      'Anwohnerparkausweis Anwohnerparken Bewohnerparken Parkausweis Parkplakette Parkvignette residents parking permit',
    feeCents: 3000,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 45 Abs. 1b Nr. 2a StVO',
    durationMinutes: 15,
  },
  {
    slug: 'halteverbot-fuer-umzug-beantragen',
    leikaKey: '99108002012000',
    category: 'auto-und-verkehr',
    offices: ORDNUNGSAMT,
    name: {
      de: 'Halteverbot für einen Umzug beantragen',
      en: 'Apply for a no-parking zone for a move',
    },
    description: {
      de:
        'Für Umzugswagen, Container oder Handwerkerfahrzeuge können Sie eine vorübergehende Halteverbotszone einrichten lassen. ' +
        'Beantragen Sie sie mindestens zwei Wochen vorher. Die Schilder müssen spätestens 72 Stunden vor Beginn stehen; ' +
        'das Aufstellen übernimmt ein Verkehrszeichenverleih oder Sie selbst.',
      en:
        'You can have a temporary no-parking zone set up for a removal van, skip or tradesmen’s vehicles. ' +
        'Apply at least two weeks in advance. The signs must be in place at least 72 hours before the zone starts; ' +
        'a sign rental company or you yourself put them up.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'genaue Angaben zu Ort, Datum, Uhrzeit und Länge der Zone',
      ],
      en: ['identity card or passport', 'exact location, date, times and length of the zone'],
    },
    keywords: 'Halteverbotszone Umzug Parkverbot Umzugswagen Container no parking zone removal',
    feeCents: 2500,
    processingTime: { de: 'etwa 1 bis 2 Wochen', en: 'about 1 to 2 weeks' },
    legalBasis: '§ 45 Abs. 1 StVO',
    durationMinutes: 15,
  },
  {
    slug: 'parkausweis-fuer-menschen-mit-behinderung-beantragen',
    leikaKey: '99108003012000',
    category: 'auto-und-verkehr',
    offices: ORDNUNGSAMT,
    name: {
      de: 'Parkausweis für Menschen mit Behinderung beantragen',
      en: 'Apply for a disabled parking card',
    },
    description: {
      de:
        'Mit dem blauen EU-Parkausweis dürfen Menschen mit außergewöhnlicher Gehbehinderung (Merkzeichen aG) und blinde ' +
        'Menschen (Merkzeichen Bl) auf Behindertenparkplätzen parken. Für weitere Gruppen gibt es den orangefarbenen ' +
        'Parkausweis mit Parkerleichterungen. Der Ausweis ist kostenlos.',
      en:
        'The blue EU parking card allows people with an exceptional walking disability (marker aG) and blind people (marker Bl) ' +
        'to use disabled parking spaces. An orange card with parking concessions exists for further groups. ' +
        'The card is free of charge.',
    },
    documents: {
      de: [
        'Schwerbehindertenausweis',
        'Bescheid des Versorgungsamts',
        'biometrisches Lichtbild',
        'Personalausweis oder Reisepass',
      ],
      en: [
        'severely disabled person’s pass',
        'decision of the pension office (Versorgungsamt)',
        'biometric photo',
        'identity card or passport',
      ],
    },
    keywords:
      'Behindertenparkausweis Schwerbehinderung blauer Parkausweis Parkerleichterung aG disabled parking blue badge',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 46 Abs. 1 Nr. 11 StVO',
    durationMinutes: 15,
  },

  // --- Wirtschaft und Gewerbe -----------------------------------------------------------------
  {
    slug: 'gewerbe-anmelden',
    leikaKey: '99050012104000', // catalogue
    category: 'wirtschaft-und-gewerbe',
    offices: ORDNUNGSAMT,
    name: { de: 'Gewerbe anmelden', en: 'Register a business' },
    description: {
      de:
        'Wer ein Gewerbe beginnt, muss es gleichzeitig beim Gewerbeamt anmelden; das gilt auch für Nebengewerbe. ' +
        'Freie Berufe wie Ärzte, Anwälte oder Künstler melden kein Gewerbe an. ' +
        'Sie erhalten die Gewerbeanmeldung sofort; wir informieren Finanzamt, Kammer und Berufsgenossenschaft.',
      en:
        'Anyone who starts a business must register it with the trade office at the same time, including a side business. ' +
        'Liberal professions such as doctors, lawyers or artists do not register a trade. ' +
        'You receive the registration immediately; we inform the tax office, the chamber and the employers’ liability insurance.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'bei Gesellschaften: Handelsregisterauszug oder Gesellschaftsvertrag',
        'bei erlaubnispflichtigen Gewerben: Erlaubnis; im Handwerk: Handwerkskarte',
        'bei ausländischen Staatsangehörigen: Aufenthaltstitel, der die Selbstständigkeit erlaubt',
      ],
      en: [
        'identity card or passport',
        'for companies: commercial register extract or articles of association',
        'for trades requiring a licence: the licence; for crafts: the craft card',
        'for foreign nationals: a residence permit allowing self-employment',
      ],
    },
    keywords:
      'Gewerbeanmeldung Gewerbeschein Selbstständigkeit Existenzgründung Nebengewerbe Firma gründen business registration start a business',
    feeCents: 2600,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 14 GewO',
    durationMinutes: 20,
  },
  {
    slug: 'gewerbe-ummelden',
    leikaKey: '99050012105000',
    category: 'wirtschaft-und-gewerbe',
    offices: ORDNUNGSAMT,
    name: { de: 'Gewerbe ummelden', en: 'Change a business registration' },
    description: {
      de:
        'Eine Ummeldung ist nötig, wenn Ihr Betrieb innerhalb von Musterstadt umzieht, Sie die Tätigkeit ändern oder erweitern ' +
        'oder sich der Name des Betriebs ändert. Verlegen Sie den Betrieb in eine andere Gemeinde, melden Sie ihn hier ab und dort an.',
      en:
        'You must change your registration if your business moves within Musterstadt, if you change or extend its activities, ' +
        'or if its name changes. If you move the business to another municipality, deregister here and register there.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'bisherige Gewerbeanmeldung',
        'bei Gesellschaften: aktueller Handelsregisterauszug',
      ],
      en: [
        'identity card or passport',
        'your current business registration',
        'for companies: current commercial register extract',
      ],
    },
    keywords:
      'Gewerbeummeldung Ummeldung Betrieb Umzug Firmensitz Tätigkeit ändern change business registration',
    feeCents: 2000,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 14 GewO',
    durationMinutes: 20,
  },
  {
    slug: 'gewerbe-abmelden',
    leikaKey: '99050012106000',
    category: 'wirtschaft-und-gewerbe',
    offices: ORDNUNGSAMT,
    name: { de: 'Gewerbe abmelden', en: 'Deregister a business' },
    description: {
      de:
        'Geben Sie Ihr Gewerbe auf, melden Sie es gleichzeitig mit der Aufgabe ab. ' +
        'Die Abmeldung geben wir an Finanzamt und Kammer weiter. ' +
        'Bitte denken Sie daran, auch Ihre Steuer- und Sozialversicherungsangelegenheiten abzuschließen.',
      en:
        'If you give up your business, deregister it at the same time. ' +
        'We pass the deregistration on to the tax office and the chamber. ' +
        'Please remember to settle your tax and social insurance matters as well.',
    },
    documents: {
      de: ['Personalausweis oder Reisepass', 'Gewerbeanmeldung'],
      en: ['identity card or passport', 'business registration'],
    },
    keywords: 'Gewerbeabmeldung Betriebsaufgabe Geschäftsaufgabe Firma schließen close business',
    feeCents: 1500,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 14 GewO',
    durationMinutes: 15,
  },
  {
    slug: 'gaststaettenerlaubnis-beantragen',
    leikaKey: '99050005012000',
    category: 'wirtschaft-und-gewerbe',
    offices: ORDNUNGSAMT,
    name: { de: 'Gaststättenerlaubnis beantragen', en: 'Apply for a restaurant licence' },
    description: {
      de:
        'Wer Alkohol zum Verzehr vor Ort ausschenkt, braucht eine Gaststättenerlaubnis. Sie ist an die Person und an die ' +
        'Räume gebunden. Die Behörde prüft Ihre Zuverlässigkeit sowie Lage und Einrichtung der Räume; ' +
        'für Feste genügt eine vorübergehende Gestattung.',
      en:
        'If you serve alcohol for consumption on the premises, you need a restaurant licence. It is tied to you and to the ' +
        'premises. The authority checks your reliability as well as the location and fittings of the premises; ' +
        'for a one-off event a temporary permit is enough.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Führungszeugnis (Belegart O) und Auskunft aus dem Gewerbezentralregister',
        'Unbedenklichkeitsbescheinigung des Finanzamts',
        'Unterrichtungsnachweis der IHK',
        'Miet- oder Pachtvertrag und Grundriss der Räume',
      ],
      en: [
        'identity card or passport',
        'certificate of good conduct (type O) and extract from the central trade register',
        'certificate of tax compliance from the tax office',
        'certificate of instruction from the chamber of commerce (IHK)',
        'lease and floor plan of the premises',
      ],
    },
    keywords:
      'Gaststätte Kneipe Restaurant Bar Schankerlaubnis Konzession Alkoholausschank restaurant licence bar',
    feeCents: 30000,
    processingTime: { de: 'etwa 4 bis 8 Wochen', en: 'about 4 to 8 weeks' },
    legalBasis: '§§ 2, 4 GastG',
    durationMinutes: 45,
  },
  {
    slug: 'gewerbezentralregisterauskunft-beantragen',
    leikaKey: '99049002001000',
    category: 'wirtschaft-und-gewerbe',
    offices: ['gewerbe-und-ordnungsamt', 'buergerbuero-mitte'],
    name: {
      de: 'Auskunft aus dem Gewerbezentralregister beantragen',
      en: 'Apply for an extract from the central trade register',
    },
    description: {
      de:
        'Das Gewerbezentralregister beim Bundesamt für Justiz verzeichnet Bußgelder und Entscheidungen mit Bezug zu einem Gewerbe. ' +
        'Eine Auskunft verlangen zum Beispiel Behörden bei Erlaubnissen oder Auftraggeber bei öffentlichen Ausschreibungen. ' +
        'Sie können sie für sich selbst oder für ein Unternehmen beantragen, das Sie vertreten.',
      en:
        'The central trade register at the Federal Office of Justice records fines and decisions related to a trade. ' +
        'Authorities ask for an extract when granting licences, as do contracting authorities in public tenders. ' +
        'You can apply for yourself or for a company you represent.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'für Unternehmen: Handelsregisterauszug und Vertretungsnachweis',
      ],
      en: [
        'identity card or passport',
        'for companies: commercial register extract and proof of authority to represent',
      ],
    },
    keywords:
      'Gewerbezentralregister GZR Auskunft Ausschreibung Zuverlässigkeit central trade register extract',
    feeCents: 1300,
    processingTime: { de: 'etwa 2 Wochen', en: 'about 2 weeks' },
    legalBasis: '§ 150 GewO',
    durationMinutes: 15,
  },

  // --- Steuern und Abgaben --------------------------------------------------------------------
  {
    slug: 'hund-anmelden',
    leikaKey: '99102013104000', // catalogue
    category: 'steuern-und-abgaben',
    offices: BUERGERBUEROS,
    name: {
      de: 'Hund anmelden (Hundesteuer)',
      en: 'Register a dog (dog tax)',
      de_ls: 'Hund anmelden',
    },
    description: {
      de:
        'Wer in Musterstadt einen Hund hält, muss ihn innerhalb von zwei Wochen nach Anschaffung oder Zuzug anmelden. ' +
        'Sie erhalten eine Hundesteuermarke, die der Hund außerhalb der Wohnung tragen muss, und später einen Steuerbescheid. ' +
        'Für Blindenführhunde und andere Assistenzhunde gibt es auf Antrag eine Steuerbefreiung.',
      en:
        'If you keep a dog in Musterstadt, you must register it within two weeks of getting it or moving here. ' +
        'You receive a dog tax tag, which the dog must wear outside your home, and later a tax assessment. ' +
        'Guide dogs and other assistance dogs can be exempted on application.',
      de_ls:
        'Sie haben einen Hund? Dann müssen Sie den Hund anmelden. Das müssen Sie in 2 Wochen machen. ' +
        'Für einen Hund bezahlen Sie Steuern. Sie bekommen eine Marke für den Hund. Die Marke trägt der Hund am Hals-Band.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Angaben zum Hund: Rasse, Geburtsdatum, Chipnummer',
        'bei gefährlichen Hunden: Erlaubnis der Ordnungsbehörde',
        'für eine Steuerbefreiung: Nachweis, z. B. Schwerbehindertenausweis',
      ],
      en: [
        'identity card or passport',
        'details of the dog: breed, date of birth, microchip number',
        'for dangerous dogs: the permit of the public order office',
        'for a tax exemption: proof, e.g. severely disabled person’s pass',
      ],
      de_ls: ['Ihr Personal-Ausweis', 'die Chip-Nummer von Ihrem Hund'],
    },
    keywords: 'Hundesteuer Hundemarke Steuermarke Hundeanmeldung Hund dog tax dog registration',
    feeCents: null,
    processingTime: {
      de: 'Steuermarke sofort, Steuerbescheid nach etwa 2 bis 4 Wochen',
      en: 'tax tag immediately, tax assessment after about 2 to 4 weeks',
      de_ls: 'Die Marke bekommen Sie sofort.',
    },
    legalBasis: 'Hundesteuersatzung der Stadt Musterstadt, Kommunalabgabengesetz des Landes',
    durationMinutes: 15,
  },
  {
    slug: 'hund-abmelden',
    leikaKey: '99102013105000',
    category: 'steuern-und-abgaben',
    offices: BUERGERBUEROS,
    name: { de: 'Hund abmelden', en: 'Deregister a dog' },
    description: {
      de:
        'Ist Ihr Hund gestorben, haben Sie ihn abgegeben oder ziehen Sie aus Musterstadt weg, melden Sie ihn innerhalb von ' +
        'zwei Wochen ab. Die Hundesteuer endet mit dem Monat, in dem die Haltung endet. Bitte geben Sie die Steuermarke zurück.',
      en:
        'If your dog has died, you have given it away or you are moving away from Musterstadt, deregister it within two weeks. ' +
        'The dog tax ends with the month in which you stopped keeping the dog. Please return the tax tag.',
    },
    documents: {
      de: [
        'Hundesteuermarke',
        'bei Tod: Bescheinigung des Tierarztes',
        'bei Abgabe: Name und Anschrift der neuen Halterin oder des neuen Halters',
      ],
      en: [
        'dog tax tag',
        'if the dog died: certificate from the vet',
        'if given away: name and address of the new keeper',
      ],
    },
    keywords: 'Hundesteuer abmelden Hund verstorben Hund abgegeben Hundemarke deregister dog',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: 'Hundesteuersatzung der Stadt Musterstadt',
    durationMinutes: 15,
  },
  {
    slug: 'kirchenaustritt-erklaeren',
    leikaKey: '99103001012000',
    category: 'steuern-und-abgaben',
    offices: STANDESAMT,
    name: { de: 'Kirchenaustritt erklären', en: 'Leave a church (declaration of withdrawal)' },
    description: {
      de:
        'Den Austritt aus einer Kirche oder Religionsgemeinschaft mit Kirchensteuer erklären Sie persönlich beim Standesamt. ' +
        'Die Kirchensteuerpflicht endet mit Ablauf des Monats, in dem Sie den Austritt erklärt haben. ' +
        'Sie erhalten eine Austrittsbescheinigung; das Finanzamt wird automatisch informiert.',
      en:
        'You declare your withdrawal from a church or religious community that levies church tax in person at the registry office. ' +
        'Church tax ends at the end of the month in which you declared your withdrawal. ' +
        'You receive a certificate of withdrawal; the tax office is informed automatically.',
    },
    documents: {
      de: ['Personalausweis oder Reisepass', 'falls zur Hand: Taufurkunde oder Heiratsurkunde'],
      en: ['identity card or passport', 'if available: baptism or marriage certificate'],
    },
    keywords:
      'Kirchenaustritt Kirchensteuer austreten Kirche evangelisch katholisch leave church church tax',
    feeCents: 3000,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: 'Kirchenaustrittsgesetz des Landes',
    durationMinutes: 15,
  },

  // --- Ordnung und Sicherheit -----------------------------------------------------------------
  {
    slug: 'fuehrungszeugnis-beantragen',
    leikaKey: '99049001001000', // catalogue
    category: 'ordnung-und-sicherheit',
    offices: ['buergerbuero-mitte', 'buergerbuero-nord', 'gewerbe-und-ordnungsamt'],
    name: { de: 'Führungszeugnis beantragen', en: 'Apply for a certificate of good conduct' },
    description: {
      de:
        'Das Führungszeugnis ist ein Auszug aus dem Bundeszentralregister und wird oft von Arbeitgebern verlangt. ' +
        'Sie beantragen es ab 14 Jahren; das Bundesamt für Justiz schickt das private Führungszeugnis an Ihre Anschrift, ' +
        'das behördliche (Belegart O) direkt an die Behörde. Für ein Ehrenamt ist es auf Antrag gebührenfrei.',
      en:
        'The certificate of good conduct is an extract from the Federal Central Criminal Register and is often requested by employers. ' +
        'You can apply from the age of 14; the Federal Office of Justice sends the private certificate to your home address ' +
        'and the official one (type O) directly to the authority. For voluntary work it is free on application.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'bei Behördenführungszeugnis: Anschrift und Aktenzeichen der Behörde',
      ],
      en: [
        'identity card or passport',
        'for the official certificate: address and file number of the authority',
      ],
    },
    keywords:
      'polizeiliches Führungszeugnis Bundeszentralregister Leumundszeugnis criminal record certificate police certificate',
    feeCents: 1300,
    processingTime: { de: 'etwa 1 bis 2 Wochen', en: 'about 1 to 2 weeks' },
    legalBasis: '§ 30 BZRG',
    durationMinutes: 15,
  },
  {
    slug: 'erweitertes-fuehrungszeugnis-beantragen',
    leikaKey: '99049001002000',
    category: 'ordnung-und-sicherheit',
    offices: BUERGERBUEROS,
    name: {
      de: 'Erweitertes Führungszeugnis beantragen',
      en: 'Apply for an extended certificate of good conduct',
    },
    description: {
      de:
        'Wer beruflich oder ehrenamtlich mit Kindern und Jugendlichen arbeitet, etwa in Kita, Schule oder Sportverein, ' +
        'braucht ein erweitertes Führungszeugnis. Es enthält auch geringere Verurteilungen wegen Sexualdelikten. ' +
        'Sie benötigen eine schriftliche Aufforderung der Einrichtung; für Ehrenamtliche ist es gebührenfrei.',
      en:
        'If you work with children or young people, paid or voluntary, for example in a day care centre, school or sports club, ' +
        'you need an extended certificate of good conduct. It also lists minor convictions for sexual offences. ' +
        'You need a written request from the organisation; it is free for volunteers.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'schriftliche Aufforderung des Arbeitgebers oder Vereins',
      ],
      en: ['identity card or passport', 'written request from the employer or club'],
    },
    keywords:
      'erweitertes Führungszeugnis Kita Jugendarbeit Ehrenamt Verein Kinderschutz extended criminal record certificate',
    feeCents: 1300,
    processingTime: { de: 'etwa 1 bis 2 Wochen', en: 'about 1 to 2 weeks' },
    legalBasis: '§ 30a BZRG',
    durationMinutes: 15,
  },
  {
    slug: 'fundsache-abgeben-oder-abholen',
    leikaKey: '99064001012000',
    category: 'ordnung-und-sicherheit',
    offices: ['buergerbuero-mitte', 'gewerbe-und-ordnungsamt'],
    name: {
      de: 'Fundsache abgeben oder abholen (Fundbüro)',
      en: 'Hand in or collect lost property',
    },
    description: {
      de:
        'Fundsachen im Wert von mehr als 10 Euro müssen beim Fundbüro abgegeben werden. Das Fundbüro bewahrt sie ' +
        'sechs Monate auf; meldet sich der Eigentümer nicht, kann der Finder sie erhalten. ' +
        'Haben Sie etwas verloren, beschreiben Sie es uns möglichst genau; Finder haben Anspruch auf Finderlohn.',
      en:
        'Found items worth more than €10 must be handed in at the lost property office. It keeps them for six months; ' +
        'if the owner does not come forward, the finder may claim them. ' +
        'If you have lost something, describe it as precisely as possible; finders are entitled to a reward.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'beim Abholen: Eigentumsnachweis, z. B. Schlüssel, Rechnung oder Foto',
      ],
      en: [
        'identity card or passport',
        'when collecting: proof of ownership, e.g. key, receipt or photo',
      ],
    },
    keywords:
      'Fundbüro verloren gefunden Fundsache Schlüssel Geldbörse Handy lost property lost and found',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§§ 965 bis 984 BGB',
    durationMinutes: 15,
  },
  {
    slug: 'veranstaltung-anzeigen',
    leikaKey: '99063001012000',
    category: 'ordnung-und-sicherheit',
    offices: ORDNUNGSAMT,
    name: { de: 'Veranstaltung im Freien anmelden', en: 'Register an outdoor event' },
    description: {
      de:
        'Straßenfeste, Flohmärkte, Konzerte und andere Veranstaltungen auf öffentlichen Flächen müssen rechtzeitig, ' +
        'mindestens vier Wochen vorher, beim Ordnungsamt angemeldet werden. Wir beraten Sie zu Sicherheitskonzept, Lärmschutz, ' +
        'Sondernutzung und Ausschank und stimmen uns mit Polizei und Feuerwehr ab.',
      en:
        'Street parties, flea markets, concerts and other events on public land must be registered with the public order office ' +
        'in good time, at least four weeks in advance. We advise you on safety, noise protection, use of public space and ' +
        'serving drinks, and coordinate with the police and fire brigade.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Beschreibung der Veranstaltung mit Ort, Zeit und erwarteter Besucherzahl',
        'Lageplan',
      ],
      en: [
        'identity card or passport',
        'description of the event with place, time and expected number of visitors',
        'site plan',
      ],
    },
    keywords:
      'Straßenfest Flohmarkt Fest Veranstaltung Genehmigung Sondernutzung Ausschank street party event permit',
    feeCents: 5000,
    processingTime: { de: 'etwa 2 bis 4 Wochen', en: 'about 2 to 4 weeks' },
    legalBasis: '§ 12 GastG, Sondernutzungssatzung der Stadt Musterstadt',
    durationMinutes: 30,
  },

  // --- Soziales -------------------------------------------------------------------------------
  {
    slug: 'wohngeld-beantragen',
    leikaKey: '99107023037000', // catalogue
    category: 'soziales',
    offices: MITTE,
    name: {
      de: 'Wohngeld beantragen',
      en: 'Apply for housing benefit',
      de_ls: 'Wohn-Geld beantragen',
    },
    description: {
      de:
        'Wohngeld ist ein Zuschuss zur Miete (Mietzuschuss) oder zu den Kosten eines eigenen Hauses (Lastenzuschuss) ' +
        'für Haushalte mit geringem Einkommen. Wer Bürgergeld oder Grundsicherung erhält, bekommt kein Wohngeld, weil die ' +
        'Wohnkosten dort schon enthalten sind. Wohngeld wird ab dem Monat des Antrags gezahlt, meist für zwölf Monate.',
      en:
        'Housing benefit is a subsidy towards the rent or towards the costs of your own home for households with a low income. ' +
        'People receiving citizen’s income or basic income support do not get housing benefit, because their housing costs ' +
        'are already covered. It is paid from the month of application, usually for twelve months.',
      de_ls:
        'Sie haben wenig Geld? Und Ihre Miete ist hoch? Dann bekommen Sie vielleicht Wohn-Geld. ' +
        'Wohn-Geld ist Geld vom Staat für die Miete. Sie müssen einen Antrag stellen. Wir helfen Ihnen dabei.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Mietvertrag und Nachweis der aktuellen Miete',
        'Einkommensnachweise aller Haushaltsmitglieder',
        'Kontoauszug mit Ihrer IBAN',
      ],
      en: [
        'identity card or passport',
        'tenancy agreement and proof of the current rent',
        'proof of income of every household member',
        'bank statement with your IBAN',
      ],
      de_ls: ['Ihr Personal-Ausweis', 'Ihr Miet-Vertrag', 'Papiere über Ihr Geld'],
    },
    keywords:
      'Wohngeld Mietzuschuss Lastenzuschuss Wohngeld-Plus Miete Zuschuss housing benefit rent subsidy',
    feeCents: null,
    processingTime: {
      de: 'etwa 6 bis 8 Wochen',
      en: 'about 6 to 8 weeks',
      de_ls: 'etwa 6 bis 8 Wochen',
    },
    legalBasis: '§§ 1, 22 WoGG',
    durationMinutes: 30,
  },
  {
    slug: 'musterstadt-pass-beantragen',
    leikaKey: '99107050012000',
    category: 'soziales',
    offices: BUERGERBUEROS,
    name: { de: 'Musterstadt-Pass beantragen', en: 'Apply for the Musterstadt Pass' },
    description: {
      de:
        'Mit dem Musterstadt-Pass erhalten Menschen mit geringem Einkommen Ermäßigungen im Stadtbus, im Hallenbad, ' +
        'in der Stadtbibliothek und bei der Volkshochschule. Berechtigt sind Sie, wenn Sie Bürgergeld, Sozialhilfe, ' +
        'Wohngeld, Kinderzuschlag oder Leistungen nach dem Asylbewerberleistungsgesetz erhalten. Der Pass gilt so lange wie Ihr Bescheid.',
      en:
        'The Musterstadt Pass gives people on a low income reduced fares on town buses and reduced prices at the swimming pool, ' +
        'the town library and the adult education centre. You are eligible if you receive citizen’s income, social assistance, ' +
        'housing benefit, child supplement or asylum seeker benefits. The pass is valid as long as your benefit notice.',
    },
    documents: {
      de: ['Personalausweis oder Reisepass', 'aktueller Leistungsbescheid', 'Lichtbild'],
      en: ['identity card or passport', 'current benefit notice', 'passport photo'],
    },
    keywords: 'Sozialpass Stadtpass Ermäßigung Sozialticket Bürgergeld Rabatt social pass discount',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: 'Richtlinie der Stadt Musterstadt über den Musterstadt-Pass',
    durationMinutes: 15,
  },
  {
    slug: 'bildung-und-teilhabe-beantragen',
    leikaKey: '99107051012000',
    category: 'soziales',
    offices: MITTE,
    name: {
      de: 'Leistungen für Bildung und Teilhabe beantragen',
      en: 'Apply for education and participation benefits',
    },
    description: {
      de:
        'Kinder und Jugendliche aus Familien mit geringem Einkommen erhalten Zuschüsse zu Klassenfahrten und Ausflügen, ' +
        'zum Mittagessen in Kita und Schule, zur Lernförderung und zu Vereinsbeiträgen. ' +
        'Für Familien mit Wohngeld, Kinderzuschlag oder Sozialhilfe ist die Stadt zuständig; wer Bürgergeld bezieht, beantragt die Leistungen beim Jobcenter.',
      en:
        'Children and young people from low-income families get subsidies for school trips, ' +
        'lunch at day care or school, tutoring and club fees. ' +
        'The town is responsible for families on housing benefit, child supplement or social assistance; families on citizen’s income apply at the job centre.',
    },
    documents: {
      de: [
        'Bescheid über Wohngeld, Kinderzuschlag oder Sozialhilfe',
        'Nachweis der Kosten, z. B. Rechnung der Klassenfahrt oder Vereinsbeitrag',
        'bei Lernförderung: Bestätigung der Schule',
      ],
      en: [
        'notice of housing benefit, child supplement or social assistance',
        'proof of the costs, e.g. invoice for the school trip or club fee',
        'for tutoring: confirmation from the school',
      ],
    },
    keywords:
      'Bildungspaket BuT Teilhabe Klassenfahrt Mittagessen Nachhilfe Sportverein education package',
    feeCents: null,
    processingTime: { de: 'etwa 2 bis 4 Wochen', en: 'about 2 to 4 weeks' },
    legalBasis: '§ 6b BKGG, § 34 SGB XII',
    durationMinutes: 30,
  },
  {
    slug: 'rentenantrag-stellen',
    leikaKey: '99107060012000',
    category: 'soziales',
    offices: MITTE,
    name: { de: 'Rentenantrag stellen', en: 'Apply for a pension' },
    description: {
      de:
        'Das Versicherungsamt der Stadt nimmt Ihren Antrag auf Altersrente, Erwerbsminderungsrente oder Hinterbliebenenrente ' +
        'auf und leitet ihn an die Deutsche Rentenversicherung weiter. Stellen Sie den Antrag etwa drei Monate vor dem ' +
        'gewünschten Rentenbeginn. Wir prüfen mit Ihnen auch, ob Ihr Versicherungsverlauf vollständig ist.',
      en:
        'The town’s social insurance office takes your application for an old-age, reduced earning capacity or survivor’s pension ' +
        'and forwards it to the German Pension Insurance. Apply about three months before you want your pension to start. ' +
        'We also check with you whether your insurance record is complete.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Sozialversicherungsnummer und Steuer-Identifikationsnummer',
        'Bankverbindung (IBAN)',
        'Versicherungsverlauf und Nachweise über fehlende Zeiten, z. B. Kindererziehung, Ausbildung',
        'Krankenversicherungskarte',
      ],
      en: [
        'identity card or passport',
        'social insurance number and tax identification number',
        'bank details (IBAN)',
        'insurance record and proof of missing periods, e.g. child raising, education',
        'health insurance card',
      ],
    },
    keywords:
      'Rente Altersrente Rentenversicherung Versicherungsamt Witwenrente Erwerbsminderungsrente pension retirement',
    feeCents: null,
    processingTime: {
      de: 'etwa 6 bis 8 Wochen bei der Rentenversicherung',
      en: 'about 6 to 8 weeks at the pension insurance',
    },
    legalBasis: '§ 93 SGB IV, § 16 SGB I',
    durationMinutes: 60,
  },

  // --- Bauen ----------------------------------------------------------------------------------
  {
    slug: 'bauberatung',
    leikaKey: '99020001012000',
    category: 'bauen',
    offices: MITTE,
    name: {
      de: 'Bauberatung vor dem Bauantrag',
      en: 'Planning advice before a building application',
    },
    description: {
      de:
        'Bevor Sie einen Bauantrag stellen, beraten wir Sie, ob und wie Ihr Vorhaben auf dem Grundstück zulässig ist: ' +
        'Bebauungsplan, Abstandsflächen, Stellplätze und Denkmalschutz. So vermeiden Sie Nachforderungen im Genehmigungsverfahren. ' +
        'Für eine verbindliche Antwort können Sie anschließend eine Bauvoranfrage stellen.',
      en:
        'Before you submit a building application, we advise you on whether and how your project is permitted on the plot: ' +
        'development plan, distance requirements, parking spaces and heritage protection. This avoids requests for more ' +
        'documents later. For a binding answer you can then submit a preliminary building enquiry.',
    },
    documents: {
      de: [
        'Flurstücksnummer oder Lageplan',
        'Skizzen oder Entwürfe des Vorhabens',
        'Fotos des Grundstücks',
      ],
      en: ['plot number or site plan', 'sketches or drafts of the project', 'photos of the plot'],
    },
    keywords:
      'Baugenehmigung Bauantrag Bauvoranfrage Bauamt Bebauungsplan Anbau Carport building permit planning advice',
    feeCents: null,
    processingTime: { de: 'Beratung im Termin', en: 'advice during the appointment' },
    legalBasis: '§ 25 VwVfG, Landesbauordnung',
    durationMinutes: 45,
  },
  {
    slug: 'bauakteneinsicht-beantragen',
    leikaKey: '99020002012000',
    category: 'bauen',
    offices: MITTE,
    name: { de: 'Einsicht in Bauakten nehmen', en: 'Inspect building files' },
    description: {
      de:
        'In der Bauakte finden Sie Baugenehmigungen, Pläne und Statik eines Gebäudes, was vor allem beim Kauf einer Immobilie hilft. ' +
        'Einsehen dürfen Eigentümer sowie Personen mit deren schriftlicher Vollmacht. ' +
        'Wir stellen die Akte zum Termin bereit; Kopien sind gegen Gebühr möglich.',
      en:
        'A building file contains the building permits, plans and structural calculations of a building, which helps especially ' +
        'when buying a property. Owners and people with their written authorisation may inspect it. ' +
        'We have the file ready for your appointment; copies are available for a fee.',
    },
    documents: {
      de: ['Personalausweis oder Reisepass', 'Grundbuchauszug oder Vollmacht des Eigentümers'],
      en: ['identity card or passport', 'land register extract or the owner’s authorisation'],
    },
    keywords: 'Bauakte Akteneinsicht Baupläne Hauskauf Immobilie Grundriss building records',
    feeCents: 2000,
    processingTime: { de: 'Einsicht im Termin', en: 'inspection during the appointment' },
    legalBasis: 'Landesbauordnung, Verwaltungsgebührensatzung der Stadt Musterstadt',
    durationMinutes: 30,
  },

  // --- Bildung und Kinderbetreuung ------------------------------------------------------------
  {
    slug: 'kita-platz-anmelden',
    leikaKey: '99055001012000',
    category: 'bildung-und-kinderbetreuung',
    offices: BUERGERBUEROS,
    name: { de: 'Kita-Platz anmelden', en: 'Apply for a day care place' },
    description: {
      de:
        'Ab dem ersten Geburtstag hat jedes Kind einen Rechtsanspruch auf einen Platz in einer Kita oder bei einer Tagespflegeperson. ' +
        'Melden Sie Ihren Bedarf mindestens sechs Monate vor dem gewünschten Beginn an. Wir helfen bei der Anmeldung über das ' +
        'Kita-Portal der Stadt; die Elternbeiträge richten sich nach Ihrem Einkommen.',
      en:
        'From their first birthday, every child is entitled to a place at a day care centre or with a childminder. ' +
        'Register your need at least six months before the desired start. We help you register on the town’s day care portal; ' +
        'parental fees depend on your income.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Geburtsurkunde des Kindes',
        'bei Berufstätigkeit: Arbeitgeberbescheinigung',
      ],
      en: [
        'identity card or passport',
        'the child’s birth certificate',
        'if working: confirmation from your employer',
      ],
    },
    keywords:
      'Kita Kindergarten Krippe Kinderbetreuung Tagespflege Betreuungsplatz daycare nursery kindergarten childcare',
    feeCents: null,
    processingTime: {
      de: 'Zusage meist im Frühjahr für das Kita-Jahr ab August',
      en: 'offers usually in spring for the year starting in August',
    },
    legalBasis: '§ 24 SGB VIII',
    durationMinutes: 30,
  },
  {
    slug: 'untersuchungsberechtigungsschein-beantragen',
    leikaKey: '99056001012000',
    category: 'bildung-und-kinderbetreuung',
    offices: BUERGERBUEROS,
    name: {
      de: 'Untersuchungsberechtigungsschein beantragen',
      en: 'Apply for a youth employment medical voucher',
    },
    description: {
      de:
        'Jugendliche unter 18 Jahren dürfen eine Ausbildung oder Arbeit nur beginnen, wenn sie innerhalb der letzten 14 Monate ' +
        'ärztlich untersucht wurden. Mit dem Untersuchungsberechtigungsschein ist die Untersuchung bei Ihrer Ärztin oder Ihrem Arzt ' +
        'kostenlos. Die ärztliche Bescheinigung geben Sie dem Arbeitgeber.',
      en:
        'Young people under 18 may only start training or work if they have had a medical examination within the last 14 months. ' +
        'With this voucher the examination by your doctor is free of charge. You give the doctor’s certificate to your employer.',
    },
    documents: { de: ['Personalausweis oder Reisepass'], en: ['identity card or passport'] },
    keywords:
      'Jugendarbeitsschutz Erstuntersuchung Ausbildung Berufsstart Berechtigungsschein Jugendliche medical examination apprenticeship',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§§ 32, 44 JArbSchG',
    durationMinutes: 15,
  },

  // --- Abfall und Umwelt ----------------------------------------------------------------------
  {
    slug: 'sperrmuell-anmelden',
    leikaKey: '99125001012000',
    category: 'abfall-und-umwelt',
    offices: BUERGERBUEROS,
    name: { de: 'Sperrmüllabholung anmelden', en: 'Book a bulky waste collection' },
    description: {
      de:
        'Möbel, Matratzen, Teppiche und andere sperrige Gegenstände aus dem Haushalt holen wir zweimal im Jahr kostenlos ab. ' +
        'Sie nennen uns die Gegenstände und erhalten einen Abholtermin, meist innerhalb von drei Wochen. ' +
        'Elektrogeräte, Bauschutt und Sondermüll gehören nicht in den Sperrmüll.',
      en:
        'We collect furniture, mattresses, carpets and other bulky household items free of charge twice a year. ' +
        'Tell us the items and you receive a collection date, usually within three weeks. ' +
        'Electrical appliances, building rubble and hazardous waste are not bulky waste.',
    },
    documents: { de: ['Liste der Gegenstände'], en: ['list of the items'] },
    keywords: 'Sperrmüll Möbel Entsorgung Abholung Entrümpelung bulky waste furniture disposal',
    feeCents: null,
    processingTime: {
      de: 'Abholtermin meist innerhalb von 3 Wochen',
      en: 'collection usually within 3 weeks',
    },
    legalBasis: 'Abfallsatzung der Stadt Musterstadt, § 20 KrWG',
    durationMinutes: 15,
  },
  {
    slug: 'abfallbehaelter-anmelden-oder-aendern',
    leikaKey: '99125002012000',
    category: 'abfall-und-umwelt',
    offices: MITTE,
    name: { de: 'Mülltonnen an-, um- oder abmelden', en: 'Order, change or cancel waste bins' },
    description: {
      de:
        'Eigentümerinnen und Eigentümer eines Grundstücks melden Restmüll-, Bio- und Papiertonnen an, ändern die Größe oder melden sie ab. ' +
        'Die Abfallgebühren richten sich nach Anzahl und Größe der Tonnen. Mieterinnen und Mieter wenden sich bitte an ihre Hausverwaltung.',
      en:
        'Property owners order residual, organic and paper waste bins, change their size or cancel them. ' +
        'Waste charges depend on the number and size of the bins. Tenants please contact their property management.',
    },
    documents: {
      de: [
        'Personalausweis oder Reisepass',
        'Nachweis des Eigentums oder Vollmacht der Eigentümer',
      ],
      en: ['identity card or passport', 'proof of ownership or the owners’ authorisation'],
    },
    keywords:
      'Mülltonne Restmüll Biotonne Papiertonne Abfallgebühren Tonne bestellen waste bin rubbish bin',
    feeCents: null,
    processingTime: {
      de: 'Lieferung der Tonne etwa 2 Wochen',
      en: 'bin delivered in about 2 weeks',
    },
    legalBasis: 'Abfallsatzung und Abfallgebührensatzung der Stadt Musterstadt',
    durationMinutes: 15,
  },
  {
    slug: 'baumfaellung-beantragen',
    leikaKey: '99126001012000',
    category: 'abfall-und-umwelt',
    offices: MITTE,
    name: { de: 'Baumfällung beantragen', en: 'Apply for permission to fell a tree' },
    description: {
      de:
        'Bäume mit einem Stammumfang ab 80 Zentimetern, gemessen in einem Meter Höhe, sind in Musterstadt geschützt. ' +
        'Wer einen solchen Baum fällen will, braucht eine Genehmigung, oft verbunden mit einer Ersatzpflanzung. ' +
        'Zum Schutz brütender Vögel sind Fällungen nur vom 1. Oktober bis Ende Februar erlaubt.',
      en:
        'Trees with a trunk circumference of 80 centimetres or more, measured one metre above ground, are protected in Musterstadt. ' +
        'To fell such a tree you need a permit, often with a duty to plant a replacement. ' +
        'To protect nesting birds, trees may only be felled from 1 October to the end of February.',
    },
    documents: {
      de: [
        'Lageplan mit Standort des Baums',
        'Fotos des Baums',
        'ggf. Gutachten zum Zustand des Baums',
      ],
      en: [
        'site plan showing the tree',
        'photos of the tree',
        'if available: an expert report on the tree’s condition',
      ],
    },
    keywords: 'Baum fällen Baumschutzsatzung Fällgenehmigung Garten Rodung tree felling permit',
    feeCents: 3000,
    processingTime: { de: 'etwa 2 bis 4 Wochen', en: 'about 2 to 4 weeks' },
    legalBasis: 'Baumschutzsatzung der Stadt Musterstadt, § 39 Abs. 5 BNatSchG',
    durationMinutes: 30,
  },

  // --- Dokumente und Beglaubigungen -----------------------------------------------------------
  {
    slug: 'beglaubigung-beantragen',
    leikaKey: '99009001012000',
    category: 'dokumente-und-beglaubigungen',
    offices: BUERGERBUEROS,
    name: {
      de: 'Kopien und Unterschriften amtlich beglaubigen',
      en: 'Official certification of copies and signatures',
    },
    description: {
      de:
        'Wir beglaubigen Kopien von Zeugnissen und anderen Dokumenten sowie Unterschriften, wenn sie zur Vorlage bei einer Behörde bestimmt sind. ' +
        'Bringen Sie das Original mit. Von Personenstandsurkunden fertigen wir keine Beglaubigungen; dafür erhalten Sie beim Standesamt ' +
        'eine neue Urkunde. Für Grundbuch und Handelsregister ist eine notarielle Beglaubigung nötig.',
      en:
        'We certify copies of school and job certificates and other documents, and signatures, when they are to be submitted to an authority. ' +
        'Please bring the original. We do not certify civil status certificates; the registry office issues a new certificate instead. ' +
        'For the land register and the commercial register you need a notary.',
    },
    documents: {
      de: [
        'Original des Dokuments',
        'Kopien, falls bereits angefertigt',
        'bei Unterschriften: Personalausweis oder Reisepass',
      ],
      en: [
        'the original document',
        'copies, if already made',
        'for signatures: identity card or passport',
      ],
    },
    keywords:
      'Beglaubigung beglaubigte Kopie Abschrift Zeugnis Unterschrift certified copy certification',
    feeCents: 500,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§§ 33, 34 VwVfG',
    durationMinutes: 15,
  },
  {
    slug: 'lebensbescheinigung-ausstellen',
    leikaKey: '99009002012000',
    category: 'dokumente-und-beglaubigungen',
    offices: BUERGERBUEROS,
    name: { de: 'Lebensbescheinigung ausstellen lassen', en: 'Get a life certificate' },
    description: {
      de:
        'Renten- und Versorgungskassen, besonders aus dem Ausland, verlangen regelmäßig eine Bescheinigung, dass Sie noch leben. ' +
        'Wir bestätigen das auf dem Formular der Kasse, wenn Sie persönlich vorsprechen. ' +
        'Für Rentenzwecke ist die Bescheinigung gebührenfrei.',
      en:
        'Pension funds, especially from abroad, regularly ask for confirmation that you are still alive. ' +
        'We confirm this on the fund’s form when you come in person. ' +
        'For pension purposes the certificate is free of charge.',
    },
    documents: {
      de: ['Personalausweis oder Reisepass', 'Formular der Renten- oder Versorgungskasse'],
      en: ['identity card or passport', 'the form of the pension fund'],
    },
    keywords:
      'Lebensbescheinigung Lebensnachweis Rente Ausland Pension life certificate proof of life',
    feeCents: null,
    processingTime: { de: 'sofort', en: 'immediately' },
    legalBasis: '§ 64 SGB X',
    durationMinutes: 15,
  },
];
