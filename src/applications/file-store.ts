import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** 256 random bits in base64url: as hard to guess as the signing key of a link. */
const KEY_BYTES = 32;
const STORAGE_KEY = /^[A-Za-z0-9_-]{43}$/;
/** Temporary files live beside the stored ones, so that renaming never crosses a file system. */
const INCOMING = '.incoming';
/** How many marked keys `sweepPending` asks about at once. */
const SWEEP_BATCH = 500;
/** One empty file per stored file that no committed row may name yet (see `putAndRecord`). */
const PENDING = '.pending';

export type StoredFile = { storageKey: string; sha256: string; size: number };

/**
 * The uploaded documents and generated PDFs of applications, as files under one directory (the
 * database keeps their keys and hashes). A file appears under its key complete or not at all: it is
 * written to a temporary file, flushed to the disk and then renamed, so a crash or a full disk
 * never leaves half a document that a later download would serve. A file is stored before the row
 * that names it commits; a process that dies in between leaves a marker that `sweepPending` reads,
 * so such a file (a receipt with a citizen's answers, an uploaded document) does not stay for ever.
 */
export class FileStore {
  constructor(private readonly directory: string) {}

  /**
   * Stores the bytes under a new random key and runs `record` with it, which commits the row that
   * names the file. When `record` fails, the file goes again; when the process dies before either,
   * the file's marker stays and the daily `sweepPending` deletes it unless a row names it.
   */
  async putAndRecord<T>(bytes: Uint8Array, record: (file: StoredFile) => Promise<T>): Promise<T> {
    const stored = await this.put(bytes);
    let recorded: T;
    try {
      recorded = await record(stored);
    } catch (error) {
      // The caller hears why the row failed; a file that cannot go now keeps its marker, and the
      // daily sweep deletes it.
      await this.remove(stored.storageKey).catch(() => undefined);
      throw error;
    }
    // The row is committed: the marker has done its work. One left behind (an error here, or a
    // crash just before) only costs `sweepPending` a look at the row.
    await rm(this.markerOf(stored.storageKey), { force: true }).catch(() => undefined);
    return recorded;
  }

  /** Stores the bytes under a new random key, with its marker, and says how to find them again. */
  private async put(bytes: Uint8Array): Promise<StoredFile> {
    const storageKey = randomBytes(KEY_BYTES).toString('base64url');
    const incoming = join(this.directory, INCOMING);
    const target = this.pathOf(storageKey);
    await mkdir(incoming, { recursive: true });
    await mkdir(dirname(target), { recursive: true });
    // The marker is on the disk before the file can be: a file without a row always has one.
    await mkdir(join(this.directory, PENDING), { recursive: true });
    await (await open(this.markerOf(storageKey), 'wx', 0o600)).close();
    await syncDirectory(join(this.directory, PENDING));
    const temporary = join(incoming, storageKey);
    try {
      const file = await open(temporary, 'wx', 0o600);
      try {
        await file.writeFile(bytes);
        await file.sync();
      } finally {
        await file.close();
      }
      await rename(temporary, target);
    } catch (error) {
      await rm(temporary, { force: true });
      await rm(this.markerOf(storageKey), { force: true });
      throw error;
    }
    await syncDirectory(dirname(target));
    return {
      storageKey,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      size: bytes.byteLength,
    };
  }

  /** The bytes stored under the key; rejects (ENOENT) when there are none. */
  async read(storageKey: string): Promise<Buffer> {
    return readFile(this.pathOf(storageKey));
  }

  /** Deletes the file under the key (and its marker); a key whose file is already gone is no error. */
  async remove(storageKey: string): Promise<void> {
    try {
      await unlink(this.pathOf(storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rm(this.markerOf(storageKey), { force: true });
  }

  /**
   * Settles the files whose markers were written before `olderThan`: those of a process that died
   * between storing a file and committing (or hearing back about) its row. `named` answers which of
   * the keys a row names: those files stay and lose their marker; the others are deleted. Younger
   * markers may belong to a request still under way. Only marked files are ever deleted: a file no
   * row names for another reason (a database restored to an older state) is left for a person to
   * judge. Answers how many files it deleted.
   */
  async sweepPending(
    olderThan: Date,
    named: (storageKeys: string[]) => Promise<Set<string>>,
  ): Promise<number> {
    const keys = (await this.olderThan(PENDING, olderThan)).filter((name) =>
      STORAGE_KEY.test(name),
    );
    let deleted = 0;
    for (let start = 0; start < keys.length; start += SWEEP_BATCH) {
      const batch = keys.slice(start, start + SWEEP_BATCH);
      const kept = await named(batch);
      for (const key of batch) {
        if (kept.has(key)) {
          await rm(this.markerOf(key), { force: true });
        } else {
          await this.remove(key);
          deleted += 1;
        }
      }
    }
    return deleted;
  }

  /**
   * Deletes the temporary files last written before `olderThan`: those of a process that died
   * between writing and renaming. Nothing else ever removes them, and a younger one may still be
   * being written. Answers how many it deleted.
   */
  async sweepIncoming(olderThan: Date): Promise<number> {
    let deleted = 0;
    for (const name of await this.olderThan(INCOMING, olderThan)) {
      try {
        await unlink(join(this.directory, INCOMING, name));
        deleted += 1;
      } catch (error) {
        // renamed into place or swept by another instance since it was listed
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return deleted;
  }

  /** The names of the files in one of the store's own subdirectories last written before a time. */
  private async olderThan(subdirectory: string, time: Date): Promise<string[]> {
    const path = join(this.directory, subdirectory);
    let names: string[];
    try {
      names = await readdir(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const old: string[] = [];
    for (const name of names) {
      try {
        if ((await stat(join(path, name))).mtime < time) old.push(name);
      } catch (error) {
        // gone since it was listed: renamed into place, settled or swept by another instance
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return old;
  }

  /** Where the marker of a stored file that no committed row may name yet lives. */
  private markerOf(storageKey: string): string {
    if (!STORAGE_KEY.test(storageKey)) throw new Error('not a storage key of the file store');
    return join(this.directory, PENDING, storageKey);
  }

  /**
   * Where a key's file lives: in a subdirectory named by its first two characters, so that no
   * directory grows to millions of entries. Anything but a key made by `put` (a path, `..`, an
   * empty string) is refused before it reaches the file system.
   */
  private pathOf(storageKey: string): string {
    if (!STORAGE_KEY.test(storageKey)) throw new Error('not a storage key of the file store');
    return join(this.directory, storageKey.slice(0, 2), storageKey);
  }
}

/** Makes a rename in the directory durable: without it, a power cut can forget the new name. */
async function syncDirectory(path: string): Promise<void> {
  const directory = await open(path, 'r');
  try {
    await directory.sync();
  } finally {
    await directory.close();
  }
}
