import type { TimelineStep } from "../scenario/timeline";
import { chartCaption } from "./charts/caption";
import { cite } from "./cite";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

/** The assumptions a timeline holds, in one line: method, perspective, states held, weights, risks. */
export const timelineCaption = (steps: readonly TimelineStep[]): string => {
  const first = steps[0]!;
  const held = Object.entries(first.held).map(([k, v]) => `${k}=${v}`);
  const states = `each date's documented states${held.length ? `, except ${held.join(", ")} at every date` : ""}`;
  return chartCaption(first.comparison.assumptions, first.comparison.method, { states });
};

/** "1 a" or "=1 a, b". */
const firstText = (top: readonly string[]): string =>
  top.length === 0 ? "none" : `${top.length > 1 ? "=" : ""}1 ${top.join(", ")}`;

/**
 * The timeline as a table, one row per date: the preset, the top option (`=1` marks a tie), how
 * many options are feasible, the states that moved since the date before, and the options that
 * became feasible or blocked with them.
 *
 * @example
 * ```ts
 * const t = timelineTable(timeline(builtinCatalog()));
 * t.headers; // ["date", "preset", "top option", "feasible", "states moved", "became feasible", "became blocked"]
 * t.rows.length; // 4
 * ```
 */
export const timelineTable = (steps: readonly TimelineStep[]): Table => ({
  headers: ["date", "preset", "top option", "feasible", "states moved", "became feasible", "became blocked"],
  rows: steps.map((s) => [
    s.date,
    s.preset,
    firstText(s.top),
    `${s.comparison.rows.filter((r) => r.feasible).length} of ${s.comparison.rows.length + s.comparison.excluded.length}`,
    s.moved.map((m) => `${m.precondition} ${m.from} -> ${m.to}`).join("; "),
    (s.change?.becameFeasible ?? []).join(", "),
    (s.change?.becameBlocked ?? []).join(", "),
  ]),
});

/**
 * Renders a timeline: `text` and `markdown` give the assumptions held, the table, and for each date
 * the states that moved with the preset's reason and quotes, and whether the top option changed;
 * `csv` is the table alone; `json` the whole timeline, comparisons included.
 *
 * @example
 * ```ts
 * renderTimeline(timeline(builtinCatalog()), "text").split("\n")[0]; // "Timeline: each preset's documented states in date order. Under: method wsm; each date's documented states; default weights; risks beside the score"
 * ```
 */
export const renderTimeline = (steps: readonly TimelineStep[], format: TableFormat | "json"): string => {
  checkFormat(format, withJson);
  if (format === "json") return JSON.stringify(steps, null, 2) + "\n";
  const table = renderTable(timelineTable(steps), format);
  if (format === "csv") return table;
  const head = `Timeline: each preset's documented states in date order. ${timelineCaption(steps)}`;
  const why = steps.flatMap((s) => {
    if (!s.change) return [];
    const top = s.change.top.changed
      ? `top option: ${firstText(s.change.top.from)} -> ${firstText(s.change.top.to)}`
      : `top option unchanged: ${firstText(s.top)}`;
    const moved = s.moved.flatMap((m) => [
      `${m.precondition}: ${m.from} -> ${m.to}. ${m.rationale}`,
      ...m.evidence.map((e) => `  ${cite(e)}`),
    ]);
    return [
      `${s.preset} (${s.name}): ${top}`,
      ...(moved.length > 0 ? moved : ["no documented state moved"]).map((l) => `  ${l}`),
    ];
  });
  return format === "markdown"
    ? `## ${head}\n\n${table}\n${why.map((l) => l.replace(/^ */, (indent) => `${indent}- `)).join("\n")}\n`
    : `${head}\n\n${table}\n${why.join("\n")}\n`;
};
