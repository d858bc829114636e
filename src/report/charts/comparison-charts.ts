import type { Comparison } from "../../comparison/types";
import { chart, OPTION_LABEL_LIMIT, type VegaLiteSpec } from "./spec";
import { chartCaption } from "./caption";

const captionOf = (c: Comparison) => chartCaption(c.assumptions, c.method);

/** The y encoding of charts with one row per option, best first. */
const optionsByRank = {
  field: "option",
  type: "nominal",
  sort: { field: "rank" },
  title: null,
  axis: { labelLimit: OPTION_LABEL_LIMIT },
};

const label = (row: { option: string; feasible: boolean }) =>
  row.feasible ? row.option : `${row.option} (blocked)`;

/**
 * The decision matrix as a heatmap: options (best first, blocked ones marked) by criteria, each
 * cell coloured by how good its rating is on the criterion's scale (0 worst, 1 best) and labelled
 * with the rating.
 *
 * @example
 * ```ts
 * const spec = heatmapSpec(compare(builtinCatalog()));
 * spec.mark.type; // "rect"
 * spec.data.values.length; // 160
 * ```
 */
export const heatmapSpec = (comparison: Comparison): VegaLiteSpec => {
  const values = comparison.rows.flatMap((row) =>
    row.contributions.map((c) => {
      const criterion = comparison.criteria.find((x) => x.id === c.criterion)!;
      const { min: lo, max: hi } = criterion.scale;
      const position = hi > lo ? (c.value - lo) / (hi - lo) : 1;
      return {
        option: label(row),
        criterion: c.criterion,
        rating: c.value,
        goodness: criterion.direction === "benefit" ? position : 1 - position,
        feasible: row.feasible,
        rank: row.rank,
      };
    }),
  );
  return chart("Decision matrix: ratings (colour: better is darker)", captionOf(comparison), {
    data: { values },
    mark: { type: "rect" },
    encoding: {
      y: optionsByRank,
      x: {
        field: "criterion",
        type: "nominal",
        sort: comparison.criteria.map((c) => c.id),
        title: null,
        axis: { labelAngle: -40 },
      },
      color: {
        field: "goodness",
        type: "quantitative",
        scale: { scheme: "blues", domain: [0, 1] },
        title: "goodness",
      },
      opacity: { condition: { test: "datum.feasible", value: 1 }, value: 0.45 },
      tooltip: [{ field: "option" }, { field: "criterion" }, { field: "rating" }],
    },
    width: { step: 44 },
    height: { step: 20 },
  });
};

/**
 * The ranking as stacked bars of per-criterion contributions (best first), in the terms of the
 * comparison's method (for the weighted sum the bars add up to the score).
 *
 * @example
 * ```ts
 * contributionsSpec(compare(builtinCatalog())).encoding.color.field; // "criterion"
 * ```
 */
export const contributionsSpec = (comparison: Comparison): VegaLiteSpec =>
  chart(
    `Score by criterion (${comparison.method.method}: ${comparison.contributionMeaning})`,
    captionOf(comparison),
    {
      data: {
        values: comparison.rows.flatMap((row) =>
          row.contributions.map((c) => ({
            option: label(row),
            criterion: c.criterion,
            contribution: c.contribution,
            rank: row.rank,
            score: row.score,
          })),
        ),
      },
      mark: { type: "bar" },
      encoding: {
        y: optionsByRank,
        x: { field: "contribution", type: "quantitative", stack: "zero", title: "contribution" },
        color: { field: "criterion", type: "nominal", scale: { scheme: "tableau10" } },
        tooltip: [
          { field: "option" },
          { field: "criterion" },
          { field: "contribution", format: ".3f" },
          { field: "score", format: ".3f" },
        ],
      },
      height: { step: 18 },
      width: 420,
    },
  );

/**
 * The escalation ladder: the options grouped by rung (lowest first) and, within a rung, by rank,
 * each at its score, coloured by rung, blocked options hollow. One row per option, so no label
 * covers another.
 *
 * @example
 * ```ts
 * ladderSpec(compare(builtinCatalog())).encoding.y.field; // "label"
 * ```
 */
export const ladderSpec = (comparison: Comparison): VegaLiteSpec => {
  const rows = [...comparison.rows].sort((a, b) => a.escalation - b.escalation || a.rank - b.rank);
  return chart(
    "Escalation ladder: each option's score, by rung (0 = non-military; lowest first)",
    captionOf(comparison),
    {
      data: {
        values: rows.map((r, k) => ({
          label: label(r),
          order: k,
          rung: r.escalation,
          score: r.score,
          feasible: r.feasible ? "feasible" : "blocked",
        })),
      },
      mark: { type: "point", filled: true, size: 90, strokeWidth: 2 },
      encoding: {
        y: {
          field: "label",
          type: "nominal",
          sort: { field: "order" },
          title: null,
          axis: { labelLimit: OPTION_LABEL_LIMIT },
        },
        x: { field: "score", type: "quantitative", title: "score", scale: { zero: false, nice: true } },
        color: {
          field: "rung",
          type: "ordinal",
          scale: { scheme: "tableau10" },
          title: "rung",
        },
        shape: { field: "feasible", type: "nominal", title: null },
        stroke: {
          field: "rung",
          type: "ordinal",
          scale: { scheme: "tableau10" },
          title: "rung",
        },
        // Blocked options hollow: their ring only.
        fillOpacity: { condition: { test: "datum.feasible === 'feasible'", value: 1 }, value: 0 },
        tooltip: [{ field: "label", title: "option" }, { field: "rung" }, { field: "score", format: ".3f" }],
      },
      width: 420,
      height: { step: 20 },
    },
  );
};
