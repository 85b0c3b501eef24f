import { parseSamples, valueOf } from '../../support/metrics.js';

// Requests of a fault test to a server process, each with a deadline of the client's own, that
// record what came back and how long it took instead of throwing: a fault test counts outcomes.

export type Outcome = {
  /** The HTTP status; 0 when no answer came (the connection failed, or the client gave up). */
  status: number;
  /** extensions.code of the first top-level GraphQL error, if any. */
  code: string | null;
  retryAfter: string | null;
  /** From sending to the end of the answer's body. */
  ms: number;
  /** The client's deadline passed before the answer came. */
  timedOut: boolean;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  } | null;
};

export async function timedRequest(
  url: string,
  init: { method?: string; body?: object; headers?: Record<string, string>; timeoutMs: number },
): Promise<Outcome> {
  const started = performance.now();
  try {
    const response = await fetch(url, {
      method: init.method ?? (init.body ? 'POST' : 'GET'),
      headers: { ...(init.body && { 'content-type': 'application/json' }), ...init.headers },
      ...(init.body && { body: JSON.stringify(init.body) }),
      signal: AbortSignal.timeout(init.timeoutMs),
    });
    const text = await response.text();
    let body: Outcome['body'] = null;
    try {
      body = JSON.parse(text) as Outcome['body'];
    } catch {
      body = null;
    }
    return {
      status: response.status,
      code: body?.errors?.[0]?.extensions?.code ?? null,
      retryAfter: response.headers.get('retry-after'),
      ms: performance.now() - started,
      timedOut: false,
      body,
    };
  } catch (error) {
    return {
      status: 0,
      code: null,
      retryAfter: null,
      ms: performance.now() - started,
      timedOut: (error as Error).name === 'TimeoutError',
      body: null,
    };
  }
}

/** Counts the outcomes by `status code`, e.g. { '200': 40, '503 SERVICE_UNAVAILABLE': 12 }. */
export function tally(outcomes: Outcome[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const outcome of outcomes) {
    const key = outcome.timedOut
      ? 'timed out'
      : `${outcome.status}${outcome.code ? ` ${outcome.code}` : ''}`;
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
}

/** The slowest outcome's time, in whole milliseconds. */
export const slowest = (outcomes: Outcome[]) =>
  Math.round(Math.max(0, ...outcomes.map((outcome) => outcome.ms)));

/**
 * One sample of a server process's /metrics (METRICS_TOKEN set), by name, a name with one label
 * written `name{label=value}`; undefined values when the scrape failed.
 */
export async function metricsOf(
  url: string,
  token: string,
  names: string[],
): Promise<Record<string, number | undefined>> {
  const response = await fetch(`${url}/metrics`, {
    headers: { authorization: `Bearer ${token}` },
    signal: AbortSignal.timeout(10_000),
  }).catch(() => null);
  if (response?.status !== 200) return Object.fromEntries(names.map((name) => [name, undefined]));
  const samples = parseSamples(await response.text());
  return Object.fromEntries(
    names.map((name) => {
      const [, metric, label, value] = /^([^{]+)(?:\{(\w+)=(\w+)\})?$/.exec(name)!;
      return [name, valueOf(samples, metric!, label ? { [label]: value! } : {})];
    }),
  );
}
