import { orThrow } from "../errors";
import type { Catalog } from "../model/catalog";
import { parseCatalog } from "../model/load-catalog";
import { criteria } from "./criteria";
import { kineticOptions } from "./options-kinetic";
import { nonMilitaryOptions } from "./options-non-military";
import { supportOptions } from "./options-support";
import { perspectives } from "./perspectives";
import { preconditions } from "./preconditions";
import { presets } from "./presets";
import { risks } from "./risks";
import { sources } from "./sources";

let cached: Catalog | undefined;

/**
 * The built-in catalog: U.S. options against Mexican drug cartels, from five public documents
 * (2023 to 2025). Validated and frozen on first use.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * catalog.options.length; // 15
 * ```
 */
export const builtinCatalog = (): Catalog => {
  cached ??= orThrow(
    parseCatalog({
      id: "us-mexico-cartels",
      name: "U.S. options against Mexican drug cartels",
      version: "2025-09",
      description:
        "Policy options discussed in five public documents (March 2023 to September 2025) for U.S. action against Mexican drug cartels, with their preconditions, stated risks and documented positions. Ratings, likelihoods and weights are analyst judgments, each with a rationale; quotes are verbatim.",
      sources,
      criteria,
      preconditions,
      risks,
      options: [...nonMilitaryOptions, ...supportOptions, ...kineticOptions],
      perspectives,
      presets,
    }),
  );
  return cached;
};
