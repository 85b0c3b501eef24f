/**
 * A cache of what is computed for one event, by key: the bus hands every subscriber of an event
 * the same object, so work that depends only on the event (a database read, a mapping, an
 * execution) is done once for all of them. Entries go with the event object.
 */
export function perEvent<E extends object, V>(): (event: E, key: string, compute: () => V) => V {
  const results = new WeakMap<E, Map<string, V>>();
  return (event, key, compute) => {
    let byKey = results.get(event);
    if (!byKey) {
      byKey = new Map();
      results.set(event, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, compute());
    return byKey.get(key) as V;
  };
}
