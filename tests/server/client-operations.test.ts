import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CLIENT_OPERATIONS } from '../../src/server/client-operations.js';

// The metrics label GraphQL operations by the names of our own clients' documents only
// (src/server/client-operations.ts); a client document added or renamed without the list would
// be counted as "other".

const GENERATED = [
  'clients/web/src/gql/graphql.ts',
  'clients/web/src/staff/gql/graphql.ts',
  'clients/web/src/pages/applications/gql/graphql.ts',
  'clients/kiosk/src/gql/graphql.ts',
];
const OPERATION =
  /"kind":"OperationDefinition","operation":"[a-z]+","name":\{"kind":"Name","value":"(\w+)"/g;

it("lists exactly the operations of the clients' generated documents", () => {
  const names = new Set<string>();
  for (const file of GENERATED) {
    const text = readFileSync(fileURLToPath(new URL(`../../${file}`, import.meta.url)), 'utf8');
    const found = [...text.matchAll(OPERATION)].map((match) => match[1]!);
    // A change in the generated format must not make this test pass on an empty list.
    expect(found.length).toBeGreaterThan(5);
    for (const name of found) names.add(name);
  }
  const expected = [...names].sort();
  const listed = [...CLIENT_OPERATIONS].sort();
  if (JSON.stringify(listed) !== JSON.stringify(expected)) {
    throw new Error(
      `src/server/client-operations.ts is out of date; its list should be:\n${expected
        .map((name) => `  '${name}',`)
        .join('\n')}`,
    );
  }
});
