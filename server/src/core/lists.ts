// Reading a list at an index the caller knows is in range (its own loop bound, a search's result),
// under noUncheckedIndexedAccess: a wrong index throws here instead of carrying undefined on.

export function nth<T>(xs: readonly T[], i: number): T {
  const x = xs[i];
  if (x === undefined) throw new RangeError(`index ${i} outside a list of ${xs.length}`);
  return x;
}

/** Appends `x` to the list `map` holds under `key`, starting the list if there is none. */
export function pushAt<K, V>(map: Map<K, V[]>, key: K, x: V): void {
  const list = map.get(key);
  if (list) list.push(x);
  else map.set(key, [x]);
}
