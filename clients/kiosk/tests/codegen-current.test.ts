import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.config.js';

const kiosk = fileURLToPath(new URL('../', import.meta.url));
const generatedDir = join(kiosk, 'src', 'gql');

it('has the typed documents in src/gql/ that codegen makes from the schema and src/ today', async () => {
  // Given what GraphQL Code Generator would write now (in memory, nothing is written)
  const outputs: Array<{ filename: string; content: string }> = await generate(
    { ...config, silent: true },
    false,
  );
  const expected = new Map(
    outputs.map((output) => [relative(kiosk, output.filename), output.content]),
  );

  // Then the committed files are exactly those, with the same content
  const committed = (await readdir(generatedDir)).map((file) =>
    relative(kiosk, join(generatedDir, file)),
  );
  expect(committed.sort()).toEqual([...expected.keys()].sort());
  for (const [file, content] of expected) {
    const actual = await readFile(join(kiosk, file), 'utf8');
    if (actual !== content) {
      throw new Error(
        `${file} is out of date: run \`npm run codegen -w clients/kiosk\` and commit the result.`,
      );
    }
  }
}, 60_000);
