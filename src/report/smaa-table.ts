import type { ComparisonSmaa } from "../uncertainty/smaa-comparison";
import { formatNumber, readableNumber } from "./comparison-table";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

/** Σ rank × share: the mean rank of an option over the samples. */
const expectedRank = (row: readonly number[]) => row.reduce((s, p, r) => s + (r + 1) * p, 0);

/**
 * SMAA as a table, most often first first: each option's share of first places, of top-three
 * places, its expected rank, its confidence factor with its standard error, and how many samples
 * its central weights rest on ("few" under `FEW_SAMPLES`: read its confidence with care).
 *
 * @example
 * ```ts
 * const t = smaaTable(smaaCompareSync(builtinCatalog(), {}, { samples: 2000 }));
 * t.headers; // ["option", "first", "top 3", "expected rank", "confidence", "first-place samples"]
 * ```
 */
export const smaaTable = (r: ComparisonSmaa): Table => ({
  headers: ["option", "first", "top 3", "expected rank", "confidence", "first-place samples"],
  numeric: [1, 2, 3, 4, 5],
  rows: r.options
    .map((option, i) => ({ option, i, row: r.acceptability[i]! }))
    .sort(
      (x, y) =>
        y.row[0]! - x.row[0]! ||
        expectedRank(x.row) - expectedRank(y.row) ||
        x.option.localeCompare(y.option),
    )
    .map(({ option, i, row }) => {
      const confidence = r.confidence[i];
      const se = r.standardError.confidence[i];
      const firsts = r.support.central[i]!;
      return [
        option,
        formatNumber(row[0]!),
        formatNumber(row.slice(0, 3).reduce((s, p) => s + p, 0)),
        formatNumber(expectedRank(row), 2),
        confidence === null || confidence === undefined
          ? ""
          : `${formatNumber(confidence)}${se ? ` ±${formatNumber(se)}` : ""}`,
        firsts > 0 ? `${readableNumber(firsts)}${r.support.few[i] ? " (few)" : ""}` : "",
      ];
    }),
});

/**
 * Renders an SMAA of a comparison: a line with the samples, seed, weight model, whether ratings
 * were sampled, and the largest standard error, then
 * the table (`csv`: the table alone; `json`: the whole result).
 *
 * @example
 * ```ts
 * const r = smaaCompareSync(builtinCatalog(), {}, { samples: 2000, seed: 4 });
 * renderSmaa(r, "text").split("\n")[0]; // "SMAA: 2000 samples, seed 4, weights simplex, ratings sampled, largest standard error " + formatNumber(r.standardError.max, 4)
 * ```
 */
export const renderSmaa = (r: ComparisonSmaa, format: TableFormat | "json"): string => {
  checkFormat(format, withJson);
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  const table = renderTable(smaaTable(r), format);
  if (format === "csv") return table;
  const head = `SMAA: ${r.samples} samples, seed ${r.seed}, weights ${r.weights.kind}, ratings ${r.ratings}, largest standard error ${formatNumber(r.standardError.max, 4)}`;
  return `${format === "markdown" ? `## ${head}` : head}\n\n${table}`;
};
