import { builtinCatalog } from "../catalog/index";
import { compareEither } from "../comparison/compare";
import * as E from "fp-ts/lib/Either.js";
import { orThrow } from "../errors";
import { resolveAssumptionsEither } from "../scenario/resolve";
import type { Catalog } from "../model/catalog";
import { parseCatalogJson } from "../model/load-catalog";
import { catalogMarkdown } from "../report/catalog-markdown";
import { renderComparison } from "../report/comparison-table";
import { renderDiff } from "../report/diff-table";
import { explainOption } from "../report/explain-row";
import { renderPerspectives } from "../report/perspectives-table";
import { diff } from "../scenario/diff";
import { comparePerspectivesEither } from "../scenario/perspectives";
import { assumptionsJsonSchema } from "../scenario/schema";
import {
  CliError,
  numbers,
  oneOf,
  pairs,
  scenarioFlags,
  seedFlag,
  share,
  wholeNumber,
  type FlagName,
  type Flags,
} from "./args";
import { renderSmaa } from "../report/smaa-table";
import {
  analysisCommand,
  chartCommand,
  chartFile,
  leadNote,
  methodsNote,
  runSmaa,
  tornadoOf,
  workersNote,
  writeChart,
  writeOut,
} from "./analysis";
import { compareMethodsOnEither } from "../methods/compare-methods-catalog";
import { stabilityCompareEither } from "../sensitivity/comparison";
import { timelineEither } from "../scenario/timeline";
import {
  discoverEither,
  discoverShardEither,
  mergeDiscoveryEither,
  type Discovery,
  type DiscoveryShard,
  type DiscoverySpace,
  type DiscoveryTarget,
  type WeightSpace,
} from "../discovery/discover";
import type { MethodName } from "../methods/method-options";
import { parseJsonText } from "../model/json";
import { renderDiscovery } from "../report/discovery-table";
import { boxSpec, decisiveSpec, disagreementSpec, trajectorySpec } from "../report/charts/discovery-charts";
import { disagreementEither } from "../scenario/disagreement";
import { briefEither } from "../report/brief";
import {
  assumptionsSheet,
  comparisonSheets,
  methodsSheets,
  perspectivesSheets,
  stabilitySheet,
  tornadoSheet,
  disagreementSheet,
  discoverySheets,
  smaaSheets,
  workbookEither,
  type WorkbookSheet,
} from "../report/workbook";
import { htmlToPdf } from "./pdf";
import { renderDisagreement } from "../report/disagreement-table";
import { renderTimeline } from "../report/timeline-table";
import { timelineSpec } from "../report/charts/timeline-chart";
import { readObjectFile, readText, type CliIo } from "./files";
import { verifyEvidence, type EvidenceMiss } from "../model/verify-evidence";
import { join } from "node:path";

const formats = ["text", "markdown", "csv", "json"] as const;

export const loadCatalogFrom = (io: CliIo, path: string | undefined): Catalog =>
  path === undefined ? builtinCatalog() : orThrow(parseCatalogJson(readText(io, "--catalog", path)));

/** The perspective the flags ask for: a name, with `--perspective-use` and `--perspective-conditions`. */
const perspectiveFrom = (values: Flags): Record<string, unknown> => {
  const use = values["perspective-use"];
  const conditions = values["perspective-conditions"];
  const refined = use !== undefined || conditions !== undefined;
  if (refined && (values.perspective === undefined || values.perspective === "all")) {
    const flag = use !== undefined ? "--perspective-use" : "--perspective-conditions";
    throw new CliError(`${flag}: applies to one perspective, given with --perspective NAME`);
  }
  if (values.perspective === undefined || values.perspective === "all") return {};
  if (!refined) return { perspective: values.perspective };
  return {
    perspective: {
      id: values.perspective,
      use: oneOf(
        "--perspective-use",
        use,
        ["values-and-beliefs", "values", "beliefs"] as const,
        "values-and-beliefs",
      ),
      conditions: conditions === true,
    },
  };
};

/**
 * A map from a scenario file with the flags' entries over it. What the file holds goes to the
 * library's validation as it is, so a malformed map (`weights: 5`) is refused there, not dropped.
 */
const overlaid = (fromFile: unknown, fromFlags: Record<string, unknown>): unknown => {
  if (Object.keys(fromFlags).length === 0) return fromFile;
  if (fromFile === undefined) return fromFlags;
  const plain = fromFile !== null && typeof fromFile === "object" && !Array.isArray(fromFile);
  return plain ? { ...fromFile, ...fromFlags } : fromFile;
};

/** Assumptions from a scenario file (or --assumptions), overridden by the flags. */
const assumptionsFrom = async (
  io: CliIo,
  catalog: Catalog,
  values: Flags,
  file?: string,
): Promise<Record<string, unknown>> => {
  if (values.scenario !== undefined && values.assumptions !== undefined) {
    throw new CliError("--assumptions: the same as --scenario; give one of them");
  }
  const path = file ?? values.scenario ?? values.assumptions;
  const flag = file ? "diff" : values.scenario ? "--scenario" : "--assumptions";
  const base = path ? await readObjectFile(io, flag, path) : {};
  // The file's own content is checked first, so that its errors name the file.
  const checked = resolveAssumptionsEither(catalog, base);
  if (path && E.isLeft(checked))
    throw new CliError(`${file ? path : `${flag} ${path}`}: ${checked.left.message}`);
  const preconditions = overlaid(base.preconditions, pairs("--set", values.set));
  const weights = overlaid(base.weights, numbers("--weight", values.weight));
  return {
    ...base,
    ...(values.preset !== undefined ? { preset: values.preset } : {}),
    ...perspectiveFrom(values),
    ...(preconditions !== undefined ? { preconditions } : {}),
    ...(weights !== undefined ? { weights } : {}),
    ...(values.method !== undefined ? { method: values.method } : {}),
    ...(values.infeasible !== undefined ? { infeasible: values.infeasible } : {}),
  };
};

/** What `compare` is asked to do; flags that are not used in it are errors. */
type Mode = "table" | "explain" | "perspectives" | "samples" | "methods" | "stability" | "tornado" | "chart";

const modeFlags: Readonly<Record<Mode, readonly FlagName[]>> = {
  table: ["format"],
  explain: ["explain"],
  perspectives: ["format"],
  samples: ["format", "samples", "seed", "workers", "vary"],
  methods: ["format", "methods"],
  stability: ["format", "stability"],
  tornado: ["format", "tornado"],
  chart: ["chart", "out"],
};

const hint: Partial<Record<FlagName, string>> = {
  seed: "it goes with --samples",
  workers: "it goes with --samples",
  vary: "it goes with --samples",
  out: "it goes with --chart, or with --format xlsx",
  option: "it goes with --chart tornado",
  format: "--explain and --chart choose their own output",
};

const modeOf = (values: Flags): { mode: Mode; allowed: FlagName[] } => {
  const asked: [Mode, string][] = [
    ...(values.perspective === "all" ? [["perspectives", "--perspective all"] as [Mode, string]] : []),
    ...(values.chart !== undefined ? [["chart", "--chart"] as [Mode, string]] : []),
    ...(values.methods ? [["methods", "--methods"] as [Mode, string]] : []),
    ...(values.stability ? [["stability", "--stability"] as [Mode, string]] : []),
    ...(values.tornado !== undefined ? [["tornado", "--tornado"] as [Mode, string]] : []),
    ...(values.explain !== undefined ? [["explain", "--explain"] as [Mode, string]] : []),
    ...(values.samples !== undefined && values.chart === undefined
      ? [["samples", "--samples"] as [Mode, string]]
      : []),
  ];
  if (asked.length > 1) throw new CliError(`${asked[1]![1]}: not with ${asked[0]![1]} (one at a time)`);
  const mode = asked[0]?.[0] ?? "table";
  const scenario =
    mode === "perspectives"
      ? scenarioFlags.filter((f) => !["weight", "perspective-use", "perspective-conditions"].includes(f))
      : scenarioFlags;
  const extra: FlagName[] =
    mode === "chart" && values.chart === "tornado"
      ? ["option"]
      : mode === "chart" && values.chart === "acceptability"
        ? ["samples", "seed", "workers", "vary"]
        : [];
  return { mode, allowed: [...scenario, "catalog", ...modeFlags[mode], ...extra] };
};

/** The --out file of --format xlsx: required, ending in .xlsx. */
const xlsxOut = (values: Flags): string => {
  const out = values.out;
  if (out === undefined) throw new CliError("--format xlsx: needs --out FILE.xlsx (a workbook is a file)");
  if (!/\.xlsx$/i.test(out))
    throw new CliError(`--out ${out}: expected a file ending in .xlsx with --format xlsx`);
  return out;
};

/** Sheets written to an .xlsx file, or a one-line error naming --out. */
const writeWorkbook = async (io: CliIo, out: string, sheets: readonly WorkbookSheet[]): Promise<void> => {
  const bytes = orThrow(await workbookEither(sheets));
  return writeOut(io, out, () => io.writeBytes!(out, bytes));
};

/** compare's sheets for --format xlsx: the comparison (and its SMAA), or the analysis asked for with the assumptions. */
const compareSheets = async (
  io: CliIo,
  values: Flags,
  mode: string,
  catalog: Catalog,
  assumptions: Record<string, unknown>,
): Promise<WorkbookSheet[]> => {
  if (mode === "perspectives")
    return perspectivesSheets(orThrow(comparePerspectivesEither(catalog, assumptions)));
  const comparison = orThrow(compareEither(catalog, assumptions));
  if (mode === "samples") {
    return [
      ...comparisonSheets(catalog, comparison),
      ...smaaSheets(catalog, await runSmaa(io, values, catalog, assumptions)),
    ];
  }
  const analysis =
    mode === "methods"
      ? methodsSheets(orThrow(compareMethodsOnEither(catalog, assumptions)))
      : mode === "stability"
        ? [stabilitySheet(orThrow(stabilityCompareEither(catalog, assumptions)))]
        : mode === "tornado"
          ? [tornadoSheet(tornadoOf(catalog, assumptions, values.tornado).bars)]
          : undefined;
  return analysis
    ? [...analysis, assumptionsSheet(catalog, comparison)]
    : comparisonSheets(catalog, comparison);
};

/** `compare`: the ranking, one option explained, or every perspective's ranking. */
export const compareCommand = async (io: CliIo, values: Flags): Promise<void> => {
  const { mode, allowed: flagsOfMode } = modeOf(values);
  const xlsx = values.format === "xlsx";
  if (xlsx && (mode === "chart" || mode === "explain")) {
    throw new CliError(`--format xlsx: not with --${mode} (a workbook holds tables)`);
  }
  const allowed: readonly FlagName[] = xlsx ? [...flagsOfMode, "out"] : flagsOfMode;
  const extra = (Object.keys(values) as FlagName[]).find(
    (n) => values[n] !== undefined && !allowed.includes(n),
  );
  if (extra) {
    const where =
      mode === "table"
        ? "in a plain comparison"
        : `with ${mode === "perspectives" ? "--perspective all" : `--${mode}`}`;
    throw new CliError(`--${extra}: not used ${where}${hint[extra] ? ` (${hint[extra]})` : ""}`);
  }
  if (xlsx) {
    const out = xlsxOut(values);
    const catalog = loadCatalogFrom(io, values.catalog);
    const assumptions = await assumptionsFrom(io, catalog, values);
    return writeWorkbook(io, out, await compareSheets(io, values, mode, catalog, assumptions));
  }
  const format = oneOf("--format", values.format, formats, "text");
  const catalog = loadCatalogFrom(io, values.catalog);
  const assumptions = await assumptionsFrom(io, catalog, values);
  if (values.perspective === "all") {
    io.stdout(renderPerspectives(orThrow(comparePerspectivesEither(catalog, assumptions)), format));
    return;
  }
  if (values.chart !== undefined) return chartCommand(io, values, catalog, assumptions);
  if (values.methods || values.stability || values.tornado !== undefined) {
    return analysisCommand(io, values, catalog, assumptions, format);
  }
  if (values.samples !== undefined) {
    const text = renderSmaa(await runSmaa(io, values, catalog, assumptions), format);
    io.stdout(text + (format === "text" || format === "markdown" ? workersNote(values) : ""));
    return;
  }
  const comparison = orThrow(compareEither(catalog, assumptions));
  if (values.explain !== undefined) {
    const text = explainOption(comparison, values.explain);
    if (text === undefined) {
      if (comparison.excluded.some((f) => f.option === values.explain)) {
        throw new CliError(
          `--explain: '${values.explain}' is blocked, and --infeasible exclude leaves it out; use --infeasible rank-last to explain it`,
        );
      }
      const known = comparison.rows.map((r) => r.option).join(", ");
      throw new CliError(`--explain: unknown option '${values.explain}' (known: ${known})`);
    }
    io.stdout(text);
    return;
  }
  io.stdout(
    renderComparison(comparison, format) +
      (format === "text" || format === "markdown"
        ? leadNote(comparison, catalog, assumptions) + methodsNote(comparison, catalog, assumptions)
        : ""),
  );
};

/** `diff A B`: two scenario files compared. */
export const diffCommand = async (io: CliIo, values: Flags, files: readonly string[]): Promise<void> => {
  if (files.length !== 2) throw new CliError(`diff: expected two scenario files, got ${files.length}`);
  const format = oneOf("--format", values.format, formats, "text");
  const catalog = loadCatalogFrom(io, values.catalog);
  if (values.perspective === "all") {
    throw new CliError(
      "--perspective all: not with diff (diff compares two scenarios; give one perspective)",
    );
  }
  const [a, b] = await Promise.all(files.map((f) => assumptionsFrom(io, catalog, values, f)));
  io.stdout(renderDiff(diff(orThrow(compareEither(catalog, a)), orThrow(compareEither(catalog, b))), format));
};

/** Text in --format, or a chart file with --out (its format is the file's ending): never both. */
const textOrChart = (io: CliIo, values: Flags) => {
  if (values.out !== undefined && values.format !== undefined) {
    throw new CliError("--format: not used with --out (the chart's format is the file's ending)");
  }
  return {
    out: values.out !== undefined ? chartFile(io, values.out) : undefined,
    format: oneOf("--format", values.format, formats, "text"),
  };
};

/** discover's and merge's output: text, or --chart trajectory|decisive|box with --out. */
const discoveryOutput = (io: CliIo, values: Flags) => {
  if (values.format === "xlsx") {
    if (values.chart !== undefined)
      throw new CliError("--chart: not with --format xlsx (one output at a time)");
    return { out: undefined, format: "text" as const, chart: undefined, xlsx: xlsxOut(values) };
  }
  if ((values.chart === undefined) !== (values.out === undefined)) {
    throw new CliError(
      values.chart === undefined
        ? "--out: goes with --chart trajectory|decisive|box"
        : "--chart: needs --out FILE, ending in .svg, .vl.json or .json",
    );
  }
  const chart =
    values.chart !== undefined
      ? oneOf("--chart", values.chart, ["trajectory", "decisive", "box"] as const, "trajectory")
      : undefined;
  return { ...textOrChart(io, values), chart, xlsx: undefined };
};

/** A discovery as text, as a workbook, or as the chart asked for. */
const showDiscovery = (io: CliIo, d: Discovery, output: ReturnType<typeof discoveryOutput>) =>
  output.xlsx !== undefined
    ? writeWorkbook(io, output.xlsx, discoverySheets(d))
    : output.out !== undefined
      ? writeChart(
          io,
          output.out,
          output.chart === "decisive"
            ? decisiveSpec(d)
            : output.chart === "box"
              ? boxSpec(d)
              : trajectorySpec(d),
        )
      : io.stdout(renderDiscovery(d, output.format));

/**
 * `timeline`: the comparison at each preset's date, what moved and why; with `--out FILE` the
 * timeline chart instead (`.svg`, `.vl.json` or `.json`).
 */
export const timelineCommand = async (io: CliIo, values: Flags): Promise<void> => {
  const { out, format } = textOrChart(io, values);
  const catalog = loadCatalogFrom(io, values.catalog);
  const assumptions = await assumptionsFrom(io, catalog, values);
  const steps = orThrow(timelineEither(catalog, assumptions));
  if (out !== undefined) return writeChart(io, out, timelineSpec(steps));
  io.stdout(renderTimeline(steps, format));
};

/** `brief --out FILE.html|FILE.pdf`: the brief of a scenario, as one HTML page or printed to PDF. */
export const briefCommand = async (io: CliIo, values: Flags): Promise<void> => {
  const out = values.out;
  if (out === undefined) throw new CliError("brief: expected --out FILE.html or FILE.pdf");
  const pdf = /\.pdf$/i.test(out);
  if (!pdf && !/\.html?$/i.test(out)) {
    throw new CliError(`--out ${out}: expected a file ending in .html or .pdf`);
  }
  if (!pdf && values.paper !== undefined) throw new CliError("--paper: goes with --out FILE.pdf");
  const paper = oneOf("--paper", values.paper, ["a4", "letter"] as const, "a4");
  const catalog = loadCatalogFrom(io, values.catalog);
  const assumptions = await assumptionsFrom(io, catalog, values);
  const samples = wholeNumber("--samples", values.samples, 100, 10_000_000, 20_000);
  const seed = seedFlag(values);
  const html = orThrow(await briefEither(catalog, assumptions, { samples, seed }));
  const bytes = pdf ? await htmlToPdf(html, out, paper === "a4" ? "A4" : "Letter") : undefined;
  return writeOut(io, out, () => (bytes ? io.writeBytes!(out, bytes) : io.writeFile!(out, html)));
};

/** `disagree A B`: where two perspectives part, values or beliefs, and the cruxes. */
export const disagreeCommand = async (io: CliIo, values: Flags, actors: readonly string[]): Promise<void> => {
  if (actors.length !== 2) {
    throw new CliError(`disagree: expected two perspectives, got ${actors.length}`);
  }
  if (values.format === "xlsx") {
    const out = xlsxOut(values);
    const catalog = loadCatalogFrom(io, values.catalog);
    const assumptions = await assumptionsFrom(io, catalog, values);
    return writeWorkbook(io, out, [
      disagreementSheet(orThrow(disagreementEither(catalog, actors[0]!, actors[1]!, assumptions))),
    ]);
  }
  const { out, format } = textOrChart(io, values);
  const catalog = loadCatalogFrom(io, values.catalog);
  const assumptions = await assumptionsFrom(io, catalog, values);
  const d = orThrow(disagreementEither(catalog, actors[0]!, actors[1]!, assumptions));
  if (out !== undefined) return writeChart(io, out, disagreementSpec(d));
  io.stdout(renderDisagreement(d, format));
};

/** discover's space from its flags: --pin, --weights (with --spread, --around, --bound), --ratings, --beliefs, and --method A,B. */
const spaceFrom = (values: Flags, methods: readonly string[]): DiscoverySpace => {
  const kind = oneOf(
    "--weights",
    values.weights,
    ["simplex", "fixed", "around", "intervals"] as const,
    "simplex",
  );
  if (kind !== "around" && (values.spread !== undefined || values.around !== undefined)) {
    throw new CliError(`--${values.spread !== undefined ? "spread" : "around"}: goes with --weights around`);
  }
  if (kind !== "intervals" && values.bound !== undefined) {
    throw new CliError("--bound: goes with --weights intervals");
  }
  let weights: WeightSpace = kind === "fixed" ? "fixed" : "simplex";
  if (kind === "around") {
    if (values.spread === undefined)
      throw new CliError("--weights around: needs --spread S (a share, like 0.3)");
    weights = {
      kind: "around",
      spread: share("--spread", values.spread),
      ...(values.around !== undefined ? { perspective: values.around } : {}),
    };
  }
  if (kind === "intervals") {
    if (values.bound === undefined) {
      throw new CliError("--weights intervals: needs --bound CRITERION=LOW..HIGH (one or more)");
    }
    const bounds = Object.fromEntries(
      Object.entries(pairs("--bound", values.bound)).map(([criterion, text]) => {
        const ends = text.split("..");
        if (ends.length !== 2) {
          throw new CliError(`--bound ${criterion}: expected LOW..HIGH like 0.1..0.3, got '${text}'`);
        }
        return [
          criterion,
          [share(`--bound ${criterion}`, ends[0]!), share(`--bound ${criterion}`, ends[1]!)] as const,
        ];
      }),
    );
    weights = { kind: "intervals", bounds };
  }
  if (values.beliefs !== undefined && values.perspective !== undefined) {
    throw new CliError("--beliefs: not with --perspective (each scenario takes one of the beliefs named)");
  }
  const ratings = oneOf("--ratings", values.ratings, ["fixed", "sampled"] as const, "fixed");
  return {
    pin: pairs("--pin", values.pin),
    weights,
    ratings,
    ...(values.beliefs !== undefined ? { perspectives: values.beliefs.split(",") } : {}),
    ...(methods.length > 0 ? { methods: methods as MethodName[] } : {}),
  };
};

/**
 * `discover --option X [--top K | --above Y] [--pin PRE=STATE]... [--samples N --seed S]`: what
 * would have to be true for the target, with PRIM over drawn scenarios.
 */
export const discoverCommand = async (io: CliIo, values: Flags): Promise<void> => {
  if (values.option === undefined)
    throw new CliError("discover: expected --option OPTION, the option the target is about");
  if (values.top !== undefined && values.above !== undefined) {
    throw new CliError("--above: not with --top (one target at a time)");
  }
  const output = discoveryOutput(io, values);
  const catalog = loadCatalogFrom(io, values.catalog);
  const target: DiscoveryTarget =
    values.top !== undefined
      ? {
          kind: "top",
          option: values.option,
          k: wholeNumber("--top", values.top, 1, catalog.options.length, 1),
        }
      : values.above !== undefined
        ? { kind: "above", option: values.option, than: values.above }
        : { kind: "first", option: values.option };
  const samples = wholeNumber("--samples", values.samples, 20, 100_000_000, 1000);
  const seed = seedFlag(values);
  const methods = values.method?.split(",") ?? [];
  const assumptions: Record<string, unknown> = {
    ...perspectiveFrom(values),
    ...(methods.length === 1 ? { method: methods[0] } : {}),
    ...(values.infeasible !== undefined ? { infeasible: values.infeasible } : {}),
  };
  const space = spaceFrom(values, methods.length > 1 ? methods : []);
  if (values.shard !== undefined) {
    if (values.chart !== undefined || values.format !== undefined) {
      throw new CliError(
        `--${values.chart !== undefined ? "chart" : "format"}: not with --shard (a shard prints its JSON, for merge)`,
      );
    }
    const parts = /^(\d+)\/(\d+)$/.exec(values.shard);
    const index = parts ? Number(parts[1]) : NaN;
    const count = parts ? Number(parts[2]) : NaN;
    if (!parts || !(count >= 1 && index >= 1 && index <= count)) {
      throw new CliError(`--shard: expected i/N with 1 <= i <= N, got '${values.shard}'`);
    }
    const shard = orThrow(
      discoverShardEither(
        catalog,
        target,
        space,
        { samples, seed, shard: { index: index - 1, count }, ...progressOf(io) },
        assumptions,
      ),
    );
    io.stdout(JSON.stringify(shard) + "\n");
    return;
  }
  const d = orThrow(
    discoverEither(catalog, target, space, { samples, seed, ...progressOf(io) }, assumptions),
  );
  return showDiscovery(io, d, output);
};

/** `merge SHARD.json...`: the shards of a discovery run joined into its result (as `discover` prints it). */
export const mergeCommand = async (io: CliIo, values: Flags, files: readonly string[]): Promise<void> => {
  if (files.length === 0) throw new CliError("merge: expected the shards' files (from discover --shard i/N)");
  const output = discoveryOutput(io, values);
  const shards = files.map((file) => {
    const parsed = parseJsonText(readText(io, "merge", file), "shard");
    if (E.isLeft(parsed)) throw new CliError(`merge ${file}: ${parsed.left.message}`);
    return parsed.right as DiscoveryShard;
  });
  return showDiscovery(io, orThrow(mergeDiscoveryEither(shards)), output);
};

/** The CLI's progress bar as a run's `onProgress`, where someone watches. */
const progressOf = (io: CliIo) => (io.progress ? { onProgress: io.progress } : {});

/** `catalog`: the whole catalog as markdown or JSON. */
export const catalogCommand = (io: CliIo, values: Flags): void => {
  const format = oneOf("--format", values.format, ["json", "markdown"] as const, "markdown");
  const catalog = loadCatalogFrom(io, values.catalog);
  io.stdout(format === "json" ? JSON.stringify(catalog, null, 2) + "\n" : catalogMarkdown(catalog));
};

const shorten = (text: string, max = 90): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** One line per quote that is not verbatim in its source. */
const missLine = (m: EvidenceMiss): string => {
  const head = `${m.path} [${m.source}]: "${shorten(m.quote)}"`;
  if (m.reason === "no-text") return `${head}: no text for source '${m.source}'`;
  if (m.reason === "other-source") return `${head}: not in '${m.source}' but in '${m.foundIn}'`;
  return `${head}: not found; closest: "${shorten(m.closest ?? "")}"`;
};

/** A source's text in DIR: its `file`, or `<id>.txt`; one that cannot be read is a one-line error. */
export const sourceText = (
  io: CliIo,
  dir: string,
  s: { readonly id: string; readonly file?: string },
): string => readText(io, `--sources (source '${s.id}')`, join(dir, s.file ?? `${s.id}.txt`));

/** The text of each of the catalog's sources in DIR. */
const sourceTexts = (io: CliIo, catalog: Catalog, dir: string): Record<string, string> =>
  Object.fromEntries(catalog.sources.map((s) => [s.id, sourceText(io, dir, s)]));

/**
 * `verify --sources DIR`: every quote of the catalog checked against the sources' texts in DIR
 * (each source's `file`, or `<id>.txt`). Exit 0 when all are verbatim, 1 with one line per miss.
 */
export const verifyCommand = (io: CliIo, values: Flags): number => {
  if (values.sources === undefined) {
    throw new CliError("verify: expected --sources DIR, the folder with the sources' texts");
  }
  const catalog = loadCatalogFrom(io, values.catalog);
  const report = verifyEvidence(catalog, sourceTexts(io, catalog, values.sources));
  if (report.misses.length === 0) {
    io.stdout(`${report.verbatim} of ${report.quotes} quotes verbatim in their sources\n`);
    return 0;
  }
  io.stdout(report.misses.map((m) => missLine(m) + "\n").join(""));
  return 1;
};

/** `schema [--catalog FILE]`: the JSON Schema of scenario files for the catalog, its ids enumerated. */
export const schemaCommand = (io: CliIo, values: Flags): void =>
  io.stdout(JSON.stringify(assumptionsJsonSchema(loadCatalogFrom(io, values.catalog)), null, 2) + "\n");
