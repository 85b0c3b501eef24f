import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate } from '@graphql-codegen/cli';
import config from '../codegen.config.js';

const web = fileURLToPath(new URL('../', import.meta.url));
/** Where codegen writes: the citizens' documents, the staff workspace's and the applications'. */
const generatedDirs = [
  join(web, 'src', 'gql'),
  join(web, 'src', 'staff', 'gql'),
  join(web, 'src', 'pages', 'applications', 'gql'),
];

it('has the typed documents in src/gql/, src/staff/gql/ and src/pages/applications/gql/ that codegen makes from the schema and src/ today', async () => {
  // Given what GraphQL Code Generator would write now (in memory, nothing is written)
  const outputs: Array<{ filename: string; content: string }> = await generate(
    { ...config, silent: true },
    false,
  );
  const expected = new Map(
    outputs.map((output) => [relative(web, output.filename), output.content]),
  );

  // Then the committed files are exactly those, with the same content
  const committed: string[] = [];
  for (const dir of generatedDirs) {
    for (const file of await readdir(dir)) committed.push(relative(web, join(dir, file)));
  }
  expect(committed.sort()).toEqual([...expected.keys()].sort());
  for (const [file, content] of expected) {
    const actual = await readFile(join(web, file), 'utf8');
    if (actual !== content) {
      throw new Error(
        `${file} is out of date: run \`npm run codegen -w clients/web\` and commit the result.`,
      );
    }
  }
}, 60_000);
