/**
 * A town hall's digest for the terminal: its offices with opening hours, the announcements
 * visible now and the number of services online, read from Rathaus's public API with an API key.
 *
 *   RATHAUS_URL=https://rathaus.example RATHAUS_API_KEY=rh_… node src/town-digest.ts --lang EN
 */
import { TownDigestDocument, type Language, type TownDigestQuery } from './generated.ts';

/** A GraphQL answer: data, or errors with a stable code in `extensions.code`. */
type Answer<TData> = {
  data?: TData | null;
  errors?: Array<{ message: string; extensions?: { code?: string } }>;
};

/** Asks the API one typed document; fails with the API's own message and code. */
async function ask<TData, TVariables>(
  endpoint: string,
  apiKey: string,
  document: { toString(): string; __apiType?: (variables: TVariables) => TData },
  variables: TVariables,
): Promise<TData> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const answer = (await response.json()) as Answer<TData>;
  const error = answer.errors?.[0];
  if (error) throw new Error(`${error.message} (${error.extensions?.code ?? response.status})`);
  if (!answer.data) throw new Error(`No data (HTTP ${response.status})`);
  return answer.data;
}

const WEEKDAYS: Record<Language, string[]> = {
  DE: ['Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa', 'So'],
  DE_LS: ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag', 'Sonntag'],
  EN: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
};

const HEADINGS: Record<
  Language,
  { offices: string; notices: string; none: string; services: string }
> = {
  DE: {
    offices: 'Ämter',
    notices: 'Aktuelle Meldungen',
    none: 'keine',
    services: 'Dienstleistungen online',
  },
  DE_LS: {
    offices: 'Ämter',
    notices: 'Neue Nachrichten',
    none: 'keine',
    services: 'Dienste im Internet',
  },
  EN: { offices: 'Offices', notices: 'Current notices', none: 'none', services: 'Services online' },
};

/** The digest as lines of text. */
function digest(data: TownDigestQuery, lang: Language): string[] {
  const heading = HEADINGS[lang];
  const lines = [`${heading.offices} (${data.offices.length})`];
  for (const office of data.offices) {
    const { street, postalCode, city } = office.address;
    lines.push(`  ${office.name}, ${street}, ${postalCode} ${city}`);
    for (const hours of office.openingHours) {
      lines.push(`    ${WEEKDAYS[lang][hours.weekday - 1]} ${hours.opens}–${hours.closes}`);
    }
  }
  const notices = data.announcements.edges.map((edge) => edge.node);
  lines.push(`${heading.notices} (${data.announcements.totalCount})`);
  if (notices.length === 0) lines.push(`  ${heading.none}`);
  for (const notice of notices) {
    lines.push(`  ${notice.emergency ? '!! ' : ''}${notice.title} <${notice.url}>`);
  }
  lines.push(`${heading.services}: ${data.services.totalCount}`);
  return lines;
}

function option(name: string): string | undefined {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? undefined : process.argv[at + 1];
}

async function main(): Promise<void> {
  const base = process.env.RATHAUS_URL;
  const apiKey = process.env.RATHAUS_API_KEY;
  if (!base || !apiKey) {
    throw new Error('Set RATHAUS_URL (e.g. http://localhost:4000) and RATHAUS_API_KEY.');
  }
  const lang = (option('lang') ?? 'DE').toUpperCase() as Language;
  if (!(lang in WEEKDAYS)) throw new Error(`--lang: one of ${Object.keys(WEEKDAYS).join(', ')}`);
  const data = await ask(new URL('/graphql', base).href, apiKey, TownDigestDocument, {
    lang,
    announcements: 10,
  });
  console.log(digest(data, lang).join('\n'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
