/**
 * The largest and smallest of many numbers, by a loop: `Math.max(...xs)` passes every value as an
 * argument and overflows the call stack for large arrays (hundreds of thousands of values).
 * `-Infinity` / `Infinity` for no values, as Math.max() and Math.min() give.
 */
export const maxOf = (xs: ArrayLike<number>): number => {
  let m = -Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i]! > m) m = xs[i]!;
  return m;
};

/** The smallest of many numbers, by a loop (see `maxOf`). */
export const minOf = (xs: ArrayLike<number>): number => {
  let m = Infinity;
  for (let i = 0; i < xs.length; i++) if (xs[i]! < m) m = xs[i]!;
  return m;
};
