import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import {
  changelogNames,
  coordinateOfBreakingChange,
  namesInChangelog,
  removalDateOf,
  schemaChanges,
  unannouncedBreakingChanges,
} from '../support/schema-changes.js';

// The schema is a contract (issue #22): compared with the last release (schema/released.graphql),
// nothing breaks a client without a deprecation whose removal date has come, and the changelog
// names every change since the release.

const read = (file: string) => readFile(file, 'utf8');
const today = new Date().toISOString().slice(0, 10);

/** The changelog's sections above its first `## Release` heading. */
function unreleasedPart(changelog: string): string {
  const start = changelog.indexOf('\n## ');
  const release = changelog.indexOf('\n## Release ');
  if (release < 0) throw new Error('schema/CHANGELOG.md has no "## Release" heading');
  return changelog.slice(start, release);
}

describe('schema/schema.graphql against the last release', () => {
  it('breaks no client: breaking changes only after their announced removal date', async () => {
    const released = buildSchema(await read('schema/released.graphql'));
    const current = buildSchema(await read('schema/schema.graphql'));
    expect(unannouncedBreakingChanges(released, current, today)).toEqual([]);
  });

  it('has every change since the release named in schema/CHANGELOG.md', async () => {
    const released = buildSchema(await read('schema/released.graphql'));
    const current = buildSchema(await read('schema/schema.graphql'));
    const names = namesInChangelog(unreleasedPart(await read('schema/CHANGELOG.md')));
    const unnamed = schemaChanges(released, current).filter(
      (change) => !changelogNames(change, names),
    );
    expect(unnamed).toEqual([]);
  });
});

describe('the rules of the comparison', () => {
  const released = buildSchema(`
    type Query {
      office(id: ID!): Office
      offices: [Office!]!
      oldSearch(text: String): [Office!]! @deprecated(reason: "Use offices. Removal: 2026-01-31")
      laterSearch: [Office!]! @deprecated(reason: "Use offices. Removal: 2999-01-31")
    }
    type Office { id: ID!, name: String!, kind: Kind! }
    enum Kind { TOWN_HALL CITIZENS_OFFICE }
  `);

  it('finds a removed field, argument or enum value, and a changed type', () => {
    const current = buildSchema(`
      type Query {
        office(id: ID!, lang: String!): Office
        offices: [Office!]
        oldSearch(text: String): [Office!]!
        laterSearch: [Office!]!
      }
      type Office { id: ID!, kind: Kind! }
      enum Kind { TOWN_HALL }
    `);
    expect(unannouncedBreakingChanges(released, current, '2026-12-04')).toEqual([
      'A required arg lang on Query.office was added.',
      'Query.offices changed type from [Office!]! to [Office!].',
      'Office.name was removed.',
      'CITIZENS_OFFICE was removed from enum type Kind.',
    ]);
  });

  it('lets a deprecated field go once its removal date has come, not before', () => {
    const current = buildSchema(`
      type Query { office(id: ID!): Office, offices: [Office!]! }
      type Office { id: ID!, name: String!, kind: Kind! }
      enum Kind { TOWN_HALL CITIZENS_OFFICE }
    `);
    expect(unannouncedBreakingChanges(released, current, '2026-12-04')).toEqual([
      'Query.laterSearch was removed.',
    ]);
    expect(unannouncedBreakingChanges(released, current, '2026-01-30')).toEqual([
      'Query.oldSearch was removed.',
      'Query.laterSearch was removed.',
    ]);
  });

  it('reads the coordinate and the removal date', () => {
    expect(coordinateOfBreakingChange('Query.a was removed.')).toBe('Query.a');
    expect(coordinateOfBreakingChange('A.b arg c was removed.')).toBe('A.b(c:)');
    expect(coordinateOfBreakingChange('V was removed from enum type E.')).toBe('E.V');
    expect(coordinateOfBreakingChange('A required arg c on A.b was added.')).toBe('A.b(c:)');
    expect(removalDateOf('Use offices. Removal: 2027-06-30')).toBe('2027-06-30');
    expect(removalDateOf('Use offices.')).toBeNull();
  });

  it('asks the changelog to name each change, and a new type’s members with the type', () => {
    const current = buildSchema(`
      type Query {
        office(id: ID!, lang: String): Office
        offices: [Office!]!
        oldSearch(text: String): [Office!]! @deprecated(reason: "Use offices. Removal: 2026-01-31")
        laterSearch: [Office!]! @deprecated(reason: "Use offices. Removal: 2999-01-31")
        counters: [Counter!]!
      }
      type Office { id: ID!, name: String!, kind: Kind!, phone: String }
      type Counter { id: ID!, label: String! }
      enum Kind { TOWN_HALL CITIZENS_OFFICE KIOSK }
    `);
    const changes = schemaChanges(released, current);
    expect(changes).toEqual([
      { coordinate: 'Query.office(lang:)', change: 'added' },
      { coordinate: 'Query.counters', change: 'added' },
      { coordinate: 'Office.phone', change: 'added' },
      { coordinate: 'Counter', change: 'added' },
      { coordinate: 'Kind.KIOSK', change: 'added' },
    ]);
    const named = namesInChangelog(
      '- New: query `counters: [Counter!]!`; `Office.phone`; argument `office(lang)`.',
    );
    expect(changes.filter((change) => !changelogNames(change, named))).toEqual([
      { coordinate: 'Kind.KIOSK', change: 'added' },
    ]);
  });
});
