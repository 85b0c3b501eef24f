// The part of autocannon 8's programmatic API that the bench uses (the package ships no types).
declare module 'autocannon' {
  namespace autocannon {
    type Histogram = {
      average: number;
      mean: number;
      stddev: number;
      min: number;
      max: number;
      total: number;
      p50: number;
      p90: number;
      p99: number;
    };

    type Result = {
      requests: Histogram;
      latency: Histogram;
      throughput: Histogram;
      /** Seconds. */
      duration: number;
      errors: number;
      timeouts: number;
      mismatches: number;
      non2xx: number;
      '2xx': number;
    };

    type Options = {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      amount?: number;
      /** Seconds to wait for a response. */
      timeout?: number;
      method?: 'GET' | 'POST';
      headers?: Record<string, string>;
      body?: string;
      verifyBody?: (body: string) => boolean;
    };

    type Instance = Promise<Result> & { stop(): void };
  }

  function autocannon(options: autocannon.Options): autocannon.Instance;

  export = autocannon;
}
