import { Redis } from 'ioredis';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';

/** How many points a key may take within a window of `durationSeconds`. */
export type Limit = { points: number; durationSeconds: number };

/**
 * The answer of a limiter: allowed, with the points left in this window and when it ends, or
 * refused until `retryAfterSeconds` have passed.
 */
export type LimitCheck =
  | { allowed: true; remainingPoints: number; resetInSeconds: number }
  | {
      allowed: false;
      retryAfterSeconds: number;
      /** The points the key had taken in this window, the refused ones included. */
      consumedPoints: number;
    };

export type RateLimiter = {
  /** Takes `points` (default 1) from the key's allowance; refused when not enough are left. */
  consume(key: string, points?: number): Promise<LimitCheck>;
  /** Gives `points` (default 1) back, e.g. for an attempt that turned out not to count. */
  reward(key: string, points?: number): Promise<void>;
  /** Forgets the key (e.g. the failed sign-ins of an account after a successful one). */
  reset(key: string): Promise<void>;
};

/**
 * The limiters of one server. With Redis every instance counts in the same buckets, so a caller
 * cannot multiply its allowance by spreading requests over instances; without Redis the counts are
 * this process's. Keys are prefixed with the database's name: towns that share one Redis (one
 * deployment per town) never share a bucket.
 */
export type RateLimits = {
  limiter(name: string, limit: Limit): RateLimiter;
  close(): Promise<void>;
};

/** When Redis cannot answer, each instance counts on its own rather than failing the request. */
function memoryInsurance(limit: Limit): RateLimiterMemory {
  return new RateLimiterMemory({ points: limit.points, duration: limit.durationSeconds });
}

/** How long a limiter waits for Redis's first connection before it counts in memory. */
const FIRST_CONNECTION_WAIT_MS = 2000;

function wrap(limiter: RateLimiterAbstract, connected: Promise<void>): RateLimiter {
  return {
    async consume(key, points = 1) {
      await connected;
      try {
        const taken = await limiter.consume(key, points);
        return {
          allowed: true,
          remainingPoints: taken.remainingPoints,
          resetInSeconds: Math.max(1, Math.ceil(taken.msBeforeNext / 1000)),
        };
      } catch (refusal) {
        if (refusal instanceof RateLimiterRes) {
          return {
            allowed: false,
            retryAfterSeconds: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)),
            consumedPoints: refusal.consumedPoints,
          };
        }
        throw refusal;
      }
    },
    async reward(key, points = 1) {
      await limiter.reward(key, points);
    },
    async reset(key) {
      await limiter.delete(key);
    },
  };
}

export function createRateLimits(options: {
  redisUrl: string | null;
  /** Distinguishes the deployments that share one Redis; the database's name. */
  namespace: string;
}): RateLimits {
  const redis = options.redisUrl
    ? new Redis(options.redisUrl, { maxRetriesPerRequest: 1, enableOfflineQueue: false })
    : null;
  // Without a listener ioredis reports connection errors as unhandled; it reconnects by itself,
  // and meanwhile the memory insurance counts.
  redis?.on('error', () => undefined);
  // Without the offline queue a command before the first connection fails at once, and a new
  // instance would count its first requests alone: they wait for the connection, briefly.
  const connected = new Promise<void>((resolve) => {
    if (!redis) return resolve();
    const timer = setTimeout(resolve, FIRST_CONNECTION_WAIT_MS);
    timer.unref();
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  const limiters = new Map<string, RateLimiter>();
  return {
    limiter(name, limit) {
      const known = limiters.get(name);
      if (known) return known;
      const keyPrefix = `rathaus:${options.namespace}:limit:${name}`;
      const limiter = wrap(
        redis
          ? new RateLimiterRedis({
              storeClient: redis,
              keyPrefix,
              points: limit.points,
              duration: limit.durationSeconds,
              insuranceLimiter: memoryInsurance(limit),
            })
          : new RateLimiterMemory({
              keyPrefix,
              points: limit.points,
              duration: limit.durationSeconds,
            }),
        connected,
      );
      limiters.set(name, limiter);
      return limiter;
    },
    async close() {
      if (redis) await redis.quit().catch(() => redis.disconnect());
    },
  };
}
