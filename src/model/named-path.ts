/**
 * Paths into a catalog that name items by id rather than by position: `options[sof-raids]` rather
 * than `options[14]`, the way a person finds them in the file. An item without an id that rates an
 * option (a perspective's belief, a risk's exposure) is named by what it rates:
 * `beliefs.ratings[drone-strikes/cartel-capability]`. An item keeps its index when its name is not
 * a valid id or is shared with a sibling (a duplicate id is the error being reported).
 */

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const nameOf = (item: unknown): string | undefined => {
  if (item === null || typeof item !== "object" || Array.isArray(item)) return undefined;
  const { id, option, criterion, risk } = item as Record<string, unknown>;
  const valid = (x: unknown): x is string => typeof x === "string" && ID.test(x);
  if (valid(id)) return id;
  if (valid(option)) {
    const second = valid(criterion) ? criterion : valid(risk) ? risk : undefined;
    return second ? `${option}/${second}` : option;
  }
  return undefined;
};

/** Each item's name in its array (undefined where it has none, or shares it with a sibling), in one pass. */
export const itemNames = (items: readonly unknown[]): (string | undefined)[] => {
  const names = items.map(nameOf);
  const seen = new Map<string, number>();
  for (const n of names) if (n !== undefined) seen.set(n, (seen.get(n) ?? 0) + 1);
  return names.map((n) => (n !== undefined && seen.get(n) === 1 ? n : undefined));
};

/**
 * Rewrites a path such as `catalog.options[3].ratings.speed` against the data it points into:
 * each `[n]` whose item has a name becomes `[name]`. `root` is the path's first segment, which the
 * data does not contain (`catalog`).
 */
export const namedPath = (data: unknown, path: string, root: string): string => {
  if (!path.startsWith(root)) return path;
  let node: unknown = data;
  let out = root;
  for (const [token, key, index, name] of path
    .slice(root.length)
    .matchAll(/\.([^.[]+)|\[(\d+)\]|\[([^\]]+)\]/g)) {
    if (key !== undefined) {
      out += token;
      node = node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
    } else if (name !== undefined) {
      // Already named (evidence paths are): follow the item of that name.
      out += token;
      node = Array.isArray(node) ? node[itemNames(node).indexOf(name)] : undefined;
    } else {
      const i = Number(index);
      const named = Array.isArray(node) ? itemNames(node)[i] : undefined;
      out += named === undefined ? token : `[${named}]`;
      node = Array.isArray(node) ? node[i] : undefined;
    }
  }
  return out;
};
