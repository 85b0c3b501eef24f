import { readFile } from 'node:fs/promises';

// Issue #20: package.json named the AGPL, but the repository had no LICENSE file with its terms.

const root = new URL('../../', import.meta.url);

it('has the licence that package.json names, in full', async () => {
  const manifest = JSON.parse(await readFile(new URL('package.json', root), 'utf8')) as {
    license: string;
  };
  expect(manifest.license).toBe('AGPL-3.0-or-later');
  const text = await readFile(new URL('LICENSE', root), 'utf8');
  expect(text.startsWith('GNU AFFERO GENERAL PUBLIC LICENSE\nVersion 3, 19 November 2007')).toBe(
    true,
  );
  // The terms to their end, not a stub: the last section and the notice for applying them.
  expect(text).toContain('17. Interpretation of Sections 15 and 16.');
  expect(text).toContain('how to apply and follow the GNU AGPL');
});
