import type { TimelineStep } from "../../scenario/timeline";
import { timelineCaption } from "../timeline-table";
import { chart, OPTION_LABEL_LIMIT, type VegaLiteSpec } from "./spec";

/**
 * The timeline as a grid: one row per option (in the order of the last date's ranking), one column
 * per preset date, each cell its rank then (`=` for a tie; darker is better), blocked cells grey.
 * Read across a row to see an option rise, fall or become feasible as the documented state moved.
 *
 * @example
 * ```ts
 * const spec = timelineSpec(timeline(builtinCatalog()));
 * spec.layer.length; // 2
 * ```
 */
export const timelineSpec = (steps: readonly TimelineStep[]): VegaLiteSpec => {
  const last = steps.at(-1)!.comparison;
  const order = new Map(last.rows.map((r, k) => [r.option, k]));
  const columns = steps.map((s) => `${s.preset} (${s.date})`);
  const values = steps.flatMap((s, k) =>
    s.comparison.rows.map((r) => ({
      option: r.option,
      order: order.get(r.option) ?? last.rows.length,
      date: columns[k],
      rank: r.rank,
      label: `${r.tiedWith.length > 0 ? "=" : ""}${r.rank}`,
      feasible: r.feasible ? "feasible" : "blocked",
      score: r.score,
    })),
  );
  return chart(
    "Over time: each option's rank under each date's documented states (grey: blocked)",
    timelineCaption(steps),
    {
      data: { values },
      encoding: {
        y: {
          field: "option",
          type: "nominal",
          sort: { field: "order" },
          title: null,
          axis: { labelLimit: OPTION_LABEL_LIMIT },
        },
        x: { field: "date", type: "ordinal", sort: columns, title: null, axis: { labelAngle: 0 } },
      },
      layer: [
        {
          mark: { type: "rect", stroke: "white" },
          encoding: {
            color: {
              condition: { test: "datum.feasible === 'blocked'", value: "#d9d9d9" },
              field: "rank",
              type: "quantitative",
              scale: { scheme: "blues", reverse: true },
              title: "rank",
            },
            tooltip: [
              { field: "option" },
              { field: "date" },
              { field: "label", title: "rank" },
              { field: "feasible" },
              { field: "score", format: ".3f" },
            ],
          },
        },
        {
          mark: { type: "text", fontSize: 11 },
          encoding: {
            text: { field: "label" },
            color: {
              condition: { test: "datum.feasible === 'feasible' && datum.rank <= 5", value: "white" },
              value: "black",
            },
          },
        },
      ],
      width: { step: 110 },
      height: { step: 20 },
    },
  );
};
