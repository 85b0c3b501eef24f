/** R1's figures (bench/release.ts), as `npm run bench` and RESULTS.md show them. */
export type ReleaseResult = {
  clients: number;
  times: number;
  submitSeconds: number;
  errors: number;
  errorCodes: string[];
  p50: number;
  p99: number;
  max: number;
  draws: number;
  drawMs: number;
  booked: number;
  distinctTimes: number;
  distinctPeople: number;
  won: number;
  notDrawn: number;
  emails: number;
  ok?: boolean;
};

export function releaseTable(result: ReleaseResult): string[] {
  return [
    '| release day (R1)                          | result |',
    '| ----------------------------------------- | ------ |',
    `| requests sent / within                    | ${result.clients} / ${result.submitSeconds} s |`,
    `| errors                                    | ${result.errors}${result.errorCodes.length ? ` (${result.errorCodes.join(', ')})` : ''} |`,
    `| request answer p50 / p99 / max            | ${result.p50} / ${result.p99} / ${result.max} ms |`,
    `| draws / draw time                         | ${result.draws} / ${result.drawMs} ms |`,
    `| times booked / distinct times / people    | ${result.booked} / ${result.distinctTimes} / ${result.distinctPeople} (of ${result.times}) |`,
    `| requests WON / NOT_DRAWN / e-mails queued | ${result.won} / ${result.notDrawn} / ${result.emails} |`,
    `| every time assigned exactly once          | ${result.ok ? 'yes ✓' : 'no ✗'} |`,
  ];
}
