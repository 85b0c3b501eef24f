/**
 * What a kiosk keeps between page loads, and nothing else: its device token and its office
 * (docs/decisions/0016-kiosk-client.md). Citizens' codes, tickets and choices live in memory
 * only and are gone with the next reset.
 */
export type KioskSetup = {
  token: string;
  office: { id: string; name: string; slug: string };
};

const STORAGE_KEY = 'rathaus.kiosk';

let current: KioskSetup | null = null;

function isSetup(value: unknown): value is KioskSetup {
  if (typeof value !== 'object' || value === null) return false;
  const { token, office } = value as Partial<KioskSetup>;
  return (
    typeof token === 'string' &&
    typeof office === 'object' &&
    office !== null &&
    typeof office.id === 'string' &&
    typeof office.name === 'string' &&
    typeof office.slug === 'string'
  );
}

/** The kiosk's set-up from an earlier start; null before its first set-up or after revocation. */
export function storedSetup(): KioskSetup | null {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    current = isSetup(stored) ? stored : null;
  } catch {
    current = null;
  }
  return current;
}

export function keepSetup(setup: KioskSetup): void {
  current = setup;
  localStorage.setItem(STORAGE_KEY, JSON.stringify(setup));
}

export function forgetSetup(): void {
  current = null;
  localStorage.removeItem(STORAGE_KEY);
}

/** The device token the API client sends, over HTTP and in the WebSocket's connection_init. */
export function kioskToken(): string | null {
  return current?.token ?? null;
}
