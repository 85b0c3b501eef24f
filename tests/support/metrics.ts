import supertest from 'supertest';
import type { TestServer } from './test-server.js';

/** One sample of the Prometheus text format: `name{label="value",…} number`. */
export type Sample = { name: string; labels: Record<string, string>; value: number };

const SAMPLE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

export function parseSamples(text: string): Sample[] {
  return text
    .split('\n')
    .filter((line) => line !== '' && !line.startsWith('#'))
    .map((line) => {
      const match = SAMPLE.exec(line);
      if (!match) throw new Error(`not a sample: ${line}`);
      const labels = Object.fromEntries(
        [...(match[2] ?? '').matchAll(LABEL)].map(([, key, value]) => [key!, value!]),
      );
      return { name: match[1]!, labels, value: Number(match[3]) };
    });
}

/** The value of the sample `name` whose labels include `labels`; undefined when there is none. */
export function valueOf(
  samples: Sample[],
  name: string,
  labels: Record<string, string> = {},
): number | undefined {
  return samples.find(
    (sample) =>
      sample.name === name &&
      Object.entries(labels).every(([key, value]) => sample.labels[key] === value),
  )?.value;
}

/** Scrapes the server's METRICS_PORT (the test server must have METRICS_PORT set). */
export async function scrape(server: TestServer): Promise<{ text: string; samples: Sample[] }> {
  const port = server.server.metricsPort();
  if (port === null) throw new Error('the test server has no METRICS_PORT');
  const response = await supertest(`http://127.0.0.1:${port}`).get('/metrics').expect(200);
  return { text: response.text, samples: parseSamples(response.text) };
}
