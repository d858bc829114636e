import type { Catalog } from "./catalog";

type Option = Catalog["options"][number];
type Exposure = Catalog["risks"][number]["exposures"][number];

/** Lookups by id that a comparison makes once per option: maps, so that a comparison stays n log n. */
export interface CatalogIndex {
  readonly option: ReadonlyMap<string, Option>;
  /** Each risk's exposures by option id. */
  readonly exposure: ReadonlyMap<string, ReadonlyMap<string, Exposure>>;
}

const cache = new WeakMap<Catalog, CatalogIndex>();

/**
 * The catalog's index, built on first use and kept with it (catalogs are frozen, so it cannot go
 * stale; a catalog object no longer used takes its index with it).
 */
export const catalogIndex = (catalog: Catalog): CatalogIndex => {
  const known = cache.get(catalog);
  if (known) return known;
  const index: CatalogIndex = {
    option: new Map(catalog.options.map((o) => [o.id, o])),
    exposure: new Map(catalog.risks.map((r) => [r.id, new Map(r.exposures.map((e) => [e.option, e]))])),
  };
  if (Object.isFrozen(catalog)) cache.set(catalog, index);
  return index;
};
