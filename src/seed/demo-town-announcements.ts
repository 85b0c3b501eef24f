import {
  AnnouncementCategory,
  AnnouncementSeverity,
} from '../entities/announcements/announcement.entity.js';
import type { LocalizedText } from '../entities/localized-text.js';
import { addDays, type LocalDate } from './public-holidays.js';

/** An announcement of the demo town; times are relative to the day it is seeded. */
export type AnnouncementData = {
  /** Office slug; null for the whole town. */
  office: string | null;
  category: AnnouncementCategory;
  severity: AnnouncementSeverity;
  title: LocalizedText;
  body: LocalizedText;
  publishAt: Date;
  expiresAt: Date | null;
  event?: { startsAt: Date; endsAt: Date; location: string };
};

/** What the announcements refer to, computed by the seed for its window. */
export type AnnouncementCalendar = {
  /** The instant the seed runs at ("now"). */
  now: Date;
  /** The local date `days` after the seed day; with `weekday`, the first such ISO weekday on or after it. */
  date(days: number, weekday?: number): LocalDate;
  /** The instant of a local date and time ("HH:MM") in the town's zone. */
  at(date: LocalDate, time: string): Date;
  /** A date for people: "Dienstag, 19. Januar 2027" / "Tuesday, 19 January 2027". */
  label(date: LocalDate): { de: string; en: string };
  /** The first day in the window on which every office is closed (a public holiday, …). */
  closedDay: { date: LocalDate; reason: LocalizedText };
  /** The morning on which one counter of Bürgerbüro Mitte is closed for training. */
  trainingDay: LocalDate;
};

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

function hoursFromNow(calendar: AnnouncementCalendar, hours: number): Date {
  return new Date(calendar.now.getTime() + hours * HOUR_MS);
}

function daysFromNow(calendar: AnnouncementCalendar, days: number): Date {
  return new Date(calendar.now.getTime() + days * DAY_MS);
}

/**
 * A dozen notices a citizen of a small German town would read on its site: one emergency (a
 * boil-water notice), closures on the seed's holiday and training morning, road works, news,
 * events, two scheduled for the coming days and two expired ones in the archive. A few are in
 * Leichte Sprache too.
 */
export function demoAnnouncements(calendar: AnnouncementCalendar): AnnouncementData[] {
  const closed = calendar.label(calendar.closedDay.date);
  const training = calendar.label(calendar.trainingDay);
  const openDay = calendar.date(17, 6);
  const consultation = calendar.date(8, 2);
  const hazardousWaste = calendar.date(30, 6);
  return [
    {
      office: null,
      category: AnnouncementCategory.WARNING,
      severity: AnnouncementSeverity.EMERGENCY,
      title: {
        de: 'Abkochgebot für Trinkwasser in Nord und Heide',
        en: 'Boil-water notice for the Nord and Heide districts',
        de_ls: 'Wasser abkochen in Nord und Heide',
      },
      body: {
        de:
          'Bei einer Routinekontrolle wurden im Trinkwasser der Ortsteile Nord und Heide coliforme Bakterien nachgewiesen. Das Gesundheitsamt ordnet deshalb ab sofort an: Leitungswasser nur abgekocht trinken.\n\n' +
          'Bitte kochen Sie Wasser zum Trinken, zum Zähneputzen, für Babynahrung und zum Waschen von rohem Obst und Gemüse einmal sprudelnd auf und lassen Sie es mindestens zehn Minuten abkühlen. Duschen und Wäschewaschen sind ohne Einschränkung möglich.\n\n' +
          'Die Stadtwerke spülen und chloren das Leitungsnetz. Wir informieren Sie hier, sobald das Abkochgebot aufgehoben ist. Fragen beantwortet das Bürgertelefon unter 01234 5678-0 (Montag bis Freitag, 7 bis 19 Uhr).',
        en:
          'Routine testing found coliform bacteria in the drinking water of the Nord and Heide districts. The public health office orders with immediate effect: drink tap water only after boiling it.\n\n' +
          'Please bring water for drinking, brushing teeth, baby food and washing raw fruit and vegetables to a rolling boil once and let it cool for at least ten minutes. Showering and washing clothes are fine.\n\n' +
          "The municipal utility is flushing and chlorinating the network. We will post here as soon as the notice is lifted. The citizens' hotline answers questions on 01234 5678-0 (Monday to Friday, 7 am to 7 pm).",
        de_ls:
          'Im Leitungs-Wasser in Nord und Heide sind Keime.\nDie Keime können krank machen.\n\n' +
          'Trinken Sie das Wasser nur abgekocht.\nSo geht es:\nKochen Sie das Wasser einmal richtig auf.\nLassen Sie das Wasser 10 Minuten abkühlen.\n\n' +
          'Das gilt auch für:\nZähne putzen.\nEssen für Babys.\nObst und Gemüse waschen.\n\n' +
          'Duschen dürfen Sie.\nWäsche waschen dürfen Sie auch.\n\nHaben Sie Fragen?\nRufen Sie an: 01234 5678-0',
      },
      publishAt: hoursFromNow(calendar, -6),
      expiresAt: daysFromNow(calendar, 3),
    },
    {
      office: null,
      category: AnnouncementCategory.CLOSURE,
      severity: AnnouncementSeverity.IMPORTANT,
      title: {
        de: `Rathaus am ${closed.de} geschlossen`,
        en: `Town hall closed on ${closed.en}`,
        de_ls: `Das Rathaus ist am ${closed.de} zu`,
      },
      body: {
        de: `Am ${closed.de} (${calendar.closedDay.reason.de}) bleiben alle Standorte des Rathauses geschlossen; an diesem Tag gibt es keine Termine. Online-Anträge und die Terminbuchung stehen Ihnen weiterhin rund um die Uhr zur Verfügung.\n\nIn dringenden Fällen erreichen Sie das Ordnungsamt über die Rufbereitschaft unter 01234 5678-999.`,
        en: `On ${closed.en} (${calendar.closedDay.reason.en ?? calendar.closedDay.reason.de}) all offices of the town hall are closed; there are no appointments that day. Online applications and appointment booking remain available around the clock.\n\nIn urgent cases, the public order office's on-call service answers on 01234 5678-999.`,
        de_ls: `Am ${closed.de} ist das Rathaus zu.\nAlle Büros sind an diesem Tag zu.\nSie können an diesem Tag keinen Termin haben.\n\nSie können aber im Internet einen Termin buchen.\nDas geht immer.`,
      },
      // Two weeks ahead, as town halls announce closures; scheduled when the day is further off.
      publishAt: new Date(calendar.at(calendar.closedDay.date, '00:00').getTime() - 14 * DAY_MS),
      expiresAt: calendar.at(addDays(calendar.closedDay.date, 1), '00:00'),
    },
    {
      office: 'gewerbe-und-ordnungsamt',
      category: AnnouncementCategory.WARNING,
      severity: AnnouncementSeverity.IMPORTANT,
      title: {
        de: 'Vollsperrung der Bahnhofstraße wegen Kanalbauarbeiten',
        en: 'Bahnhofstraße closed to traffic for sewer works',
      },
      body: {
        de:
          'Die Bahnhofstraße ist zwischen Marktplatz und Lindenallee wegen der Erneuerung des Abwasserkanals voll gesperrt. Eine Umleitung über die Ringstraße ist ausgeschildert.\n\n' +
          'Das Gewerbe- und Ordnungsamt (Bahnhofstraße 10) bleibt erreichbar: zu Fuß über den Marktplatz, mit dem Auto über die Zufahrt Lindenallee. Die Buslinien 2 und 5 halten ersatzweise an der Haltestelle Ringstraße.\n\n' +
          'Die Arbeiten dauern voraussichtlich vier Wochen.',
        en:
          'Bahnhofstraße is closed between Marktplatz and Lindenallee while the sewer is renewed. A diversion via Ringstraße is signposted.\n\n' +
          'The Trade and Public Order Office (Bahnhofstraße 10) remains open: on foot via Marktplatz, by car via the Lindenallee entrance. Bus lines 2 and 5 stop at Ringstraße instead.\n\n' +
          'The works are expected to take four weeks.',
      },
      publishAt: daysFromNow(calendar, -5),
      expiresAt: daysFromNow(calendar, 25),
    },
    {
      office: null,
      category: AnnouncementCategory.NEWS,
      severity: AnnouncementSeverity.INFO,
      title: {
        de: 'Passfotos nur noch digital',
        en: 'Passport photos must be digital',
        de_ls: 'Pass-Fotos gibt es nur noch digital',
      },
      body: {
        de:
          'Für Personalausweis und Reisepass nehmen wir nur noch digitale Lichtbilder an; Fotos auf Papier können nicht mehr verwendet werden.\n\n' +
          'Lassen Sie Ihr Foto bei einem Fotostudio oder einer Drogerie mit zertifiziertem Dienstleister aufnehmen: Es wird verschlüsselt an uns übermittelt, und Sie bringen nur den Abrufcode zu Ihrem Termin mit. Sie können Ihr Foto auch für 6 Euro direkt im Bürgerbüro aufnehmen lassen.',
        en:
          'For ID cards and passports we accept digital photos only; photos on paper can no longer be used.\n\n' +
          'Have your photo taken at a photo studio or a drugstore with a certified provider: it is sent to us encrypted, and you bring just the retrieval code to your appointment. You can also have your photo taken at the citizens’ office for 6 euros.',
        de_ls:
          'Sie brauchen einen neuen Ausweis oder Reise-Pass?\nDann brauchen Sie ein Foto.\n\n' +
          'Das Foto muss digital sein.\nDigital heißt: Das Foto ist im Computer.\nFotos auf Papier gehen nicht mehr.\n\n' +
          'So bekommen Sie das Foto:\nIm Foto-Geschäft.\nOder im Bürger-Büro.\nIm Bürger-Büro kostet das Foto 6 Euro.',
      },
      publishAt: daysFromNow(calendar, -20),
      expiresAt: null,
    },
    {
      office: 'standesamt',
      category: AnnouncementCategory.NEWS,
      severity: AnnouncementSeverity.INFO,
      title: {
        de: 'Standesamt: Termine jetzt online buchen',
        en: 'Registry office: book appointments online',
      },
      body: {
        de:
          'Das Standesamt vergibt Termine für die Anmeldung zur Eheschließung, für Geburts- und Sterbebeurkundungen und für Namenserklärungen ab sofort auch online. Wählen Sie unter „Familie und Partnerschaft“ die Leistung und einen freien Termin.\n\n' +
          'Bitte bringen Sie die Unterlagen mit, die bei der Leistung aufgeführt sind. Trauungen im Trauzimmer des Schlosses vereinbaren Sie weiterhin telefonisch unter 01234 5678-300.',
        en:
          'The registry office now also gives appointments online for giving notice of marriage, registering births and deaths and declarations of name. Choose the service under “Family and partnership” and a free time.\n\n' +
          'Please bring the documents listed with the service. Weddings in the castle’s wedding room are still arranged by phone on 01234 5678-300.',
      },
      publishAt: daysFromNow(calendar, -10),
      expiresAt: daysFromNow(calendar, 50),
    },
    {
      office: null,
      category: AnnouncementCategory.EVENT,
      severity: AnnouncementSeverity.INFO,
      title: { de: 'Tag der offenen Tür im Rathaus', en: 'Open day at the town hall' },
      body: {
        de:
          'Wie arbeitet Ihre Stadtverwaltung? Beim Tag der offenen Tür zeigen Ihnen die Mitarbeitenden aller Ämter, was hinter den Schaltern passiert.\n\n' +
          'Es gibt stündlich ab 10:30 Uhr Führungen durch das historische Rathaus und den Ratssaal, die Freiwillige Feuerwehr stellt ihre Fahrzeuge vor, und für Kinder gibt es eine Rallye durch das Haus. Der Eintritt ist frei.',
        en:
          'How does your town administration work? At the open day, the staff of every office show you what happens behind the counters.\n\n' +
          'There are guided tours of the historic town hall and the council chamber every hour from 10:30, the volunteer fire brigade shows its vehicles, and children can join a rally through the building. Admission is free.',
      },
      publishAt: daysFromNow(calendar, -3),
      expiresAt: calendar.at(openDay, '16:00'),
      event: {
        startsAt: calendar.at(openDay, '10:00'),
        endsAt: calendar.at(openDay, '16:00'),
        location: 'Rathaus, Rathausplatz 1, 12345 Musterstadt',
      },
    },
    {
      office: 'buergerbuero-nord',
      category: AnnouncementCategory.EVENT,
      severity: AnnouncementSeverity.INFO,
      title: {
        de: 'Bürgersprechstunde der Bürgermeisterin im Bürgerbüro Nord',
        en: "The mayor's open consultation at the Citizens' Office North",
      },
      body: {
        de: 'Bürgermeisterin Dr. Anna Beispiel nimmt sich Zeit für Ihre Fragen, Anregungen und Sorgen. Eine Anmeldung ist nicht nötig; bitte rechnen Sie mit kurzen Wartezeiten.\n\nDer Raum ist barrierefrei erreichbar.',
        en: 'Mayor Dr Anna Beispiel takes time for your questions, ideas and concerns. No registration is needed; please expect a short wait.\n\nThe room is step-free.',
      },
      publishAt: daysFromNow(calendar, -2),
      expiresAt: calendar.at(consultation, '18:00'),
      event: {
        startsAt: calendar.at(consultation, '16:00'),
        endsAt: calendar.at(consultation, '18:00'),
        location: 'Bürgerbüro Nord, Nordring 42, Raum 1.04',
      },
    },
    {
      office: 'buergerbuero-mitte',
      category: AnnouncementCategory.CLOSURE,
      severity: AnnouncementSeverity.INFO,
      title: {
        de: `Eingeschränkter Service am ${training.de} vormittags`,
        en: `Reduced service on the morning of ${training.en}`,
      },
      body: {
        de: `Wegen einer Fortbildung ist am ${training.de} von 8 bis 12 Uhr nur ein Teil der Schalter im Bürgerbüro Mitte besetzt. Gebuchte Termine finden statt; ohne Termin kann es zu längeren Wartezeiten kommen.`,
        en: `Because of staff training, only some counters of the Citizens' Office Centre are open on ${training.en} from 8 am to noon. Booked appointments take place; without an appointment, expect longer waits.`,
      },
      publishAt: hoursFromNow(calendar, -20),
      expiresAt: calendar.at(calendar.trainingDay, '12:00'),
    },
    {
      office: 'buergerbuero-mitte',
      category: AnnouncementCategory.NEWS,
      severity: AnnouncementSeverity.INFO,
      title: {
        de: 'Neu: Abholterminal für Ausweise im Foyer',
        en: 'New: collection terminal for ID documents in the foyer',
      },
      body: {
        de:
          'Fertige Personalausweise und Reisepässe können Sie ab sofort ohne Termin an unserem Abholterminal im Foyer des Bürgerbüros Mitte abholen, während der gesamten Öffnungszeiten des Rathauses.\n\n' +
          'Sie erhalten eine E-Mail, sobald Ihr Dokument im Terminal liegt. Zur Abholung brauchen Sie Ihren bisherigen Ausweis und den Abholcode.',
        en:
          "You can now collect finished ID cards and passports without an appointment at our collection terminal in the foyer of the Citizens' Office Centre, whenever the town hall is open.\n\n" +
          'You get an e-mail as soon as your document is in the terminal. To collect it, bring your previous ID and the collection code.',
      },
      publishAt: calendar.at(calendar.date(2), '08:00'),
      expiresAt: null,
    },
    {
      office: null,
      category: AnnouncementCategory.EVENT,
      severity: AnnouncementSeverity.INFO,
      title: {
        de: 'Schadstoffmobil auf dem Marktplatz',
        en: 'Hazardous waste collection on the market square',
      },
      body: {
        de:
          'Farben, Lacke, Batterien, Energiesparlampen und Haushaltschemikalien nimmt das Schadstoffmobil kostenlos an. Bitte geben Sie die Stoffe möglichst in der Originalverpackung ab und stellen Sie sie nie unbeaufsichtigt ab.\n\n' +
          'Nicht angenommen werden Altöl, Asbest und Gasflaschen.',
        en:
          'The mobile collection takes paints, varnishes, batteries, energy-saving bulbs and household chemicals free of charge. Please hand them in in their original packaging if possible and never leave them unattended.\n\n' +
          'Waste oil, asbestos and gas cylinders are not accepted.',
      },
      publishAt: calendar.at(calendar.date(7), '08:00'),
      expiresAt: calendar.at(hazardousWaste, '13:00'),
      event: {
        startsAt: calendar.at(hazardousWaste, '09:00'),
        endsAt: calendar.at(hazardousWaste, '13:00'),
        location: 'Marktplatz, 12345 Musterstadt',
      },
    },
    {
      office: 'buergerbuero-nord',
      category: AnnouncementCategory.CLOSURE,
      severity: AnnouncementSeverity.IMPORTANT,
      title: {
        de: 'Bürgerbüro Nord wegen Umbau geschlossen',
        en: "Citizens' Office North closed for alterations",
      },
      body: {
        de: 'Wegen des barrierefreien Umbaus des Eingangs bleibt das Bürgerbüro Nord zwei Wochen geschlossen. Bitte nutzen Sie in dieser Zeit das Bürgerbüro Mitte; gebuchte Termine wurden dorthin verlegt.',
        en: "The Citizens' Office North is closed for two weeks while its entrance is made step-free. Please use the Citizens' Office Centre meanwhile; booked appointments have been moved there.",
      },
      publishAt: daysFromNow(calendar, -40),
      expiresAt: daysFromNow(calendar, -25),
    },
    {
      office: null,
      category: AnnouncementCategory.NEWS,
      severity: AnnouncementSeverity.INFO,
      title: { de: 'Grundsteuerbescheide verschickt', en: 'Property tax assessments sent' },
      body: {
        de: 'Die Bescheide über die Grundsteuer für das neue Jahr sind verschickt. Bitte prüfen Sie den Bescheid und den ersten Fälligkeitstermin; wer am Lastschriftverfahren teilnimmt, muss nichts weiter tun.\n\nFragen zum Bescheid beantwortet die Steuerabteilung unter 01234 5678-500.',
        en: 'The property tax assessments for the new year have been sent. Please check the assessment and the first due date; if you pay by direct debit, there is nothing else to do.\n\nThe tax department answers questions about the assessment on 01234 5678-500.',
      },
      publishAt: daysFromNow(calendar, -60),
      expiresAt: daysFromNow(calendar, -30),
    },
  ];
}
