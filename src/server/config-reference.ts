import { z } from 'zod';
import { CONFIG_ENV_KEYS, environmentSchema } from './config.js';

// The configuration reference in docs/operations.md is generated from the config schema
// (`npm run admin -- config-reference`), and tests/repository/deployment.test.ts fails when the
// page differs from what the schema renders, so that the page cannot drift from the server.

export const OPERATIONS_FILE = 'docs/operations.md';

const START = '<!-- config-reference:start -->';
const END = '<!-- config-reference:end -->';

type PropertyReference = { default?: unknown; description?: string; enum?: string[] };

/**
 * The configuration reference of docs/operations.md as a markdown table, from the schema's
 * descriptions and defaults, so that the page cannot drift from what the server reads.
 */
function configReference(): string {
  const { properties } = z.toJSONSchema(environmentSchema, {
    io: 'input',
    unrepresentable: 'any',
  }) as { properties: Record<string, PropertyReference> };
  const cell = (text: string) => text.replaceAll('|', '\\|');
  const rows = CONFIG_ENV_KEYS.map((key) => {
    const { default: fallback, description, enum: values } = properties[key]!;
    const shown = fallback === undefined || fallback === '' ? '–' : `\`${String(fallback)}\``;
    const choices = values ? ` One of ${values.map((value) => `\`${value}\``).join(', ')}.` : '';
    return `| \`${key}\` | ${shown} | ${cell(`${description ?? ''}${choices}`)} |`;
  });
  return ['| variable | default | what it sets |', '| --- | --- | --- |', ...rows].join('\n');
}

/** The page with the table between its markers replaced by the one the schema renders. */
export function withConfigReference(page: string): string {
  const start = page.indexOf(START);
  const end = page.indexOf(END);
  if (start < 0 || end < start) {
    throw new Error(`${OPERATIONS_FILE} lacks the markers ${START} and ${END}`);
  }
  // Prettier would align the columns differently from the rendering; it leaves this block alone.
  const block = [
    '<!-- prettier-ignore-start -->',
    configReference(),
    '<!-- prettier-ignore-end -->',
  ];
  return `${page.slice(0, start + START.length)}\n${block.join('\n')}\n${page.slice(end)}`;
}
