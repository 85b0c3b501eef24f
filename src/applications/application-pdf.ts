import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { Language } from '../common/language.js';
import { translate, type MessageKey, type MessageParams } from '../i18n/messages.js';

/** Everything a citizen submitted, for the receipt the town hall hands back at once. */
export type ReceiptInput = {
  /** The application's language; languages without texts of their own get German. */
  language: Language;
  townName: string;
  reference: string;
  serviceName: string;
  officeName: string;
  submittedAt: Date;
  /** The municipality's time zone (Europe/Berlin): times as the town hall's clocks show them. */
  timeZone: string;
  citizenName: string;
  citizenEmail: string;
  /** The answers in the form's order, each with the label the citizen saw. */
  rows: { label: string; value: string }[];
  documents: { label: string; fileName: string; sha256: string }[];
  /** The fee in euro cents; null when it is set only with the decision. */
  feeCents: number | null;
  /** The expected processing time in days. */
  processingDays: number;
};

/** The decision letter on an application. */
export type DecisionInput = {
  language: Language;
  townName: string;
  reference: string;
  serviceName: string;
  officeName: string;
  citizenName: string;
  outcome: 'APPROVED' | 'REJECTED';
  reason: string;
  decidedAt: Date;
  timeZone: string;
};

const LOCALE: Record<Language, string> = {
  [Language.DE]: 'de-DE',
  [Language.EN]: 'en-GB',
  [Language.DE_LS]: 'de-DE',
};

/** Names under which each document registers its fonts: every use then shares one embedded subset. */
const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';
// DejaVu Sans covers Latin, Greek, Cyrillic, Arabic, Hebrew and more: whatever script a citizen
// typed their name or answers in is printed, not replaced by empty boxes. Found through the
// package, so that a hoisted or nested node_modules both work.
const require = createRequire(import.meta.url);

type Toolkit = { PDFDocument: typeof import('pdfkit'); fonts: Record<string, Buffer> };
let toolkit: Promise<Toolkit> | undefined;

/** pdfkit and the fonts, loaded for the first document rather than when the server starts (issue #20). */
function pdfToolkit(): Promise<Toolkit> {
  toolkit ??= (async () => {
    const [{ default: PDFDocument }, regular, bold] = await Promise.all([
      import('pdfkit'),
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf')),
      readFile(require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf')),
    ]);
    return { PDFDocument, fonts: { [REGULAR]: regular, [BOLD]: bold } };
  })();
  return toolkit;
}

const TEXT_SIZE = 10;
/** Checksums and other small print under a row, across the whole table. */
const NOTE_SIZE = 8;
const CELL_PADDING = 4;
/** A row of the answers' table holds at most this many lines; a longer answer continues below. */
const LINES_PER_ROW = 40;
const GREY = '#555555';

type Texts = (key: MessageKey, params?: MessageParams) => string;

/**
 * The receipt of a submitted application as an A4 PDF: letterhead, reference, when it arrived
 * (local time), the applicant, every answer with its label in a table that continues across
 * pages, the documents with their SHA-256 (so both sides can later show which file was sent), the
 * fee and the expected processing time. The same input gives the same bytes.
 */
export async function renderReceipt(input: ReceiptInput): Promise<Buffer> {
  const t: Texts = (key, params) => translate(input.language, key, params);
  const locale = LOCALE[input.language];
  const title = t('pdf.receipt.title');
  return render(input, title, input.submittedAt, (doc) => {
    facts(doc, [
      [t('pdf.reference'), input.reference],
      [t('pdf.service'), input.serviceName],
      [t('pdf.office'), input.officeName],
      [t('pdf.receipt.submittedAt'), dateAndTime(t, locale, input.timeZone, input.submittedAt)],
      [t('pdf.receipt.applicant'), `${input.citizenName}\n${input.citizenEmail}`],
    ]);
    heading(doc, t('pdf.receipt.answers'));
    table(doc, [t('pdf.receipt.question'), t('pdf.receipt.answer')], input.rows, true);
    heading(doc, t('pdf.receipt.documents'));
    if (input.documents.length === 0) {
      paragraph(doc, t('pdf.receipt.noDocuments'));
    } else {
      const documents = input.documents.map((document) => ({
        label: document.label,
        value: document.fileName,
        note: `SHA-256: ${document.sha256}`,
      }));
      table(doc, [t('pdf.receipt.document'), t('pdf.receipt.fileName')], documents, true);
    }
    heading(doc, t('pdf.receipt.next'));
    const fee =
      input.feeCents === null
        ? t('pdf.receipt.feeWithDecision')
        : input.feeCents === 0
          ? t('pdf.receipt.noFee')
          : t('pdf.receipt.fee', {
              fee: new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(
                input.feeCents / 100,
              ),
            });
    paragraph(doc, fee);
    const days = new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: 'day',
      unitDisplay: 'long',
    }).format(input.processingDays);
    paragraph(doc, t('pdf.receipt.processing', { days }));
    paragraph(doc, t('pdf.receipt.questions', { reference: input.reference }));
  });
}

/**
 * The decision letter as an A4 PDF: letterhead, reference, service, office, the date of the
 * decision (local time), the outcome and its reason. The same input gives the same bytes.
 */
export async function renderDecision(input: DecisionInput): Promise<Buffer> {
  const t: Texts = (key, params) => translate(input.language, key, params);
  const locale = LOCALE[input.language];
  const title = t('pdf.decision.title');
  return render(input, title, input.decidedAt, (doc) => {
    facts(doc, [
      [t('pdf.reference'), input.reference],
      [t('pdf.service'), input.serviceName],
      [t('pdf.office'), input.officeName],
      [t('pdf.decision.decidedAt'), dateAndTime(t, locale, input.timeZone, input.decidedAt)],
    ]);
    doc.moveDown();
    paragraph(doc, t('pdf.decision.salutation', { name: input.citizenName }));
    paragraph(doc, t('pdf.decision.intro', { service: input.serviceName }));
    doc
      .font(BOLD)
      .fontSize(12)
      .text(t(`pdf.decision.${input.outcome}`))
      .moveDown(0.5);
    heading(doc, t('pdf.decision.reason'));
    paragraph(doc, input.reason);
    paragraph(doc, t('pdf.decision.closing', { office: input.officeName }));
  });
}

/** A document with the town's letterhead, the title, the body, and a footer on every page. */
async function render(
  input: { language: Language; townName: string; reference: string; serviceName: string },
  title: string,
  createdAt: Date,
  body: (doc: PDFKit.PDFDocument) => void,
): Promise<Buffer> {
  const { PDFDocument, fonts } = await pdfToolkit();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 64, left: 56, right: 56 },
    bufferPages: true,
    displayTitle: true,
    lang: LOCALE[input.language],
    // CreationDate from the input rather than the clock: the same application gives the same file.
    info: {
      Title: `${title} ${input.reference}`,
      Author: input.townName,
      Subject: input.serviceName,
      Creator: 'Rathaus',
      Producer: 'Rathaus',
      CreationDate: createdAt,
    },
  });
  for (const [name, font] of Object.entries(fonts)) doc.registerFont(name, font);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.font(BOLD).fontSize(16).text(input.townName);
  const ruleY = doc.y + 4;
  doc
    .moveTo(doc.page.margins.left, ruleY)
    .lineTo(doc.page.width - doc.page.margins.right, ruleY)
    .lineWidth(0.5)
    .strokeColor(GREY)
    .stroke();
  doc.y = ruleY + 16;
  doc.font(BOLD).fontSize(20).fillColor('black').text(title).moveDown(0.5);
  body(doc);
  footers(doc, input, title);
  doc.end();
  return finished;
}

function footers(
  doc: PDFKit.PDFDocument,
  input: { language: Language; townName: string; reference: string },
  title: string,
): void {
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index++) {
    doc.switchToPage(index);
    const page = translate(input.language, 'pdf.page', { page: index + 1, pages: count });
    // Below the bottom margin, where text would otherwise open a new page.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font(REGULAR)
      .fontSize(8)
      .fillColor(GREY)
      .text(
        `${input.townName} · ${title} ${input.reference} · ${page}`,
        doc.page.margins.left,
        doc.page.height - bottom + 24,
        {
          width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
          lineBreak: false,
        },
      );
    doc.page.margins.bottom = bottom;
  }
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  doc.moveDown(0.5).font(BOLD).fontSize(12).fillColor('black');
  doc.text(text, doc.page.margins.left).moveDown(0.3);
}

function paragraph(doc: PDFKit.PDFDocument, text: string): void {
  doc.font(REGULAR).fontSize(TEXT_SIZE).fillColor('black');
  doc.text(text, doc.page.margins.left).moveDown(0.5);
}

/** Label and value pairs without lines: the head of a letter. */
function facts(doc: PDFKit.PDFDocument, pairs: [string, string][]): void {
  table(
    doc,
    null,
    pairs.map(([label, value]) => ({ label, value })),
    false,
  );
}

/**
 * Labelled values as a two-column table, each optionally with a note in small print across both
 * columns below it. The values are wrapped here rather than by pdfkit: a
 * long answer is split into rows of at most LINES_PER_ROW lines (pdfkit cuts off a row taller than
 * a page), and right-to-left paragraphs get their words in reading order.
 */
function table(
  doc: PDFKit.PDFDocument,
  header: [string, string] | null,
  rows: { label: string; value: string; note?: string }[],
  ruled: boolean,
): void {
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const labelWidth = Math.round(width * 0.35);
  const valueWidth = width - labelWidth;
  doc.font(REGULAR).fontSize(TEXT_SIZE).fillColor('black');
  const cells: Array<Array<string | PDFKit.Mixins.CellOptions>> = [];
  if (header) {
    cells.push(header.map((text) => ({ text, type: 'TH' as const, font: { src: BOLD } })));
  }
  for (const row of rows) {
    const { lines, rightToLeft } = wrap(doc, row.value, valueWidth - 2 * CELL_PADDING - 1);
    for (let first = 0; first < lines.length; first += LINES_PER_ROW) {
      cells.push([
        first === 0 ? { text: row.label, font: { src: ruled ? REGULAR : BOLD } } : '',
        {
          text: lines.slice(first, first + LINES_PER_ROW).join('\n'),
          align: { x: rightToLeft ? 'right' : 'left', y: 'top' },
        },
      ]);
    }
    if (row.note) {
      doc.fontSize(NOTE_SIZE);
      const note = wrap(doc, row.note, width - 2 * CELL_PADDING - 1).lines.join('\n');
      doc.fontSize(TEXT_SIZE);
      cells.push([{ text: note, colSpan: 2, font: { size: NOTE_SIZE } }]);
    }
  }
  doc.table({
    position: { x: doc.page.margins.left },
    columnStyles: [labelWidth, valueWidth],
    defaultStyle: {
      padding: CELL_PADDING,
      border: ruled ? 0.5 : 0,
      borderColor: GREY,
    },
    data: cells,
  });
  doc.moveDown(0.5);
}

const RIGHT_TO_LEFT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}]/u;
const LETTER = /\p{L}/u;

/**
 * The lines of a text at the document's current font, none wider than `width`. pdfkit sets the
 * words of a line left to right and has fontkit shape each word (with the space after it) on its
 * own, mirroring a right-to-left word as a whole. So in a paragraph that starts with a
 * right-to-left letter (Arabic, Hebrew) each line's words are set in reverse, and two spaces part
 * them: the first goes with the mirrored word to its far side, the second stays between the words.
 */
function wrap(
  doc: PDFKit.PDFDocument,
  text: string,
  width: number,
): { lines: string[]; rightToLeft: boolean } {
  const lines: string[] = [];
  let rightToLeft = false;
  text.split(/\r\n|\r|\n/).forEach((paragraph, index) => {
    const firstLetter = LETTER.exec(paragraph)?.[0] ?? '';
    const reversed = RIGHT_TO_LEFT.test(firstLetter);
    if (index === 0) rightToLeft = reversed;
    const set = (words: string[]): string =>
      reversed ? words.toReversed().join('  ') : words.join(' ');
    const words = paragraph
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((word) => pieces(doc, word, width));
    let line: string[] = [];
    for (const word of words) {
      if (line.length > 0 && doc.widthOfString(set([...line, word])) > width) {
        lines.push(set(line));
        line = [];
      }
      line.push(word);
    }
    lines.push(set(line));
  });
  return { lines, rightToLeft };
}

/** A word wider than the line, cut into pieces that fit (an IBAN, a URL, a long hash). */
function pieces(doc: PDFKit.PDFDocument, word: string, width: number): string[] {
  if (doc.widthOfString(word) <= width) return [word];
  const result: string[] = [];
  let piece = '';
  for (const character of word) {
    if (piece && doc.widthOfString(piece + character) > width) {
      result.push(piece);
      piece = '';
    }
    piece += character;
  }
  result.push(piece);
  return result;
}

function dateAndTime(t: Texts, locale: string, timeZone: string, at: Date): string {
  return t('pdf.dateAndTime', {
    date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(at),
    time: new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone }).format(at),
  });
}
