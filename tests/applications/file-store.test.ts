import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FileStore } from '../../src/applications/file-store.js';

// Uploaded documents and generated PDFs live on disk, found by a key from the database. A key
// must not be guessable, must not reach outside the store's directory, and a file must never be
// visible under its key before it is complete.

let root: string;
let directory: string;
let store: FileStore;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'rathaus-files-'));
  directory = join(root, 'store');
  store = new FileStore(directory);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

/** Every file below the store's directory, by its path relative to it, with its size. */
async function filesInStore(): Promise<Map<string, number>> {
  const found = new Map<string, number>();
  let entries: string[];
  try {
    entries = await readdir(directory, { recursive: true });
  } catch {
    return found;
  }
  for (const entry of entries) {
    try {
      const info = await stat(join(directory, entry));
      if (info.isFile()) found.set(entry, info.size);
    } catch {
      // renamed or removed between listing and looking: the next round sees it where it went
    }
  }
  return found;
}

describe('FileStore', () => {
  it('gives back the stored bytes with their SHA-256 and size', async () => {
    const bytes = Buffer.from('Fahrzeugschein – Kennzeichen M-AB 1234');

    const stored = await store.put(bytes);

    expect(stored.size).toBe(bytes.byteLength);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await store.read(stored.storageKey)).toEqual(bytes);
  });

  it('makes a new random key each time, even for the same bytes', async () => {
    const bytes = Buffer.from('the same document twice');

    const first = await store.put(bytes);
    const second = await store.put(bytes);

    expect(first.storageKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.storageKey).not.toBe(first.storageKey);
    expect(first.storageKey).not.toContain(first.sha256.slice(0, 8));
    expect(first.sha256).toBe(second.sha256);
    expect([...(await filesInStore()).keys()].sort()).toEqual(
      [first, second].map((file) => join(file.storageKey.slice(0, 2), file.storageKey)).sort(),
    );
  });

  it('removes a file, and removing it again is no error', async () => {
    const stored = await store.put(Buffer.from('withdrawn'));

    await store.remove(stored.storageKey);
    await store.remove(stored.storageKey);

    await expect(store.read(stored.storageKey)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await filesInStore()).size).toBe(0);
  });

  it('refuses keys that are not its own, and never reaches outside its directory', async () => {
    await store.put(Buffer.from('inside'));
    const outside = join(root, 'secret.txt');
    await writeFile(outside, 'outside the store');
    const escapes = [
      relative(directory, outside),
      outside,
      '../secret.txt',
      `ab/../../secret.txt${'x'.repeat(24)}`,
      '..',
      '.',
      '',
      `${'a'.repeat(42)}/`,
      `${'a'.repeat(42)}.`,
    ];

    for (const key of escapes) {
      await expect(store.read(key)).rejects.toThrow('not a storage key');
      await expect(store.remove(key)).rejects.toThrow('not a storage key');
    }
    expect(await stat(outside)).toMatchObject({ size: 'outside the store'.length });
  });

  it('shows a file under its key only once it is complete', async () => {
    const bytes = randomBytes(48 * 1024 * 1024);
    const seen = { temporary: 0, partial: [] as string[] };
    let done = false;

    const writing = store.put(bytes).finally(() => {
      done = true;
    });
    while (!done) {
      for (const [path, size] of await filesInStore()) {
        if (path.startsWith('.incoming')) seen.temporary++;
        else if (size !== bytes.byteLength) seen.partial.push(`${path}: ${size} bytes`);
      }
    }
    const stored = await writing;

    // The positive control: the write was watched while it was under way.
    expect(seen.temporary).toBeGreaterThan(0);
    expect(seen.partial).toEqual([]);
    expect([...(await filesInStore()).entries()]).toEqual([
      [join(stored.storageKey.slice(0, 2), stored.storageKey), bytes.byteLength],
    ]);
  });

  it('sweeps temporary files left older than the given time, and only those', async () => {
    const stored = await store.put(Buffer.from('a stored document'));
    const incoming = join(directory, '.incoming');
    await mkdir(incoming, { recursive: true });
    const now = new Date('2026-12-04T09:00:00Z');
    const twoDaysAgo = new Date(now.getTime() - 2 * 86_400_000);
    const anHourAgo = new Date(now.getTime() - 3_600_000);
    await writeFile(join(incoming, 'left-by-a-crash'), 'half a document');
    await utimes(join(incoming, 'left-by-a-crash'), twoDaysAgo, twoDaysAgo);
    await writeFile(join(incoming, 'still-being-written'), 'part of a document');
    await utimes(join(incoming, 'still-being-written'), anHourAgo, anHourAgo);

    const dayBefore = new Date(now.getTime() - 86_400_000);
    expect(await store.sweepIncoming(dayBefore)).toBe(1);

    expect([...(await filesInStore()).keys()].sort()).toEqual(
      [
        join('.incoming', 'still-being-written'),
        join(stored.storageKey.slice(0, 2), stored.storageKey),
      ].sort(),
    );
    expect(await store.sweepIncoming(dayBefore)).toBe(0);
    expect(await new FileStore(join(root, 'never-written')).sweepIncoming(now)).toBe(0);
  });
});
