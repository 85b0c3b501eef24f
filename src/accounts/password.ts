import { hash, verify } from '@node-rs/argon2';

// OWASP's argon2id minimum (19 MiB, 2 iterations): a few tens of milliseconds per check. Exported
// for bench/data.ts, which stores hashes made with the same parameters.
export const PASSWORD_HASH_OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

/** Compared against when the e-mail is unknown, so that both cases take the same time. */
let dummyHash: Promise<string> | null = null;

export function hashPassword(password: string): Promise<string> {
  return hash(password, PASSWORD_HASH_OPTIONS);
}

/** Verifies against the stored hash, or against a dummy when there is none (same cost). */
export async function verifyPassword(
  storedHash: string | null,
  password: string,
): Promise<boolean> {
  dummyHash ??= hashPassword('rathaus-dummy-password');
  const matches = await verify(storedHash ?? (await dummyHash), password);
  return storedHash !== null && matches;
}

export const PASSWORD_MIN_LENGTH = 10;
export const PASSWORD_MAX_LENGTH = 200;
