// S1's figures and its table, shared by bench/fanout.ts and `npm run bench` (bench/run.ts).

export type FanoutResult = {
  subscribers: number;
  heapPerConnectionKb: number;
  deliveriesPerSecond: number;
  p50: number;
  p99: number;
};

/** The targets at 10,000 subscribers on the 2-core machine: the messaging issue's, and #23's rate. */
export const S1_TARGET = {
  subscribers: 10_000,
  p99: 250,
  heapPerConnectionKb: 16,
  deliveriesPerSecond: 45_000,
};

function verdict(ok: boolean): string {
  return ok ? '✓' : '✗';
}

export function fanoutRow(result: FanoutResult): string {
  const judged = result.subscribers >= S1_TARGET.subscribers;
  const mark = (ok: boolean) => (judged ? ` ${verdict(ok)}` : '');
  return `| ${result.subscribers.toLocaleString('en')} | ${result.heapPerConnectionKb.toFixed(1)} KB${mark(result.heapPerConnectionKb <= S1_TARGET.heapPerConnectionKb)} | ${result.deliveriesPerSecond.toLocaleString('en')}${mark(result.deliveriesPerSecond >= S1_TARGET.deliveriesPerSecond)} | ${result.p50} ms | ${result.p99} ms${mark(result.p99 < S1_TARGET.p99)} |`;
}

export function fanoutTable(results: FanoutResult[]): string[] {
  return [
    '| subscribers | heap per connection | deliveries/s | p50 | p99 |',
    '| ---: | ---: | ---: | ---: | ---: |',
    ...results.map(fanoutRow),
  ];
}
