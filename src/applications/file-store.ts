import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, rm, stat, unlink } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/** 256 random bits in base64url: as hard to guess as the signing key of a link. */
const KEY_BYTES = 32;
const STORAGE_KEY = /^[A-Za-z0-9_-]{43}$/;
/** Temporary files live beside the stored ones, so that renaming never crosses a file system. */
const INCOMING = '.incoming';

export type StoredFile = { storageKey: string; sha256: string; size: number };

/**
 * The uploaded documents and generated PDFs of applications, as files under one directory (the
 * database keeps their keys and hashes). A file appears under its key complete or not at all: it is
 * written to a temporary file, flushed to the disk and then renamed, so a crash or a full disk
 * never leaves half a document that a later download would serve.
 */
export class FileStore {
  constructor(private readonly directory: string) {}

  /** Stores the bytes under a new random key and says how to find and verify them again. */
  async put(bytes: Uint8Array): Promise<StoredFile> {
    const storageKey = randomBytes(KEY_BYTES).toString('base64url');
    const incoming = join(this.directory, INCOMING);
    const target = this.pathOf(storageKey);
    await mkdir(incoming, { recursive: true });
    await mkdir(dirname(target), { recursive: true });
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

  /** Deletes the file under the key; a key whose file is already gone is no error. */
  async remove(storageKey: string): Promise<void> {
    try {
      await unlink(this.pathOf(storageKey));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }

  /**
   * Deletes the temporary files last written before `olderThan`: those of a process that died
   * between writing and renaming. Nothing else ever removes them, and a younger one may still be
   * being written. Answers how many it deleted.
   */
  async sweepIncoming(olderThan: Date): Promise<number> {
    const incoming = join(this.directory, INCOMING);
    let names: string[];
    try {
      names = await readdir(incoming);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw error;
    }
    let deleted = 0;
    for (const name of names) {
      const path = join(incoming, name);
      try {
        if ((await stat(path)).mtime >= olderThan) continue;
        await unlink(path);
        deleted += 1;
      } catch (error) {
        // renamed into place or swept by another instance since it was listed
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      }
    }
    return deleted;
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
