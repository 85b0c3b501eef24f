import { createCallerLimits, type CallerLimits } from '../../auth/caller-limits.js';
import type { GraphQLContext } from '../context.js';

/** The limits of use of this operation's caller; over HTTP a refusal also makes the answer 429. */
export function callerLimitsOf(ctx: GraphQLContext): CallerLimits {
  return createCallerLimits({
    limits: ctx.limits,
    principal: ctx.principal,
    clientIp: ctx.clientIp,
    factor: ctx.settings.rateLimitFactor,
    onRefusal: (retryAfterSeconds) => ctx.http?.tooManyRequests(retryAfterSeconds),
  });
}
