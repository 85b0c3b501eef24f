import { createHash, randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { FileStore, type StoredFile } from '../../src/applications/file-store.js';

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

/** Stores the bytes as a caller whose row commits at once does. */
function put(bytes: Uint8Array): Promise<StoredFile> {
  return store.putAndRecord(bytes, async (file) => file);
}

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

    const stored = await put(bytes);

    expect(stored.size).toBe(bytes.byteLength);
    expect(stored.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    expect(await store.read(stored.storageKey)).toEqual(bytes);
  });

  it('makes a new random key each time, even for the same bytes', async () => {
    const bytes = Buffer.from('the same document twice');

    const first = await put(bytes);
    const second = await put(bytes);

    expect(first.storageKey).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(second.storageKey).not.toBe(first.storageKey);
    expect(first.storageKey).not.toContain(first.sha256.slice(0, 8));
    expect(first.sha256).toBe(second.sha256);
    expect([...(await filesInStore()).keys()].sort()).toEqual(
      [first, second].map((file) => join(file.storageKey.slice(0, 2), file.storageKey)).sort(),
    );
  });

  it('removes a file, and removing it again is no error', async () => {
    const stored = await put(Buffer.from('withdrawn'));

    await store.remove(stored.storageKey);
    await store.remove(stored.storageKey);

    await expect(store.read(stored.storageKey)).rejects.toMatchObject({ code: 'ENOENT' });
    expect((await filesInStore()).size).toBe(0);
  });

  it('refuses keys that are not its own, and never reaches outside its directory', async () => {
    await put(Buffer.from('inside'));
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
    const seen = { temporary: 0, marked: 0, partial: [] as string[] };
    let done = false;

    const writing = put(bytes).finally(() => {
      done = true;
    });
    while (!done) {
      for (const [path, size] of await filesInStore()) {
        if (path.startsWith('.incoming')) seen.temporary++;
        else if (path.startsWith('.pending')) seen.marked++;
        else if (size !== bytes.byteLength) seen.partial.push(`${path}: ${size} bytes`);
      }
    }
    const stored = await writing;

    // The positive control: the write was watched while it was under way.
    expect(seen.temporary).toBeGreaterThan(0);
    expect(seen.marked).toBeGreaterThan(0);
    expect(seen.partial).toEqual([]);
    expect([...(await filesInStore()).entries()]).toEqual([
      [join(stored.storageKey.slice(0, 2), stored.storageKey), bytes.byteLength],
    ]);
  });

  it('sweeps temporary files left older than the given time, and only those', async () => {
    const stored = await put(Buffer.from('a stored document'));
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
  it('takes the file back when its row is not recorded, and keeps no marker of one that is', async () => {
    const refused = new Error('the row could not be written');
    let offered: StoredFile | undefined;

    await expect(
      store.putAndRecord(Buffer.from('a receipt'), async (file) => {
        offered = file;
        // The positive control: while the row is being written, the file is there and marked.
        expect([...(await filesInStore()).keys()].sort()).toEqual(
          [
            join('.pending', file.storageKey),
            join(file.storageKey.slice(0, 2), file.storageKey),
          ].sort(),
        );
        throw refused;
      }),
    ).rejects.toBe(refused);
    expect(offered).toBeDefined();
    expect((await filesInStore()).size).toBe(0);

    const kept = await put(Buffer.from('a receipt whose row committed'));
    expect([...(await filesInStore()).keys()]).toEqual([
      join(kept.storageKey.slice(0, 2), kept.storageKey),
    ]);
  });

  it('sweeps files whose process died before their row, older than the given time, unless a row names them', async () => {
    const now = new Date('2026-12-04T09:00:00Z');
    const twoDaysAgo = new Date(now.getTime() - 2 * 86_400_000);
    const anHourAgo = new Date(now.getTime() - 3_600_000);
    /** Stores a file whose recording never ends: the process "dies" before its row commits. */
    const interrupted = (text: string, markedAt: Date) =>
      new Promise<StoredFile>((stored) => {
        void store.putAndRecord(Buffer.from(text), (file) => {
          stored(file);
          return new Promise<never>(() => undefined);
        });
      }).then(async (file) => {
        await utimes(join(directory, '.pending', file.storageKey), markedAt, markedAt);
        return file;
      });
    const orphan = await interrupted('a receipt whose submission never committed', twoDaysAgo);
    const committed = await interrupted('a receipt committed, the answer lost', twoDaysAgo);
    const young = await interrupted('a receipt still being submitted', anHourAgo);
    const settled = await put(Buffer.from('a receipt whose row committed'));
    const asked: string[][] = [];
    const named = async (keys: string[]) => {
      asked.push([...keys].sort());
      return new Set(keys.filter((key) => key === committed.storageKey));
    };

    const dayBefore = new Date(now.getTime() - 86_400_000);
    expect(await store.sweepPending(dayBefore, named)).toBe(1);

    expect(asked).toEqual([[orphan.storageKey, committed.storageKey].sort()]);
    await expect(store.read(orphan.storageKey)).rejects.toMatchObject({ code: 'ENOENT' });
    expect([...(await filesInStore()).keys()].sort()).toEqual(
      [
        join('.pending', young.storageKey),
        ...[committed, young, settled].map((file) =>
          join(file.storageKey.slice(0, 2), file.storageKey),
        ),
      ].sort(),
    );
    expect(await store.sweepPending(dayBefore, named)).toBe(0);
    expect(asked).toHaveLength(1);
    expect(await new FileStore(join(root, 'never-written')).sweepPending(now, named)).toBe(0);
  });
});
