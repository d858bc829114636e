import type { PerspectiveComparison } from "../scenario/perspectives";
import { renderTable, type Table, type TableFormat } from "./table";

/**
 * Who would choose what: one row per perspective with its actor and its top three feasible options.
 *
 * @example
 * ```ts
 * perspectivesTable(comparePerspectives(builtinCatalog())).rows.length; // 6
 * ```
 */
export const perspectivesTable = (all: readonly PerspectiveComparison[]): Table => ({
  headers: ["perspective", "actor", "first", "second", "third"],
  rows: all.map((p) => {
    const top = p.comparison.rows.filter((r) => r.feasible).slice(0, 3);
    return [p.perspective, p.actor, ...[0, 1, 2].map((k) => top[k]?.option ?? "")];
  }),
});

/**
 * Renders the per-perspective comparison (`json`: every comparison in full).
 *
 * @example
 * ```ts
 * renderPerspectives(comparePerspectives(builtinCatalog()), "csv").split("\n")[0]; // "perspective,actor,first,second,third"
 * ```
 */
export const renderPerspectives = (
  all: readonly PerspectiveComparison[],
  format: TableFormat | "json",
): string =>
  format === "json" ? JSON.stringify(all, null, 2) + "\n" : renderTable(perspectivesTable(all), format);
