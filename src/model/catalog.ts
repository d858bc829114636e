import { z } from "zod";
import { Criterion } from "./criterion";
import { Evidence } from "./evidence";
import { Id, Text } from "./id";
import { Option } from "./option";
import { Perspective } from "./perspective";
import { Precondition } from "./precondition";
import { Preset } from "./preset";
import { Risk } from "./risk";
import { Source } from "./source";

/**
 * Something the sources discuss that the catalog does not model as an option of its own, and why:
 * so that a reader can tell a choice from an oversight.
 */
export const Omission = z.strictObject({
  name: Text,
  reason: Text,
  evidence: z.array(Evidence).min(1, "an omission names the passage it leaves out"),
});
export type Omission = z.infer<typeof Omission>;

/**
 * Everything a comparison is made from. The schema checks each part's shape; `loadCatalog` also
 * checks the cross-references between parts (ids that must exist, scales ratings must fit).
 */
export const Catalog = z.strictObject({
  id: Id,
  name: Text,
  version: Text,
  description: Text,
  sources: z.array(Source).min(1, "a catalog needs at least one source"),
  criteria: z.array(Criterion).min(1, "a catalog needs at least one criterion"),
  preconditions: z.array(Precondition).default([]),
  risks: z.array(Risk).default([]),
  options: z.array(Option).min(1, "a catalog needs at least one option"),
  perspectives: z.array(Perspective).default([]),
  presets: z.array(Preset).default([]),
  omissions: z.array(Omission).default([]),
});
export type Catalog = z.infer<typeof Catalog>;
/** A catalog as written by hand or read from JSON, before defaults are filled in. */
export type CatalogInput = z.input<typeof Catalog>;
