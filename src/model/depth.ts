/** How deep data may nest (objects and arrays) before it is refused: far beyond any real catalog or scenario. */
export const MAX_DEPTH = 200;

/**
 * The path of the first place where data nests deeper than `limit`, or undefined. Walks with its
 * own stack, so that data nested ten thousand deep is refused with a path instead of overflowing
 * the call stack of the validation that would follow.
 */
export const tooDeep = (data: unknown, root: string, limit = MAX_DEPTH): string | undefined => {
  const stack: { value: unknown; path: string; depth: number }[] = [{ value: data, path: root, depth: 0 }];
  while (stack.length > 0) {
    const { value, path, depth } = stack.pop()!;
    if (value === null || typeof value !== "object") continue;
    if (depth >= limit) return path;
    const entries = Array.isArray(value)
      ? value.map((v, i) => [`${path}[${i}]`, v] as const)
      : Object.entries(value).map(([k, v]) => [`${path}.${k}`, v] as const);
    for (const [p, v] of entries) stack.push({ value: v, path: p, depth: depth + 1 });
  }
  return undefined;
};
