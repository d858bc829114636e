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

/** The name of items[index] in its array, when it has one no sibling shares. */
export const itemName = (items: readonly unknown[], index: number): string | undefined => {
  const name = nameOf(items[index]);
  if (name === undefined) return undefined;
  return items.filter((x) => nameOf(x) === name).length === 1 ? name : undefined;
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
      node = Array.isArray(node) ? node.find((_, i) => itemName(node as unknown[], i) === name) : undefined;
    } else {
      const i = Number(index);
      const name = Array.isArray(node) ? itemName(node, i) : undefined;
      out += name === undefined ? token : `[${name}]`;
      node = Array.isArray(node) ? node[i] : undefined;
    }
  }
  return out;
};
