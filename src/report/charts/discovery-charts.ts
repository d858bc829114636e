import type { Discovery } from "../../discovery/discover";
import type { Disagreement } from "../../scenario/disagreement";
import { sameOptions } from "../../scenario/diff";
import { chart, OPTION_LABEL_LIMIT, type VegaLiteSpec } from "./spec";

const caption = (d: Discovery) =>
  `${d.samples} scenarios, seed ${d.seed} (${d.space}); the target holds in ${d.outcomes.filter(Boolean).length} of them (${Math.round(d.base * 100)}%)`;

/**
 * PRIM's peeling trajectory: each box's coverage (the share of the target's scenarios it holds)
 * against its density (how often the target holds in it), from all scenarios (right) to the
 * smallest box (left); the chosen box (after pasting) is the ringed point.
 *
 * @example
 * ```ts
 * const d = discover(builtinCatalog(), { kind: "above", option: "training-fid", than: "sof-raids" }, {}, { samples: 200 });
 * trajectorySpec(d).layer.length; // 2
 * ```
 */
export const trajectorySpec = (d: Discovery): VegaLiteSpec =>
  chart(`Peeling trajectory for ${d.targetText}: coverage against density`, caption(d), {
    layer: [
      {
        data: {
          values: d.trajectory.map((b, step) => ({
            step,
            coverage: b.coverage,
            density: b.density,
            scenarios: b.count,
          })),
        },
        mark: { type: "line", point: true },
        encoding: {
          x: { field: "coverage", type: "quantitative", scale: { domain: [0, 1] } },
          y: { field: "density", type: "quantitative", scale: { domain: [0, 1] } },
          order: { field: "step" },
          tooltip: [
            { field: "step" },
            { field: "coverage", format: ".2f" },
            { field: "density", format: ".2f" },
            { field: "scenarios" },
          ],
        },
      },
      {
        data: {
          values: [{ coverage: d.box.coverage, density: d.box.density, box: "chosen box" }],
        },
        mark: { type: "point", size: 220, strokeWidth: 2.5, color: "#e6550d" },
        encoding: {
          x: { field: "coverage", type: "quantitative" },
          y: { field: "density", type: "quantitative" },
          shape: { field: "box", type: "nominal", title: null },
        },
      },
    ],
    width: 360,
    height: 300,
  });

/**
 * The assumptions that decide a target: each varying dimension's Kolmogorov–Smirnov distance
 * between where the target holds and where not, largest on top, darker where significant (p < 0.05).
 *
 * @example
 * ```ts
 * const d = discover(builtinCatalog(), { kind: "above", option: "training-fid", than: "sof-raids" }, {}, { samples: 200 });
 * decisiveSpec(d).encoding.x.field; // "distance"
 * ```
 */
export const decisiveSpec = (d: Discovery, top = 12): VegaLiteSpec =>
  chart(`What decides ${d.targetText}: where it holds against where not (Kolmogorov–Smirnov)`, caption(d), {
    data: {
      values: d.decisive.slice(0, top).map((x, k) => ({
        dimension: x.dimension,
        order: k,
        distance: x.distance,
        significance: x.significance,
        significant: x.significance < 0.05 ? "p < 0.05" : "p ≥ 0.05",
      })),
    },
    mark: "bar",
    encoding: {
      y: {
        field: "dimension",
        type: "nominal",
        sort: { field: "order" },
        title: null,
        axis: { labelLimit: OPTION_LABEL_LIMIT },
      },
      x: { field: "distance", type: "quantitative", scale: { domain: [0, 1] }, title: "KS distance" },
      color: {
        field: "significant",
        type: "nominal",
        scale: { domain: ["p < 0.05", "p ≥ 0.05"], range: ["#08519c", "#9ecae1"] },
        title: null,
      },
      tooltip: [
        { field: "dimension" },
        { field: "distance", format: ".3f" },
        { field: "significance", format: ".2g" },
      ],
    },
    width: 360,
    height: { step: 20 },
  });

/**
 * The chosen box's limits, one row per restricted dimension: for a range (weight shares and rating
 * places, on one axis from 0 to the largest value drawn), the span of all scenarios in grey and the
 * box's span in orange, with the rule; for a category (precondition states, methods, beliefs), each
 * category, the box's in orange. The subtitle gives the box in words and what was drawn.
 *
 * @example
 * ```ts
 * const d = discover(builtinCatalog(), { kind: "first", option: "drone-strikes" }, {}, { samples: 600, seed: 3 }, { perspective: "dea-maltz" });
 * boxSpec(d).vconcat.length; // 2
 * ```
 */
export const boxSpec = (d: Discovery): VegaLiteSpec => {
  const full = d.trajectory[0]?.limits ?? [];
  const ranges: Record<string, unknown>[] = [];
  const categories: Record<string, unknown>[] = [];
  for (const rule of d.rules) {
    const k = d.dimensions.findIndex((x) => x.name === rule.dimension);
    const dim = d.dimensions[k]!;
    const limit = d.box.limits[k]!;
    const all = full[k]!;
    if (limit.kind === "continuous" && all.kind === "continuous") {
      ranges.push({
        dimension: dim.name,
        low: limit.low,
        high: limit.high,
        from: all.low,
        to: all.high,
        rule: rule.text,
      });
    } else if (limit.kind === "categorical" && dim.kind === "categorical") {
      dim.categories.forEach((category, c) =>
        categories.push({
          dimension: dim.name,
          category,
          position: c,
          where: limit.keep.includes(c) ? "in the box" : "outside the box",
        }),
      );
    }
  }
  const color = { domain: ["in the box", "outside the box"], range: ["#e6550d", "#d9d9d9"] };
  const y = { field: "dimension", type: "nominal", title: null, axis: { labelLimit: OPTION_LABEL_LIMIT } };
  const rangePart = {
    data: { values: ranges },
    layer: [
      {
        mark: { type: "bar", color: "#bdbdbd", height: 14 },
        encoding: {
          y,
          x: {
            field: "from",
            type: "quantitative",
            scale: { domain: [0, Math.max(...ranges.map((r) => r.to as number), 0.05)] },
            title: "value (weight shares, rating places); grey: all scenarios, orange: the box",
          },
          x2: { field: "to" },
        },
      },
      {
        mark: { type: "bar", color: "#e6550d", height: 14 },
        encoding: {
          y,
          x: { field: "low", type: "quantitative" },
          x2: { field: "high" },
          tooltip: [{ field: "rule" }, { field: "low", format: ".3f" }, { field: "high", format: ".3f" }],
        },
      },
    ],
    width: 360,
    height: { step: 22 },
  };
  // Each precondition's (method's, beliefs') categories side by side in its row, named in the cell.
  const position = { field: "position", type: "ordinal", axis: null, scale: { paddingInner: 0.08 } };
  const categoryPart = {
    data: { values: categories },
    layer: [
      {
        mark: { type: "rect" },
        encoding: {
          y,
          x: position,
          color: { field: "where", type: "nominal", scale: color, title: null },
          tooltip: [{ field: "dimension" }, { field: "category" }, { field: "where" }],
        },
      },
      {
        mark: { type: "text", fontSize: 10, limit: 170 },
        encoding: {
          y,
          x: position,
          text: { field: "category" },
          color: { condition: { test: "datum.where === 'in the box'", value: "white" }, value: "#333" },
        },
      },
    ],
    width: { step: 176 },
    height: { step: 22 },
  };
  const parts = [...(categories.length > 0 ? [categoryPart] : []), ...(ranges.length > 0 ? [rangePart] : [])];
  return chart(`The box where ${d.targetText}: its limits`, `${d.summary}. ${caption(d)}`, {
    vconcat:
      parts.length > 0
        ? parts
        : [
            {
              data: { values: [{ text: "no limit: the box is every scenario" }] },
              mark: "text",
              encoding: { text: { field: "text" } },
            },
          ],
    resolve: { scale: { color: "independent" } },
  });
};

/**
 * A disagreement's two-by-two: whose values (rows) with whose beliefs (columns), each cell the
 * first option(s); the diagonal is each actor as it is. Cells coloured by whose first choice they give.
 *
 * @example
 * ```ts
 * disagreementSpec(disagreement(builtinCatalog(), "heritage", "bi-experts")).layer.length; // 2
 * ```
 */
export const disagreementSpec = (d: Disagreement): VegaLiteSpec => {
  const text = (ids: readonly string[]) => ids.join(" = ");
  const whose = (ids: readonly string[]) =>
    sameOptions(ids, d.top.a) && sameOptions(ids, d.top.b)
      ? "both"
      : sameOptions(ids, d.top.a)
        ? `${d.a}'s choice`
        : sameOptions(ids, d.top.b)
          ? `${d.b}'s choice`
          : "neither's";
  const cell = (values: string, beliefs: string, ids: readonly string[]) => ({
    values: `${values}'s values`,
    beliefs: `${beliefs}'s beliefs`,
    first: text(ids),
    gives: whose(ids),
  });
  return chart(
    `${d.a} and ${d.b}: the first option with values and beliefs exchanged`,
    `They differ in ${d.differIn === "nothing" ? "nothing: they agree" : d.differIn}; method ${d.method}`,
    {
      data: {
        values: [
          cell(d.a, d.a, d.top.a),
          cell(d.a, d.b, d.exchanged.aValuesBBeliefs),
          cell(d.b, d.a, d.exchanged.bValuesABeliefs),
          cell(d.b, d.b, d.top.b),
        ],
      },
      encoding: {
        y: { field: "values", type: "nominal", title: null, sort: [`${d.a}'s values`, `${d.b}'s values`] },
        x: {
          field: "beliefs",
          type: "nominal",
          title: null,
          sort: [`${d.a}'s beliefs`, `${d.b}'s beliefs`],
          axis: { orient: "top", labelAngle: 0 },
        },
      },
      layer: [
        {
          mark: { type: "rect", stroke: "white", strokeWidth: 2 },
          encoding: {
            color: {
              field: "gives",
              type: "nominal",
              title: "gives",
              scale: {
                domain: [`${d.a}'s choice`, `${d.b}'s choice`, "both", "neither's"],
                range: ["#6baed6", "#fd8d3c", "#74c476", "#bdbdbd"],
              },
            },
          },
        },
        { mark: { type: "text", fontSize: 12 }, encoding: { text: { field: "first" } } },
      ],
      width: { step: 260 },
      height: { step: 60 },
    },
  );
};
