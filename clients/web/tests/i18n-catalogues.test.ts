import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IntlMessageFormat } from 'intl-messageformat';
import ts from 'typescript';

const web = fileURLToPath(new URL('../', import.meta.url));

async function catalogue(lang: string): Promise<Record<string, string>> {
  return JSON.parse(await readFile(join(web, 'src', 'i18n', `${lang}.json`), 'utf8'));
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

describe('message catalogues', () => {
  it('have the same keys in German and English', async () => {
    const [de, en] = await Promise.all([catalogue('de'), catalogue('en')]);
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('hold valid ICU messages that use the same placeholders in both languages', async () => {
    const [de, en] = await Promise.all([catalogue('de'), catalogue('en')]);
    const mismatches: string[] = [];
    for (const key of Object.keys(de)) {
      const german = argumentsOf(new IntlMessageFormat(de[key]!, 'de').getAst() as Element[]);
      const english = argumentsOf(new IntlMessageFormat(en[key]!, 'en').getAst() as Element[]);
      if ([...german].sort().join() !== [...english].sort().join()) {
        mismatches.push(`${key}: de {${[...german]}} en {${[...english]}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

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
    expect(files.length).toBeGreaterThan(10);

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
