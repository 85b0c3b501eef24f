import { CloseCode } from 'graphql-ws';
import type { WebSocket } from 'ws';
import type { MikroORM } from '@mikro-orm/postgresql';
import { credentialKey, currentPrincipals, type CurrentPrincipal } from '../auth/authenticate.js';
import type { Principal } from '../auth/principal.js';
import type { Clock } from '../common/clock.js';
import type { EventBus, Listening } from '../realtime/event-bus.js';
import type { PrincipalChange } from '../realtime/topics.js';
import type { Logger } from './logger.js';

/**
 * Keeps every open WebSocket within the rights its principal has now. A WebSocket authenticates
 * once, in connection_init; without this, it would keep the rights it opened with for as long as
 * it stays open. The sockets of one credential (a session, an API key, a kiosk) are closed:
 * - at once, on every instance, when the bus says the credential ended (`sessionEnded`, or
 *   `principalChanged` ENDED: signed out, revoked, account deleted) with 4401: sign in again;
 * - at once when its rights changed (`principalChanged` CHANGED: staff access granted, revoked,
 *   other offices; read again first) with 4403, which graphql-ws clients answer by reconnecting
 *   with the new rights;
 * - when the session expires (a timer at its end), and when a re-reading of every watched
 *   credential, every `recheckMs`, finds one ended or changed: that also bounds what a change
 *   made by hand in the database can let through;
 * - when the bus is live again after losing Redis (events may have been lost), after a re-reading
 *   of every watched credential.
 */
export type SocketRights = {
  /**
   * Watches the socket's credential. Resolves true once changes are sure to reach it (so the
   * socket may be acknowledged); false when the credential ended or changed since it was read,
   * in which case the socket is being closed.
   */
  watch(socket: WebSocket, principal: Principal): Promise<boolean>;
  unwatch(socket: WebSocket, principal: Principal): void;
  close(): void;
};

const CLOSE: Record<PrincipalChange, [code: number, reason: string]> = {
  ENDED: [CloseCode.Unauthorized, 'Credentials ended'],
  CHANGED: [CloseCode.Forbidden, 'Rights changed'],
};
/** Credentials re-read per statement in a sweep. */
const SWEEP_BATCH = 1000;

type Watched = {
  key: string;
  principal: Principal;
  sockets: Set<WebSocket>;
  listening: Listening[];
  ready: Promise<void>;
  expiry: NodeJS.Timeout | undefined;
};

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}

function sameRights(before: Principal, now: Principal): boolean {
  if (before.kind === 'account' && now.kind === 'account') {
    return sameSet(before.roles, now.roles) && sameSet(before.officeIds, now.officeIds);
  }
  if (before.kind === 'kiosk' && now.kind === 'kiosk') return before.officeId === now.officeId;
  if (before.kind === 'apiKey' && now.kind === 'apiKey') {
    const grants = (principal: typeof before) =>
      principal.scopes.map((grant) => `${grant.scope}:${grant.officeId}`);
    return before.ownerId === now.ownerId && sameSet(grants(before), grants(now));
  }
  return false;
}

export function watchSocketRights(deps: {
  bus: EventBus;
  orm: MikroORM;
  clock: Clock;
  recheckMs: number;
  logger: Logger;
}): SocketRights {
  const { bus, orm, clock, recheckMs, logger } = deps;
  const watched = new Map<string, Watched>();

  const release = (entry: Watched) => {
    watched.delete(entry.key);
    for (const listening of entry.listening) listening.close();
    clearTimeout(entry.expiry);
  };

  const end = (entry: Watched, change: PrincipalChange) => {
    if (watched.get(entry.key) !== entry) return;
    release(entry);
    const [code, reason] = CLOSE[change];
    logger.info({ credential: entry.key, change, sockets: entry.sockets.size }, 'closing sockets');
    for (const socket of entry.sockets) socket.close(code, reason);
  };

  const recheck = async (entries: Watched[]) => {
    const current = await currentPrincipals(
      orm.em.fork(),
      entries.map((entry) => entry.principal),
      clock(),
    );
    for (const entry of entries) apply(entry, current.get(entry.key));
  };

  const recheckLogged = (entries: Watched[]) =>
    recheck(entries).catch((error: unknown) =>
      logger.warn({ err: error }, 'could not re-read the credentials of open WebSockets'),
    );

  function apply(entry: Watched, current: CurrentPrincipal | undefined) {
    if (watched.get(entry.key) !== entry) return;
    if (!current) return end(entry, 'ENDED');
    if (!sameRights(entry.principal, current.principal)) return end(entry, 'CHANGED');
    clearTimeout(entry.expiry);
    entry.expiry = undefined;
    if (!current.validUntil) return;
    // An end after the next sweep is that sweep's to find (it may have moved by then).
    const wait = current.validUntil.getTime() - clock().getTime();
    if (wait < recheckMs) {
      entry.expiry = setTimeout(() => void recheckLogged([entry]), Math.max(0, wait));
    }
  }

  // Rights that changed are read again, so that a change that leaves them as they were (the same
  // offices granted again) closes nothing; if they cannot be read, the sockets close all the same.
  const onChange = (entry: Watched, change: PrincipalChange) => {
    if (change === 'ENDED') return end(entry, 'ENDED');
    recheck([entry]).catch((error: unknown) => {
      logger.warn({ err: error }, 'could not re-read changed rights; closing their WebSockets');
      end(entry, 'CHANGED');
    });
  };

  // A change may have gone unheard while the bus was cut off from Redis: once it is live again,
  // every watched credential is read again at once (in the sweep's batches), not at the next sweep.
  let afterResume: Watched[] | null = null;
  const recheckAfterResume = (entry: Watched) => {
    if (!afterResume) {
      const entries: Watched[] = [];
      afterResume = entries;
      setImmediate(() => {
        afterResume = null;
        for (let start = 0; start < entries.length; start += SWEEP_BATCH) {
          void recheckLogged(entries.slice(start, start + SWEEP_BATCH));
        }
      });
    }
    afterResume.push(entry);
  };

  const sweep = setInterval(() => {
    const entries = [...watched.values()];
    for (let start = 0; start < entries.length; start += SWEEP_BATCH) {
      void recheckLogged(entries.slice(start, start + SWEEP_BATCH));
    }
  }, recheckMs);
  sweep.unref();

  function listenFor(entry: Watched): Listening[] {
    const { principal } = entry;
    const changed = (callerKey: string) =>
      bus.listen('principalChanged', callerKey, (event) => onChange(entry, event.change), {
        internal: true,
        onResume: () => recheckAfterResume(entry),
      });
    switch (principal.kind) {
      case 'account':
        return [
          changed(`account:${principal.accountId}`),
          ...(principal.sessionId
            ? [
                bus.listen('sessionEnded', principal.sessionId, () => end(entry, 'ENDED'), {
                  internal: true,
                }),
              ]
            : []),
        ];
      case 'apiKey':
        return [changed(`apiKey:${principal.apiKeyId}`)];
      case 'kiosk':
        return [changed(`kiosk:${principal.deviceId}`)];
      default:
        return [];
    }
  }

  return {
    async watch(socket, principal) {
      const key = credentialKey(principal);
      if (!key) return true;
      let entry = watched.get(key);
      if (entry && !sameRights(entry.principal, principal)) {
        // Read before or after a change that the other sockets of this credential already follow.
        socket.close(...CLOSE.CHANGED);
        return false;
      }
      if (!entry) {
        const created: Watched = {
          key,
          principal,
          sockets: new Set(),
          listening: [],
          ready: Promise.resolve(),
          expiry: undefined,
        };
        created.listening = listenFor(created);
        // Read once more when the bus is listening: a change between the authentication and
        // then would otherwise go unnoticed until the next sweep.
        created.ready = Promise.all(created.listening.map((listening) => listening.ready))
          .then(() => recheck([created]))
          .catch((error: unknown) =>
            logger.warn({ err: error }, 'could not watch the credentials of a WebSocket'),
          );
        watched.set(key, created);
        entry = created;
      }
      entry.sockets.add(socket);
      await entry.ready;
      return watched.get(key) === entry;
    },
    unwatch(socket, principal) {
      const key = credentialKey(principal);
      const entry = key ? watched.get(key) : undefined;
      if (!entry?.sockets.delete(socket) || entry.sockets.size > 0) return;
      release(entry);
    },
    close() {
      clearInterval(sweep);
      for (const entry of [...watched.values()]) release(entry);
    },
  };
}
