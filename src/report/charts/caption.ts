import type { MethodOptions } from "../../methods/method-options";
import type { ResolvedAssumptions } from "../../scenario/resolve";
import { readableNumber } from "../comparison-table";

/**
 * The assumptions a chart was drawn under, in one line: the scenario's name, the method, the
 * preset and perspective, the states that differ from the documented ones, the weights that differ
 * from the defaults (or "weights sampled", for SMAA that samples them), and whether risks are in the
 * score. `states` replaces the preset and states part (a timeline's states change with the date). Every chart carries it as its subtitle.
 *
 * @example
 * ```ts
 * const c = compare(builtinCatalog(), { preconditions: { aumf: "enacted" } });
 * chartCaption(c.assumptions, c.method); // "Under: method wsm; states as documented except aumf=enacted; default weights; risks beside the score"
 * ```
 */
export const chartCaption = (
  a: ResolvedAssumptions,
  method: MethodOptions,
  options: { readonly weightsSampled?: boolean; readonly states?: string } = {},
): string => {
  const changed = Object.entries(a.statesChanged).map(([k, v]) => `${k}=${v}`);
  const weighed = Object.entries(a.weightsChanged).map(([k, v]) => `${k}=${readableNumber(v)}`);
  const perspective = a.perspective
    ? `perspective ${a.perspective.id} (${a.perspective.use === "values-and-beliefs" ? "values and beliefs" : `${a.perspective.use} only`}${a.perspective.conditions ? ", its conditions" : ""})`
    : undefined;
  const parts = [
    `${a.name ? `'${a.name}': ` : ""}method ${method.method}`,
    ...(a.preset && options.states === undefined ? [`preset ${a.preset}`] : []),
    ...(perspective ? [perspective] : []),
    options.states ??
      (changed.length ? `states as documented except ${changed.join(", ")}` : "states as documented"),
    options.weightsSampled
      ? "weights sampled"
      : weighed.length
        ? `weights as default except ${weighed.join(", ")}`
        : "default weights",
    a.riskBurden.weight > 0 || a.riskBurden.penalty > 0
      ? "risk burden in the score"
      : "risks beside the score",
  ];
  return `Under: ${parts.join("; ")}`;
};
