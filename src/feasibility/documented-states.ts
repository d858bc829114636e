import type { Catalog } from "../model/catalog";
import type { PreconditionStates } from "./condition";

/**
 * The state of every precondition as the latest source documents it (on or before `asOf`, a
 * `YYYY[-MM[-DD]]` date, when given). A precondition with no documented state by then is left out.
 *
 * @example
 * ```ts
 * documentedStates(builtinCatalog())["fto-designation"]; // "designated"
 * documentedStates(builtinCatalog(), "2023-12-31")["fto-designation"]; // "not-designated"
 * ```
 */
export const documentedStates = (catalog: Catalog, asOf?: string): PreconditionStates => {
  const states: Record<string, string> = {};
  for (const precondition of catalog.preconditions) {
    const entries = precondition.documented
      .filter((d) => asOf === undefined || d.date <= asOf)
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const latest = entries[entries.length - 1];
    if (latest) states[precondition.id] = latest.state;
  }
  return states;
};
