import { itemNames } from "./named-path";

/** A quote found in a catalog, and where. */
export interface EvidenceAt {
  /** Where it stands in the catalog, items named by id where they have one: `options[sof-raids].ratings.speed.evidence[0]`. */
  readonly path: string;
  readonly source: string;
  readonly quote: string;
}

/** Every `{ source, quote }` object in a catalog (or any plain data), with its path, in document order. */
export const evidenceIn = (node: unknown, path = ""): EvidenceAt[] => {
  const found: EvidenceAt[] = [];
  const walk = (x: unknown, at: string): void => {
    if (Array.isArray(x)) {
      const names = itemNames(x);
      x.forEach((child, i) => walk(child, `${at}[${names[i] ?? i}]`));
      return;
    }
    if (x === null || typeof x !== "object") return;
    const record = x as Record<string, unknown>;
    if (typeof record.quote === "string" && typeof record.source === "string") {
      found.push({ path: at, source: record.source, quote: record.quote });
    }
    for (const [key, child] of Object.entries(record)) walk(child, at ? `${at}.${key}` : key);
  };
  walk(node, path);
  return found;
};
