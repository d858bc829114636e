import type { ComparisonSmaa } from "../uncertainty/smaa-comparison";
import { formatNumber, readableNumber } from "./comparison-table";
import { chartCaption } from "./charts/caption";
import { FEW_SAMPLES } from "../uncertainty/finalize";
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
 * Renders an SMAA of a comparison: a line with the samples, seed, what was sampled (weights:
 * uniformly, or held; ratings: within their intervals, or held) and the largest standard error of
 * a share; a line with the assumptions it ran under; the table; and what its columns mean
 * (`csv`: the table alone; `json`: the whole result).
 *
 * @example
 * ```ts
 * const r = smaaCompareSync(builtinCatalog(), {}, { samples: 2000, seed: 4 });
 * renderSmaa(r, "text").split("\n")[0]; // "SMAA: 2000 samples, seed 4, weights sampled uniformly, ratings sampled within their intervals; largest standard error of a share " + formatNumber(r.standardError.max, 4)
 * ```
 */
export const renderSmaa = (r: ComparisonSmaa, format: TableFormat | "json"): string => {
  checkFormat(format, withJson);
  if (format === "json") return JSON.stringify(r, null, 2) + "\n";
  const table = renderTable(smaaTable(r), format);
  if (format === "csv") return table;
  const weights =
    r.weights.kind === "simplex"
      ? "weights sampled uniformly"
      : r.weights.kind === "fixed"
        ? "weights held at the scenario's"
        : `weights sampled (${r.weights.kind})`;
  const ratings = r.ratings === "sampled" ? "ratings sampled within their intervals" : "ratings held";
  const head = `SMAA: ${r.samples} samples, seed ${r.seed}, ${weights}, ${ratings}; largest standard error of a share ${formatNumber(r.standardError.max, 4)}`;
  const under = chartCaption(r.assumptions, r.method, { weightsSampled: r.weights.kind !== "fixed" });
  const notes = [
    "first, top 3: the share of samples in which the option ranks first, in the top three (preconditions do not vary: a blocked option stays blocked)",
    `confidence: the share of rating samples in which the option ranks first with its central weights (the mean weights of its first places), ± its standard error over those ${r.ratings === "fixed" ? "samples (ratings held: always 1 or 0)" : "samples, not counting the central weights' own error"}`,
    `first-place samples: how many samples the central weights rest on; "few" under ${FEW_SAMPLES}`,
  ];
  return format === "markdown"
    ? `## ${head}\n\n${under}.\n\n${table}\n${notes.map((n) => `- ${n}`).join("\n")}\n`
    : `${head}\n${under}\n\n${table}\n${notes.join("\n")}\n`;
};
