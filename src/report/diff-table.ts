import type { ComparisonDiff } from "../scenario/diff";
import { formatNumber } from "./comparison-table";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

const show = (v: unknown): string =>
  v === undefined ? "(unset)" : typeof v === "string" ? v : JSON.stringify(v);

/**
 * The options that moved, as a table: rank and score before and after, feasibility, and the two
 * criteria whose contributions changed most.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const d = diff(compare(catalog), compare(catalog, { preconditions: { aumf: "enacted" } }));
 * diffTable(d).headers[0]; // "option"
 * ```
 */
export const diffTable = (d: ComparisonDiff): Table => ({
  headers: ["option", "rank", "score", "change", "feasible", "drivers"],
  numeric: [3],
  rows: d.moves.map((m) => [
    m.option,
    `${m.rank.from} -> ${m.rank.to}`,
    `${formatNumber(m.score.from)} -> ${formatNumber(m.score.to)}`,
    `${m.score.delta >= 0 ? "+" : ""}${formatNumber(m.score.delta)}`,
    m.feasible.from === m.feasible.to
      ? m.feasible.to
        ? "yes"
        : "no"
      : `${m.feasible.from ? "yes" : "no"} -> ${m.feasible.to ? "yes" : "no"}`,
    m.drivers
      .slice(0, 2)
      .map((x) => `${x.criterion} ${x.delta >= 0 ? "+" : ""}${formatNumber(x.delta)}`)
      .join(", "),
  ]),
});

/**
 * Renders a diff: what assumptions changed, then the moves table (`json`: the whole diff).
 *
 * @example
 * ```ts
 * const c = compare(builtinCatalog());
 * renderDiff(diff(c, c), "text"); // "no assumption differs\nno option moved\n"
 * ```
 */
export const renderDiff = (d: ComparisonDiff, format: TableFormat | "json"): string => {
  checkFormat(format, withJson);
  if (format === "json") return JSON.stringify(d, null, 2) + "\n";
  const changes = renderTable(
    {
      headers: ["assumption", "from", "to"],
      rows: d.assumptions.map((c) => [c.path, show(c.from), show(c.to)]),
    },
    format,
  );
  const moves = renderTable(diffTable(d), format);
  if (format === "csv") return moves;
  const heading = (text: string) => (format === "markdown" ? `## ${text}\n\n` : `${text}\n`);
  return [
    d.assumptions.length ? heading("assumptions changed") + changes : "no assumption differs\n",
    d.moves.length ? heading("options moved") + moves : "no option moved\n",
  ].join(d.assumptions.length || d.moves.length ? "\n" : "");
};
