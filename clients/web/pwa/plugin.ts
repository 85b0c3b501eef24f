import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin, Rollup } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

/** The texts the installed app and its offline page need, from the client's own catalogues. */
type PwaTexts = {
  'pwa.description': string;
  'pwa.offline.title': string;
  'pwa.offline.body': string;
  'pwa.offline.retry': string;
};

/** The client's languages, as its catalogues (src/i18n/<lang>.json): German, English, the rest. */
function languages(): string[] {
  const found = readdirSync(here('../src/i18n/'))
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length));
  const first = ['de', 'en'];
  return [...first, ...found.filter((lang) => !first.includes(lang)).sort()];
}

function catalogue(lang: string): PwaTexts {
  return JSON.parse(readFileSync(here(`../src/i18n/${lang}.json`), 'utf8')) as PwaTexts;
}

/** Right to left for Arabic and other such scripts, as the runtime's locale data says. */
function directionOf(lang: string): string {
  const locale = new Intl.Locale(lang) as Intl.Locale & {
    getTextInfo?: () => { direction: string };
  };
  return locale.getTextInfo?.().direction ?? 'ltr';
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}

function offlinePage(townName: string): string {
  const sections = languages().map((lang) => {
    const texts = catalogue(lang);
    return `    <section lang="${lang}" dir="${directionOf(lang)}">
      <h1>${escapeHtml(texts['pwa.offline.title'])}</h1>
      <p>${escapeHtml(texts['pwa.offline.body'])}</p>
      <p><a href="/">${escapeHtml(texts['pwa.offline.retry'])}</a></p>
    </section>`;
  });
  return `<!doctype html>
<html lang="de" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(`${catalogue('de')['pwa.offline.title']} – ${townName}`)}</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="/offline.css" />
    <script type="module" src="/offline.js"></script>
  </head>
  <body>
    <header>${escapeHtml(townName)}</header>
    <main>
${sections.join('\n')}
    </main>
  </body>
</html>
`;
}

function webManifest(townName: string): string {
  const german = catalogue('de');
  return `${JSON.stringify(
    {
      name: `Rathaus ${townName}`,
      short_name: 'Rathaus',
      description: german['pwa.description'].replace('{town}', townName),
      lang: 'de',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      background_color: '#ffffff',
      theme_color: '#0b2a63',
      icons: [
        { src: '/favicon.svg', sizes: 'any', type: 'image/svg+xml' },
        { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        {
          src: '/icons/icon-maskable-512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    null,
    2,
  )}\n`;
}

/**
 * The app shell the service worker keeps from the start: the entry chunk with what it imports,
 * the styles and fonts, and the files of the offline page. Other chunks (pages, catalogues) are
 * kept as they are first used.
 */
function shellOf(bundle: Rollup.OutputBundle): string[] {
  const files = new Set<string>();
  const add = (fileName: string) => {
    if (files.has(fileName)) return;
    files.add(fileName);
    const output = bundle[fileName];
    if (output?.type === 'chunk') output.imports.forEach(add);
  };
  for (const output of Object.values(bundle)) {
    if (output.type === 'chunk' && output.isEntry) add(output.fileName);
    if (output.type === 'asset' && /\.(css|woff2)$/.test(output.fileName)) add(output.fileName);
  }
  return [
    '/offline.html',
    '/offline.css',
    '/offline.js',
    '/manifest.webmanifest',
    '/favicon.svg',
    ...[...files].sort().map((file) => `/${file}`),
  ];
}

/**
 * Makes the web client installable: the web manifest, the offline page (in every language of
 * the client) and the service worker with the build's app shell (pwa/service-worker.js).
 */
export function progressiveWebApp(townName: string): Plugin {
  return {
    name: 'rathaus-pwa',
    apply: 'build',
    generateBundle(_options, bundle) {
      const emit = (fileName: string, source: string) =>
        this.emitFile({ type: 'asset', fileName, source });
      emit('manifest.webmanifest', webManifest(townName));
      emit('offline.html', offlinePage(townName));
      emit('offline.css', readFileSync(here('./offline.css'), 'utf8'));
      emit('offline.js', readFileSync(here('./offline.js'), 'utf8'));
      const shell = shellOf(bundle);
      const version = createHash('sha256')
        .update(JSON.stringify(shell))
        .update(readFileSync(here('./service-worker.js')))
        .update(webManifest(townName) + offlinePage(townName))
        .digest('hex')
        .slice(0, 16);
      emit(
        'sw.js',
        `const VERSION = ${JSON.stringify(version)};\nconst SHELL = ${JSON.stringify(shell)};\n\n` +
          readFileSync(here('./service-worker.js'), 'utf8'),
      );
    },
  };
}
