import type { MethodComparison } from "../methods/compare-methods";
import type { CriterionStability, CriterionTornadoBar } from "../sensitivity/comparison";
import { formatNumber } from "./comparison-table";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

/**
 * Each option's rank under every method, and the Borda consensus, best consensus first.
 *
 * @example
 * ```ts
 * const p = { matrix: [[7, 9], [8, 7], [9, 6]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * methodsTable(compareMethods(p), ["a", "b", "c"]).headers; // ["option", "wsm", "wpm", "topsis", "vikor", "promethee2", "consensus"]
 * ```
 */
export const methodsTable = (
  c: Pick<MethodComparison, "consensus"> & {
    readonly results: readonly { readonly method: string; readonly ranks: readonly number[] }[];
  },
  options: readonly string[],
): Table => ({
  headers: ["option", ...c.results.map((r) => r.method), "consensus"],
  numeric: c.results.map((_, k) => k + 1).concat([c.results.length + 1]),
  rows: c.consensus.order.map((i) => [
    options[i] ?? String(i),
    ...c.results.map((r) => shownRank(r.ranks, i)),
    shownRank(c.consensus.ranks, i),
  ]),
});

/** A rank as the tables show it: `=4` when another option holds it too. */
const shownRank = (ranks: readonly number[], i: number): string => {
  const r = ranks[i]!;
  let holders = 0;
  for (const x of ranks) if (x === r) holders++;
  return `${holders > 1 ? "=" : ""}${r}`;
};

/**
 * How far each pair of methods agrees: Spearman's ρ and Kendall's τ-b.
 *
 * @example
 * ```ts
 * const p = { matrix: [[7, 9], [8, 7], [9, 6]], weights: [1, 1], directions: ["benefit", "benefit"] };
 * agreementTable(compareMethods(p)).rows.length; // 10
 * ```
 */
export const agreementTable = (c: Pick<MethodComparison, "agreement">): Table => ({
  headers: ["methods", "spearman", "kendall"],
  numeric: [1, 2],
  rows: c.agreement.map((a) => [
    `${a.a} / ${a.b}`,
    a.spearman === null ? "undefined" : formatNumber(a.spearman),
    a.kendall === null ? "undefined" : formatNumber(a.kendall),
  ]),
});

/**
 * Weight stability per criterion: the current share and the ranges over which the top option and
 * the whole ranking hold.
 *
 * @example
 * ```ts
 * stabilityTable(stabilityCompare(builtinCatalog())).headers; // ["criterion", "weight", "top holds", "ranking holds", "exact"]
 * ```
 */
export const stabilityTable = (s: readonly CriterionStability[]): Table => ({
  headers: ["criterion", "weight", "top holds", "ranking holds", "exact"],
  numeric: [1],
  rows: s.map((x) => [
    x.criterion,
    formatNumber(x.weight),
    `${formatNumber(x.top[0])} .. ${formatNumber(x.top[1])}`,
    `${formatNumber(x.ranking[0])} .. ${formatNumber(x.ranking[1])}`,
    x.exact ? "yes" : "numeric",
  ]),
});

/**
 * A tornado as a table: each criterion's rating interval and the option's score and rank at each end.
 *
 * @example
 * ```ts
 * tornadoTable(tornadoCompare(builtinCatalog(), {}, "training-fid")).rows[0][0]; // "mexican-role"
 * ```
 */
export const tornadoTable = (bars: readonly CriterionTornadoBar[]): Table => ({
  headers: ["criterion", "rating low", "score", "rank", "rating high", "score", "rank", "swing"],
  numeric: [1, 2, 3, 4, 5, 6, 7],
  rows: bars.map((b) => [
    b.criterion,
    formatNumber(b.low.value, 1),
    formatNumber(b.low.score),
    `${b.low.tied ? "=" : ""}${b.low.rank}`,
    formatNumber(b.high.value, 1),
    formatNumber(b.high.score),
    `${b.high.tied ? "=" : ""}${b.high.rank}`,
    formatNumber(b.swing),
  ]),
});

/**
 * Renders any of these analyses: JSON of the data, or the tables one after the other.
 *
 * @example
 * ```ts
 * renderAnalysis([stabilityTable(stabilityCompare(builtinCatalog()))], { any: "data" }, "json"); // '{\n  "any": "data"\n}\n'
 * ```
 */
export const renderAnalysis = (
  tables: readonly Table[],
  data: unknown,
  format: TableFormat | "json",
): string =>
  checkFormat(format, withJson) === "json"
    ? JSON.stringify(data, null, 2) + "\n"
    : tables.map((t) => renderTable(t, format as TableFormat)).join("\n");
