// Marks a release of the public schema: schema/released.graphql becomes the committed schema, and
// the changelog gets a "## Release <date>" heading above the changes it contains. From then on,
// tests/schema/schema-contract.test.ts compares the schema with this release.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';

const changelogFile = 'schema/CHANGELOG.md';
const today = new Date().toISOString().slice(0, 10);
const changelog = readFileSync(changelogFile, 'utf8');
const firstSection = changelog.indexOf('\n## ');
if (firstSection < 0) throw new Error(`${changelogFile} has no section to release`);
if (changelog.slice(firstSection + 1).startsWith('## Release ')) {
  process.stdout.write('Nothing to release: no change since the last release.\n');
  process.exit(0);
}
writeFileSync(
  changelogFile,
  `${changelog.slice(0, firstSection)}\n## Release ${today}\n${changelog.slice(firstSection)}`,
);
copyFileSync('schema/schema.graphql', 'schema/released.graphql');
process.stdout.write(`Released the schema of ${today}: schema/released.graphql\n`);
