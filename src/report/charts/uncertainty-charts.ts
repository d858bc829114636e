import type { CriterionStability, CriterionTornadoBar } from "../../sensitivity/comparison";
import type { ComparisonSmaa } from "../../uncertainty/smaa-comparison";
import { chart, type VegaLiteSpec } from "./spec";

/**
 * Rank acceptability as stacked bars: for each option, the share of samples at each rank (rank 1
 * darkest), options sorted by their share of first places.
 *
 * @example
 * ```ts
 * const spec = acceptabilitySpec(smaaCompareSync(builtinCatalog(), {}, { samples: 2000 }));
 * spec.encoding.x.field; // "share"
 * ```
 */
export const acceptabilitySpec = (r: ComparisonSmaa): VegaLiteSpec =>
  chart(`Rank acceptability (SMAA, ${r.samples} samples, seed ${r.seed})`, {
    data: {
      values: r.options.flatMap((option, i) =>
        r.acceptability[i]!.map((share, rank) => ({
          option,
          rank: rank + 1,
          share,
          first: r.acceptability[i]![0]!,
        })).filter((d) => d.share > 0),
      ),
    },
    mark: { type: "bar" },
    encoding: {
      y: {
        field: "option",
        type: "nominal",
        sort: { field: "first", order: "descending" },
        title: null,
        axis: { labelLimit: 260 },
      },
      x: {
        field: "share",
        type: "quantitative",
        stack: "zero",
        scale: { domain: [0, 1] },
        title: "share of samples",
      },
      color: { field: "rank", type: "ordinal", scale: { scheme: "viridis" }, title: "rank" },
      order: { field: "rank", type: "ordinal" },
      tooltip: [{ field: "option" }, { field: "rank" }, { field: "share", format: ".3f" }],
    },
    height: { step: 18 },
    width: 420,
  });

/**
 * Weight stability: for each criterion, the range of its weight share over which the top option
 * holds (thick bar), the range over which the whole ranking holds (thin bar), and the current
 * share (point).
 *
 * @example
 * ```ts
 * stabilitySpec(stabilityCompare(builtinCatalog())).layer.length; // 3
 * ```
 */
export const stabilitySpec = (s: readonly CriterionStability[]): VegaLiteSpec =>
  chart("Weight stability: where the top option (thick) and the ranking (thin) hold", {
    data: {
      values: s.map((x) => ({
        criterion: x.criterion,
        weight: x.weight,
        topLow: x.top[0],
        topHigh: x.top[1],
        rankLow: x.ranking[0],
        rankHigh: x.ranking[1],
      })),
    },
    encoding: { y: { field: "criterion", type: "nominal", title: null } },
    layer: [
      {
        mark: { type: "bar", height: 12, color: "#9ecae1" },
        encoding: {
          x: { field: "topLow", type: "quantitative", scale: { domain: [0, 1] }, title: "weight share" },
          x2: { field: "topHigh" },
        },
      },
      {
        mark: { type: "bar", height: 4, color: "#08519c" },
        encoding: { x: { field: "rankLow", type: "quantitative" }, x2: { field: "rankHigh" } },
      },
      {
        mark: { type: "point", filled: true, color: "black", size: 50 },
        encoding: { x: { field: "weight", type: "quantitative" } },
      },
    ],
    width: 420,
    height: { step: 24 },
  });

/**
 * A tornado of one option: its score with each rating at the low and high end of its interval,
 * largest swing on top, around the score as it stands.
 *
 * @example
 * ```ts
 * const bars = tornadoCompare(builtinCatalog(), {}, "training-fid");
 * tornadoSpec(bars, "training-fid", 0.678).layer.length; // 2
 * ```
 */
export const tornadoSpec = (
  bars: readonly CriterionTornadoBar[],
  option: string,
  score: number,
): VegaLiteSpec =>
  chart(`Tornado: ${option}'s score over each rating's interval`, {
    data: {
      values: bars.map((b, k) => ({
        criterion: b.criterion,
        order: k,
        low: Math.min(b.low.score, b.high.score),
        high: Math.max(b.low.score, b.high.score),
        swing: b.swing,
      })),
    },
    encoding: { y: { field: "criterion", type: "nominal", sort: { field: "order" }, title: null } },
    layer: [
      {
        mark: { type: "bar", color: "#e6550d" },
        encoding: {
          x: { field: "low", type: "quantitative", title: "score" },
          x2: { field: "high" },
          tooltip: [{ field: "criterion" }, { field: "swing", format: ".3f" }],
        },
      },
      { mark: { type: "rule", color: "black" }, encoding: { x: { datum: score, type: "quantitative" } } },
    ],
    width: 420,
    height: { step: 22 },
  });
