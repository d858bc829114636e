import { orThrow } from "../errors";
import type { Catalog } from "../model/catalog";
import { parseCatalog } from "../model/load-catalog";
import { criteria } from "./criteria";
import { omissions } from "./omissions";
import { kineticOptions } from "./options-kinetic";
import { nonMilitaryOptions } from "./options-non-military";
import { partneredOptions } from "./options-partnered";
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
 * catalog.options.length; // 16
 * ```
 */
export const builtinCatalog = (): Catalog => {
  cached ??= orThrow(
    parseCatalog({
      id: "us-mexico-cartels",
      name: "U.S. options against Mexican drug cartels",
      version: "2",
      description:
        "Policy options discussed in five public documents (March 2023 to September 2025) for U.S. action against Mexican drug cartels, with their preconditions, stated risks, documented positions and the actors' own values and beliefs. Ratings, likelihoods and weights are analyst judgments, each with its basis (documented, inference or background) and rationale; quotes are verbatim.",
      sources,
      criteria,
      preconditions,
      risks,
      options: [...nonMilitaryOptions, ...supportOptions, ...partneredOptions, ...kineticOptions],
      perspectives,
      presets,
      omissions,
    }),
  );
  return cached;
};
