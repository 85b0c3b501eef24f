import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import {
  renderDecision,
  renderReceipt,
  type DecisionInput,
  type ReceiptInput,
} from '../../src/applications/application-pdf.js';
import { Language } from '../../src/common/language.js';

// The receipt is the citizen's proof of what they submitted and when; the decision letter is the
// town's answer. Both are read back here as a PDF reader would, so what is tested is the text a
// citizen sees, in their language and in every script they typed.

type Item = { str: string; x: number; y: number; page: number };
type ReadPdf = { pages: number; text: string; title: string; items: Item[] };

/** The text of every page, piece by piece, and the document's title, as pdf.js reads them. */
async function read(bytes: Buffer): Promise<ReadPdf> {
  const task = getDocument({ data: new Uint8Array(bytes), verbosity: 0 });
  try {
    const pdf = await task.promise;
    const items: Item[] = [];
    for (let page = 1; page <= pdf.numPages; page++) {
      const content = await (await pdf.getPage(page)).getTextContent();
      for (const item of content.items) {
        if (!('str' in item) || !item.str.trim()) continue;
        items.push({ str: item.str, x: item.transform[4], y: item.transform[5], page });
      }
    }
    const { info } = (await pdf.getMetadata()) as { info: { Title?: string } };
    const text = items.map((item) => item.str).join('\n');
    return { pages: pdf.numPages, text, title: info.Title ?? '', items };
  } finally {
    await task.destroy();
  }
}

/**
 * The lines of right-to-left text as a reader reads them: top to bottom, and on each line the
 * pieces from right to left.
 */
function rightToLeftLines(items: Item[]): string[] {
  const lines = new Map<string, Item[]>();
  for (const item of items.filter(({ str }) => /\p{Script=Arabic}/u.test(str))) {
    const key = `${item.page}:${Math.round(item.y)}`;
    lines.set(key, [...(lines.get(key) ?? []), item]);
  }
  return [...lines.values()]
    .sort((a, b) => a[0]!.page - b[0]!.page || b[0]!.y - a[0]!.y)
    .map((line) =>
      line
        .sort((a, b) => b.x - a.x)
        .map(({ str }) => str)
        .join(' '),
    );
}

const RECEIPT: ReceiptInput = {
  language: Language.DE,
  townName: 'Musterstadt',
  reference: 'A-2026-000042',
  serviceName: 'Bewohnerparkausweis',
  officeName: 'Bürgerbüro Mitte',
  // 23:30 in UTC is half past midnight of the next day in Berlin.
  submittedAt: new Date('2026-12-04T23:30:00Z'),
  timeZone: 'Europe/Berlin',
  citizenName: 'Jürgen Groß',
  citizenEmail: 'juergen.gross@example.org',
  rows: [
    { label: 'Kennzeichen', value: 'M-ÄÖ 1234' },
    { label: 'Straße und Hausnummer', value: 'Große Übergasse 5' },
    { label: 'Halterin des Fahrzeugs', value: 'Ольга Иванова' },
    { label: 'Name des Hundes', value: 'محمد علي' },
  ],
  documents: [
    {
      label: 'Zulassungsbescheinigung Teil I',
      fileName: 'fahrzeugschein.pdf',
      sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    },
  ],
  feeCents: 3050,
  processingDays: 14,
};

const DECISION: DecisionInput = {
  language: Language.DE,
  townName: 'Musterstadt',
  reference: 'A-2026-000042',
  serviceName: 'Bewohnerparkausweis',
  officeName: 'Bürgerbüro Mitte',
  citizenName: 'Jürgen Groß',
  outcome: 'APPROVED',
  reason: 'Sie wohnen im Bewohnerparkgebiet M und haben dort Ihren Hauptwohnsitz.',
  decidedAt: new Date('2026-12-10T08:15:00Z'),
  timeZone: 'Europe/Berlin',
};

describe('renderReceipt', () => {
  it('prints the reference, the arrival in local time and every labelled answer as typed', async () => {
    const pdf = await read(await renderReceipt(RECEIPT));

    expect(pdf.title).toContain('A-2026-000042');
    expect(pdf.text).toContain('Musterstadt');
    expect(pdf.text).toContain('Eingangsbestätigung');
    expect(pdf.text).toContain('Aktenzeichen');
    expect(pdf.text).toContain('A-2026-000042');
    expect(pdf.text).toContain('Bewohnerparkausweis');
    expect(pdf.text).toContain('Bürgerbüro Mitte');
    expect(pdf.text).toContain('5. Dezember 2026 um 00:30 Uhr');
    expect(pdf.text).toContain('Jürgen Groß');
    expect(pdf.text).toContain('juergen.gross@example.org');
    for (const { label, value } of RECEIPT.rows) {
      expect(pdf.text).toContain(label);
      expect(pdf.text).toContain(value);
    }
  });

  it('lists the documents with their SHA-256, the fee in euro and the processing time', async () => {
    const pdf = await read(await renderReceipt(RECEIPT));

    expect(pdf.text).toContain('Zulassungsbescheinigung Teil I');
    expect(pdf.text).toContain('fahrzeugschein.pdf');
    expect(pdf.text).toContain(
      'SHA-256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    );
    // Intl writes a no-break space before the euro sign; pdf.js reads it as a plain space.
    expect(pdf.text).toContain('Die Gebühr beträgt 30,50 €.');
    expect(pdf.text).toContain('Die Bearbeitung dauert voraussichtlich 14 Tage.');
  });

  it('writes in English for an English application, with the fee as the English write it', async () => {
    const pdf = await read(await renderReceipt({ ...RECEIPT, language: Language.EN }));

    expect(pdf.title).toBe('Receipt of your application A-2026-000042');
    expect(pdf.text).toContain('Reference');
    expect(pdf.text).toContain('5 December 2026 at 00:30');
    expect(pdf.text).toContain('The fee is €30.50.');
    expect(pdf.text).toContain('Processing is expected to take 14 days.');
    expect(pdf.text).not.toContain('Eingangsbestätigung');
    expect(pdf.text).toContain('Große Übergasse 5');
  });

  it('falls back to German for a language without texts of its own', async () => {
    const pdf = await read(await renderReceipt({ ...RECEIPT, language: Language.DE_LS }));

    expect(pdf.title).toBe('Eingangsbestätigung A-2026-000042');
  });

  it('says when there is no fee, when the fee comes with the decision, and when no file was sent', async () => {
    const free = await read(await renderReceipt({ ...RECEIPT, feeCents: 0, documents: [] }));
    const later = await read(
      await renderReceipt({ ...RECEIPT, feeCents: null, processingDays: 1 }),
    );

    expect(free.text).toContain('Für diesen Antrag wird keine Gebühr erhoben.');
    expect(free.text).toContain('Sie haben keine Unterlagen hochgeladen.');
    expect(later.text).toContain('Die Gebühr teilen wir Ihnen mit dem Bescheid mit.');
    expect(later.text).toContain('Die Bearbeitung dauert voraussichtlich 1 Tag.');
  });

  it('sets a right-to-left answer over several lines in reading order', async () => {
    const words = ['محمد', 'علي', 'بيت', 'كتاب', 'مدينة', 'شمس'];
    const value = Array.from({ length: 60 }, (_, index) => words[index % words.length]).join(' ');

    const pdf = await read(
      await renderReceipt({ ...RECEIPT, rows: [{ label: 'Anmerkung', value }] }),
    );

    const lines = rightToLeftLines(pdf.items);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(value);
  });

  it('continues the answers on further pages, numbered, and loses none', async () => {
    const rows = Array.from({ length: 150 }, (_, index) => ({
      label: `Frage ${index + 1}`,
      value: `Antwort ${index + 1}`,
    }));

    const short = await read(await renderReceipt({ ...RECEIPT, rows: rows.slice(0, 3) }));
    const long = await read(await renderReceipt({ ...RECEIPT, rows }));

    expect(short.pages).toBe(1);
    expect(long.pages).toBeGreaterThan(3);
    expect(long.text).toContain(`Seite ${long.pages} von ${long.pages}`);
    const lines = long.text.split('\n');
    for (const { label, value } of rows) {
      expect(lines).toContain(label);
      expect(lines).toContain(value);
    }
  });

  it('prints an answer longer than a page to its last word', async () => {
    const words = Array.from({ length: 3000 }, (_, index) => `Wort${index}`);
    words.push('Schlusswort');

    const pdf = await read(
      await renderReceipt({ ...RECEIPT, rows: [{ label: 'Begründung', value: words.join(' ') }] }),
    );

    expect(pdf.pages).toBeGreaterThan(2);
    const printed = pdf.text.split(/\s+/);
    expect(printed).toContain('Wort0');
    expect(printed).toContain('Wort1500');
    expect(printed).toContain('Schlusswort');
  });

  it('gives the same bytes for the same submission, and other bytes for another', async () => {
    const first = await renderReceipt(RECEIPT);
    const again = await renderReceipt(RECEIPT);
    const later = await renderReceipt({
      ...RECEIPT,
      submittedAt: new Date('2026-12-05T08:00:00Z'),
    });

    expect(again.equals(first)).toBe(true);
    expect(later.equals(first)).toBe(false);
  });
});

describe('renderDecision', () => {
  it('prints the outcome, the reason and the date of an approval in German', async () => {
    const pdf = await read(await renderDecision(DECISION));

    expect(pdf.title).toBe('Bescheid A-2026-000042');
    expect(pdf.text).toContain('Musterstadt');
    expect(pdf.text).toContain('Guten Tag Jürgen Groß,');
    expect(pdf.text).toContain('Ihr Antrag wird genehmigt.');
    expect(pdf.text).toContain('Begründung');
    expect(pdf.text).toContain('Sie wohnen im Bewohnerparkgebiet M');
    expect(pdf.text).toContain('10. Dezember 2026 um 09:15 Uhr');
    expect(pdf.text).toContain('Bürgerbüro Mitte');
  });

  it('prints a rejection in English', async () => {
    const pdf = await read(
      await renderDecision({
        ...DECISION,
        language: Language.EN,
        outcome: 'REJECTED',
        reason: 'Your address is outside the residential parking zone.',
      }),
    );

    expect(pdf.title).toBe('Decision A-2026-000042');
    expect(pdf.text).toContain('Your application is rejected.');
    expect(pdf.text).toContain('Reasons');
    expect(pdf.text).toContain('Your address is outside the residential parking zone.');
    expect(pdf.text).toContain('10 December 2026 at 09:15');
    expect(pdf.text).not.toContain('approved');
  });

  it('gives the same bytes for the same decision', async () => {
    const first = await renderDecision(DECISION);

    expect((await renderDecision(DECISION)).equals(first)).toBe(true);
  });
});
