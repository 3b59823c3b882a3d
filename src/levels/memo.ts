// Budgets repeat their words, codes and headings, so what the engine works out
// from one is remembered; memory must not grow with the number of lines, so a
// map that reaches its bound starts over.

/** compute(key), remembered in `map` until it holds more than `limit` entries. */
export function remembered<K, V>(map: Map<K, V>, key: K, limit: number, compute: (key: K) => V): V {
  const hit = map.get(key);
  if (hit !== undefined) return hit;
  const value = compute(key);
  if (map.size > limit) map.clear();
  map.set(key, value);
  return value;
}
