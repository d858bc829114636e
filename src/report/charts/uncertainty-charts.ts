import type { CriterionStability, CriterionTornadoBar } from "../../sensitivity/comparison";
import type { ComparisonSmaa } from "../../uncertainty/smaa-comparison";
import type { Comparison } from "../../comparison/types";
import { maxOf, minOf } from "../../matrix/extremes";
import { chartCaption } from "./caption";
import { chart, OPTION_LABEL_LIMIT, type VegaLiteSpec } from "./spec";

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
  chart(
    `Rank acceptability: the share of samples in which each option takes each rank (SMAA)`,
    `${r.samples} samples, seed ${r.seed}, weights ${r.weights.kind === "simplex" ? "sampled uniformly" : r.weights.kind}, ratings ${r.ratings === "sampled" ? "sampled in their intervals" : "held"}. ${chartCaption(r.assumptions, r.method, { weightsSampled: r.weights.kind !== "fixed" })}`,
    {
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
          axis: { labelLimit: OPTION_LABEL_LIMIT },
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
    },
  );

/**
 * Weight stability: for each criterion, the range of its weight share over which the top option
 * holds (thick bar), the range over which the whole ranking holds (thin bar), and the current
 * share (point), under the comparison's assumptions.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * stabilitySpec(stabilityCompare(catalog), compare(catalog)).layer.length; // 3
 * ```
 */
export const stabilitySpec = (s: readonly CriterionStability[], comparison: Comparison): VegaLiteSpec =>
  chart(
    "Weight stability: where the top option (thick) and the ranking (thin) hold; the dot is the weight now",
    chartCaption(comparison.assumptions, comparison.method),
    {
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
    },
  );

/**
 * A tornado of one option: for each criterion, how far its score moves from where it stands when
 * that rating goes to the low and to the high end of its interval (the others held), largest
 * swing on top. The bars start at the option's score (the black rule) and the axis is fitted to
 * the swings, so small moves show.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * tornadoSpec(tornadoCompare(catalog, {}, "training-fid"), compare(catalog), "training-fid").layer.length; // 2
 * ```
 */
export const tornadoSpec = (
  bars: readonly CriterionTornadoBar[],
  comparison: Comparison,
  option: string,
): VegaLiteSpec => {
  const score = comparison.rows.find((r) => r.option === option)?.score ?? 0;
  const ends = bars.flatMap((b, k) => [
    { criterion: b.criterion, order: k, end: "its low end", score: b.low.score, swing: b.swing },
    { criterion: b.criterion, order: k, end: "its high end", score: b.high.score, swing: b.swing },
  ]);
  const all = [score, ...ends.map((e) => e.score)];
  const [lo, hi] = [minOf(all), maxOf(all)];
  const pad = Math.max((hi - lo) * 0.08, 1e-3);
  return chart(
    `Tornado: ${option}'s score as each rating goes to the ends of its interval (score now: ${score.toFixed(3)})`,
    chartCaption(comparison.assumptions, comparison.method),
    {
      data: { values: ends.map((e) => ({ ...e, base: score })) },
      layer: [
        {
          mark: { type: "bar", height: 14 },
          encoding: {
            y: { field: "criterion", type: "nominal", sort: { field: "order" }, title: null },
            x: {
              field: "base",
              type: "quantitative",
              title: "score",
              scale: { domain: [lo - pad, hi + pad], zero: false, nice: false },
            },
            x2: { field: "score" },
            color: {
              field: "end",
              type: "nominal",
              title: "each rating at",
              scale: {
                domain: ["its low end", "its high end"],
                range: ["#3182bd", "#e6550d"],
              },
            },
            tooltip: [
              { field: "criterion" },
              { field: "end", title: "rating at" },
              { field: "score", format: ".3f" },
              { field: "swing", format: ".3f" },
            ],
          },
        },
        {
          mark: { type: "rule", color: "black", strokeWidth: 1.5 },
          encoding: { x: { datum: score, type: "quantitative" } },
        },
      ],
      width: 420,
      height: { step: 22 },
    },
  );
};
