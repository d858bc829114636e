import { compareEither } from "../comparison/compare";
import type { Comparison } from "../comparison/types";
import { orThrow } from "../errors";
import { compareMethodsOnEither } from "../methods/compare-methods-catalog";
import type { Catalog } from "../model/catalog";
import {
  agreementTable,
  methodsTable,
  renderAnalysis,
  stabilityTable,
  tornadoTable,
} from "../report/analysis-tables";
import { contributionsSpec, heatmapSpec, ladderSpec } from "../report/charts/comparison-charts";
import { renderSvgEither } from "../report/charts/render-svg";
import type { VegaLiteSpec } from "../report/charts/spec";
import { acceptabilitySpec, stabilitySpec, tornadoSpec } from "../report/charts/uncertainty-charts";
import type { TableFormat } from "../report/table";
import { stabilityCompareEither, tornadoCompareEither } from "../sensitivity/comparison";
import type { CriterionStability } from "../sensitivity/comparison";
import { comparisonSmaaProblemEither, weightsSetBy } from "../uncertainty/smaa-comparison";
import { smaaParallelEither } from "../uncertainty/parallel";
import { CliError, oneOf, seedFlag, wholeNumber, type Flags } from "./args";
import type { AssumptionsInput } from "../model/assumptions";
import type { CliIo } from "./files";
import { availableParallelism } from "node:os";

/** The chart names `--chart` takes. */
export const chartNames = [
  "heatmap",
  "contributions",
  "acceptability",
  "stability",
  "tornado",
  "ladder",
] as const;

/**
 * What SMAA samples, from --vary: `both` (weights uniformly and ratings within their intervals,
 * the default), `ratings` (the assumptions' weights held), `weights` (ratings held). With weights
 * of the scenario's own, --vary must be said: `both` and `weights` would not use them.
 */
const varyOf = (values: Flags, assumptions: Record<string, unknown>) => {
  // The assumptions are checked (comparisonSmaaProblem) before this is asked.
  const setBy = weightsSetBy(assumptions as AssumptionsInput);
  if (values.vary === undefined && setBy !== undefined) {
    throw new CliError(
      `--samples: ${setBy} sets weights, which sampling every weight would not use: add --vary ratings to hold them (only ratings vary), or --vary both to sample every weight`,
    );
  }
  const vary = oneOf("--vary", values.vary, ["both", "ratings", "weights"] as const, "both");
  return {
    weights: vary === "ratings" ? ({ kind: "fixed" } as const) : ({ kind: "simplex" } as const),
    ratings: vary === "weights" ? ("fixed" as const) : ("sampled" as const),
  };
};

/** SMAA of the comparison with the --samples, --seed, --workers and --vary flags. */
export const runSmaa = async (
  io: CliIo,
  values: Flags,
  catalog: Catalog,
  assumptions: Record<string, unknown>,
) => {
  const samples = wholeNumber("--samples", values.samples, 1, 1e10, 10_000);
  const seed = seedFlag(values);
  const workers = wholeNumber("--workers", values.workers, 1, 256, 1);
  const p = orThrow(comparisonSmaaProblemEither(catalog, assumptions));
  const vary = varyOf(values, assumptions);
  const progress = io.progress;
  const control = {
    workers,
    ...(progress
      ? { onProgress: ({ done, total }: { done: number; total: number }) => progress(done, total) }
      : {}),
  };
  const result = orThrow(
    await smaaParallelEither(p.problem, { samples, seed, method: p.method, ...vary }, control),
  );
  return { ...result, options: p.options, criteria: p.criteria, assumptions: p.assumptions };
};

/**
 * When --workers asks for more threads than this machine has cores, the run uses the cores (the
 * result is the same for any number): said under the table, not silently.
 */
export const workersNote = (values: Flags, cores = availableParallelism()): string => {
  const asked = wholeNumber("--workers", values.workers, 1, 256, 1);
  return asked > cores
    ? `\n--workers ${asked}: ran on at most ${cores} threads, this machine's cores (the result is the same for any number).\n`
    : "";
};

export const tornadoOf = (
  catalog: Catalog,
  assumptions: Record<string, unknown>,
  option: string | undefined,
) => {
  const comparison = orThrow(compareEither(catalog, assumptions));
  const chosen = option ?? comparison.rows[0]!.option;
  const row = comparison.rows.find((r) => r.option === chosen);
  if (!row && comparison.excluded.some((f) => f.option === chosen)) {
    throw new CliError(
      `--tornado: '${chosen}' is blocked, and --infeasible exclude leaves it out; use --infeasible rank-last to chart it`,
    );
  }
  if (!row)
    throw new CliError(
      `--tornado: unknown option '${chosen}' (known: ${comparison.rows.map((r) => r.option).join(", ")})`,
    );
  return {
    option: chosen,
    score: row.score,
    comparison,
    bars: orThrow(tornadoCompareEither(catalog, assumptions, chosen)),
  };
};

/** `compare --chart NAME --out FILE`: a chart as SVG (rendered here) or as a Vega-Lite spec (`.vl.json`/`.json`). */
export const chartCommand = async (
  io: CliIo,
  values: Flags,
  catalog: Catalog,
  assumptions: Record<string, unknown>,
) => {
  const name = values.chart!;
  if (!(chartNames as readonly string[]).includes(name))
    throw new CliError(`--chart: expected one of ${chartNames.join(", ")}, got '${name}'`);
  if (!values.out) throw new CliError("--chart: needs --out FILE, ending in .svg, .vl.json or .json");
  const out = chartFile(io, values.out);
  let spec: VegaLiteSpec;
  if (name === "acceptability") spec = acceptabilitySpec(await runSmaa(io, values, catalog, assumptions));
  else if (name === "stability") {
    spec = stabilitySpec(
      orThrow(stabilityCompareEither(catalog, assumptions)),
      orThrow(compareEither(catalog, assumptions)),
    );
  } else if (name === "tornado") {
    const t = tornadoOf(catalog, assumptions, values.option ?? values.tornado);
    spec = tornadoSpec(t.bars, t.comparison, t.option);
  } else {
    const comparison = orThrow(compareEither(catalog, assumptions));
    spec =
      name === "heatmap"
        ? heatmapSpec(comparison)
        : name === "contributions"
          ? contributionsSpec(comparison)
          : ladderSpec(comparison);
  }
  await writeChart(io, out, spec);
};

/** The --out file of a chart, checked before any work: its ending, and that the caller can write. */
export const chartFile = (io: CliIo, out: string): string => {
  if (!/\.(svg|json)$/i.test(out))
    throw new CliError("--out: expected a file ending in .svg, .vl.json or .json");
  if (!io.writeFile) throw new CliError("--out: this caller cannot write files");
  return out;
};

/** Runs `write` for --out FILE and says so on stdout; a failure to write is one line naming --out. */
export const writeOut = async (io: CliIo, out: string, write: () => void | Promise<void>): Promise<void> => {
  try {
    await write();
  } catch (error) {
    if (error instanceof CliError) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError(`--out ${out}: cannot write the file (${code})`);
  }
  io.stdout(`wrote ${out}\n`);
};

/** Writes a chart as SVG (rendered here) or as its Vega-Lite spec, and says so on stdout. */
export const writeChart = async (io: CliIo, out: string, spec: VegaLiteSpec): Promise<void> => {
  const text = /\.svg$/i.test(out)
    ? orThrow(await renderSvgEither(spec))
    : JSON.stringify(spec, null, 2) + "\n";
  return writeOut(io, out, () => io.writeFile!(out, text));
};

/**
 * Why a ranking holds only at the weight now: options tied now part as soon as any weight moves.
 * Said under the table, naming the ties, wherever a "ranking holds" range is a single point.
 */
const tiesNote = (
  s: readonly CriterionStability[],
  catalog: Catalog,
  assumptions: Record<string, unknown>,
) => {
  if (!s.some((x) => x.ranking[0] === x.ranking[1])) return "";
  const rows = orThrow(compareEither(catalog, assumptions)).rows;
  const ties = new Set(
    rows.filter((r) => r.tiedWith.length > 0).map((r) => [r.option, ...r.tiedWith].sort().join(" = ")),
  );
  if (ties.size === 0) return "";
  return `\nWhere the ranking holds at one weight only, options tied now part as soon as that weight moves: ${[...ties].join("; ")}.\n`;
};

/**
 * Whether the leader stays first as each of its ratings goes to either end of its interval (the
 * other ratings held), and when it ties for first: said under the ranking, so a narrow lead is not
 * read as a settled one. A tie at the top is named; nothing when no option is feasible.
 */
export const leadNote = (
  comparison: Comparison,
  catalog: Catalog,
  assumptions: Record<string, unknown>,
): string => {
  const first = comparison.rows.filter((r) => r.rank === 1 && r.feasible);
  if (first.length > 1) {
    return `\nTied at the top: ${first.map((r) => r.option).join(" = ")}; --samples shows how often each comes first.\n`;
  }
  if (first.length === 0) return "";
  const leader = first[0]!.option;
  const ends = orThrow(tornadoCompareEither(catalog, assumptions, leader)).flatMap((b) =>
    (["low", "high"] as const).map((end) => ({ criterion: b.criterion, end, ...b[end] })),
  );
  const drops = ends.filter((x) => x.rank > 1);
  const ties = ends.filter((x) => x.rank === 1 && x.tied);
  if (drops.length === 0 && ties.length === 0) {
    return `\n${leader} stays first at either end of each of its ratings' intervals (the other options' ratings held).\n`;
  }
  const plural = (n: number) => `${n} end${n > 1 ? "s" : ""}`;
  const at = (x: (typeof ends)[number]) => `the ${x.end} end of its ${x.criterion} rating`;
  let what: string;
  if (drops.length > 0) {
    const worst = drops.reduce((a, b) => (b.rank > a.rank ? b : a));
    const place = worst.tied ? `a tie at ${worst.rank}` : `${worst.rank}`;
    what = `falls below first at ${plural(drops.length)} of its ratings' intervals (to ${place} at ${at(worst)})${ties.length > 0 ? ` and ties for first at ${ties.length} more` : ""}`;
  } else {
    what = `ties for first at ${plural(ties.length)} of its ratings' intervals (at ${at(ties[0]!)}${ties.length > 1 ? " and others" : ""})`;
  }
  return `\nThe lead is narrow: ${leader} ${what}; --tornado ${leader} shows each end, --samples how often each option comes first.\n`;
};

/**
 * Whether the other methods put the same option first: said under the ranking when one does not,
 * since the choice of method is an assumption too.
 */
export const methodsNote = (
  comparison: Comparison,
  catalog: Catalog,
  assumptions: Record<string, unknown>,
): string => {
  const c = orThrow(compareMethodsOnEither(catalog, assumptions));
  const firsts = (ranks: readonly number[]) => c.options.filter((_, i) => ranks[i] === 1).join(" = ");
  const mine = firsts(c.results.find((r) => r.method === comparison.method.method)!.ranks);
  const others = c.results.filter((r) => r.method !== comparison.method.method);
  const differ = others.filter((r) => firsts(r.ranks) !== mine);
  if (differ.length === 0) return `\nEvery other method puts ${mine} first too.\n`;
  const agree = others.filter((r) => firsts(r.ranks) === mine).map((r) => r.method);
  return `\nOther methods put first: ${differ.map((r) => `${r.method} ${firsts(r.ranks)}`).join(", ")}${agree.length ? ` (${agree.join(", ")} agree with ${comparison.method.method})` : ""}; --methods shows each ranking.\n`;
};

/** `compare --methods`, `--stability`, `--tornado OPTION`: the analyses as tables. */
export const analysisCommand = (
  io: CliIo,
  values: Flags,
  catalog: Catalog,
  assumptions: Record<string, unknown>,
  format: TableFormat | "json",
) => {
  if (values.methods) {
    const c = orThrow(compareMethodsOnEither(catalog, assumptions));
    io.stdout(renderAnalysis([methodsTable(c, c.options), agreementTable(c)], c, format));
  } else if (values.stability) {
    const s = orThrow(stabilityCompareEither(catalog, assumptions));
    io.stdout(
      renderAnalysis([stabilityTable(s)], s, format) +
        (format === "text" || format === "markdown" ? tiesNote(s, catalog, assumptions) : ""),
    );
  } else {
    const t = tornadoOf(catalog, assumptions, values.tornado);
    io.stdout(renderAnalysis([tornadoTable(t.bars)], t, format));
  }
};
