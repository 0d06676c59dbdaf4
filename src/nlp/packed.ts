/**
 * `array.map(f)`, always as a packed array. Array.prototype.map returns a holey array when
 * TurboFan has inlined it and a packed one otherwise, so code reading its results deoptimized
 * whenever the other kind turned up: findNames was recompiled eleven times in the first 5 MB.
 * An array grown by push is packed either way.
 */
export function mapPacked<T, U>(array: readonly T[], f: (item: T) => U): U[] {
  const out: U[] = [];
  for (const item of array) out.push(f(item));
  return out;
}
