import { readdirSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';

const web = fileURLToPath(new URL('../', import.meta.url));

const kiosk = join(web, '..', 'kiosk');

const pages = join(web, 'src', 'i18n', 'pages');

/**
 * The citizens' catalogues, those of the citizens' pages that load their own (src/i18n/pages/),
 * the staff workspace's (German and English, loaded by staff only) and the lobby kiosk's.
 */
const SETS = [
  { name: 'citizen', dir: join(web, 'src', 'i18n'), langs: ['de', 'en', 'uk', 'tr', 'ar'] },
  // A page's catalogues: every language it has (a language without one reads English).
  ...readdirSync(pages).map((page) => ({
    name: `citizen page ${page}`,
    dir: join(pages, page),
    langs: readdirSync(join(pages, page))
      .filter((file) => file.endsWith('.json'))
      .map((file) => file.replace(/\.json$/, '')),
  })),
  { name: 'staff', dir: join(web, 'src', 'staff', 'i18n'), langs: ['de', 'en'] },
  { name: 'kiosk', dir: join(kiosk, 'src', 'i18n'), langs: ['de', 'en', 'uk', 'tr', 'ar'] },
];

async function catalogue(lang: string, dir = SETS[0]!.dir): Promise<Record<string, string>> {
  return JSON.parse(await readFile(join(dir, `${lang}.json`), 'utf8'));
}

type Element = { type: number; value?: string; options?: Record<string, { value: Element[] }> };

/** The argument names an ICU message uses, including those inside plural branches. */
function argumentsOf(elements: Element[], names = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type !== 0 && element.type !== 7 && element.value) names.add(element.value);
    for (const option of Object.values(element.options ?? {})) argumentsOf(option.value, names);
  }
  return names;
}

/** The plural categories each language's grammar needs (CLDR), and so every plural must have. */
const PLURAL_CATEGORIES: Record<string, string[]> = {
  de: ['one', 'other'],
  en: ['one', 'other'],
  uk: ['few', 'many', 'one', 'other'],
  tr: ['one', 'other'],
  ar: ['few', 'many', 'one', 'other', 'two', 'zero'],
};
const LANGS = Object.keys(PLURAL_CATEGORIES);
/** Each translated catalogue of each set, with the set's directory. */
const TRANSLATIONS = SETS.flatMap((set) =>
  set.langs.filter((lang) => lang !== 'de').map((lang) => [`${set.name} ${lang}`, lang, set.dir]),
);
const ALL = SETS.flatMap((set) => set.langs.map((lang) => [`${set.name} ${lang}`, lang, set.dir]));

/** The plural arguments of a message with the categories each gives, without `=n` cases. */
function pluralsOf(elements: Element[], found: Array<[string, string[]]> = []) {
  for (const element of elements) {
    if (element.type === 6 && element.value) {
      found.push([
        element.value,
        Object.keys(element.options ?? {})
          .filter((option) => !option.startsWith('='))
          .sort(),
      ]);
    }
    for (const option of Object.values(element.options ?? {})) pluralsOf(option.value, found);
  }
  return found;
}

const ast = (message: string, lang: string) =>
  new IntlMessageFormat(message, lang).getAst() as Element[];

describe('message catalogues', () => {
  it('agree with CLDR on the plural categories of each language', () => {
    for (const lang of LANGS) {
      expect([...new Intl.PluralRules(lang).resolvedOptions().pluralCategories].sort()).toEqual(
        PLURAL_CATEGORIES[lang],
      );
    }
  });

  it.each(TRANSLATIONS)('have exactly the German keys in %s', async (_name, lang, dir) => {
    const [de, other] = await Promise.all([catalogue('de', dir), catalogue(lang, dir)]);
    expect(Object.keys(other).sort()).toEqual(Object.keys(de).sort());
  });

  it.each(TRANSLATIONS)(
    'hold valid ICU messages in %s that use the same placeholders as in German',
    async (_name, lang, dir) => {
      const [de, other] = await Promise.all([catalogue('de', dir), catalogue(lang, dir)]);
      const mismatches: string[] = [];
      for (const key of Object.keys(de)) {
        const german = [...argumentsOf(ast(de[key]!, 'de'))].sort().join();
        const translated = [...argumentsOf(ast(other[key]!, lang))].sort().join();
        if (german !== translated)
          mismatches.push(`${key}: de {${german}} ${lang} {${translated}}`);
      }
      expect(mismatches).toEqual([]);
    },
  );

  it.each(ALL)(
    'gives every count in %s a plural with each category the language needs',
    async (_name, lang, dir) => {
      const [de, messages] = await Promise.all([catalogue('de', dir), catalogue(lang, dir)]);
      const problems: string[] = [];
      for (const key of Object.keys(de)) {
        const germanPlurals = pluralsOf(ast(de[key]!, 'de')).map(([name]) => name);
        const plurals = pluralsOf(ast(messages[key]!, lang));
        if (plurals.map(([name]) => name).join() !== germanPlurals.join()) {
          problems.push(`${key}: plurals of {${germanPlurals}} in German, not in ${lang}`);
        }
        for (const [name, categories] of plurals) {
          if (categories.join() !== PLURAL_CATEGORIES[lang]!.join()) {
            problems.push(`${key}: {${name}} has ${categories}, needs ${PLURAL_CATEGORIES[lang]}`);
          }
        }
      }
      expect(problems).toEqual([]);
    },
  );

  it.each(SETS.map((set) => [set.name, set.dir]))(
    'uses plurals for every count and minute in German (%s)',
    async (_name, dir) => {
      const de = await catalogue('de', dir);
      const bare = Object.entries(de)
        .filter(([, message]) =>
          ast(message, 'de').some(
            (element) => element.type === 1 && /^(count|minutes)$/.test(element.value ?? ''),
          ),
        )
        .map(([key]) => key);
      expect(bare).toEqual([]);
    },
  );

  it('leave no text in components: every visible or spoken text comes from a catalogue', async () => {
    const spokenAttributes = new Set(['aria-label', 'title', 'alt', 'placeholder', 'label']);
    const files: string[] = [];
    async function walk(dir: string) {
      for (const entry of await readdir(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory() && entry.name !== 'gql') await walk(path);
        else if (entry.name.endsWith('.tsx')) files.push(path);
      }
    }
    await walk(join(web, 'src'));
    await walk(join(web, '..', 'shared', 'src'));
    await walk(join(kiosk, 'src'));
    expect(files.filter((file) => file.startsWith(kiosk)).length).toBeGreaterThan(10);

    const findings: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(
        file,
        await readFile(file, 'utf8'),
        ts.ScriptTarget.Latest,
        true,
        ts.ScriptKind.TSX,
      );
      const visit = (node: ts.Node) => {
        if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) {
          findings.push(`${relative(web, file)}: text "${node.text.trim()}"`);
        }
        if (
          ts.isJsxAttribute(node) &&
          spokenAttributes.has(node.name.getText(source)) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}/u.test(node.initializer.text)
        ) {
          findings.push(
            `${relative(web, file)}: ${node.name.getText(source)}="${node.initializer.text}"`,
          );
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(findings).toEqual([]);
  });
});
