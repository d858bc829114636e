// Results as a spreadsheet workbook (.xlsx): one sheet per table, numbers as numbers with formats,
// the assumptions on their own sheet, and every quote with its source and date. Written with the
// optional package write-excel-file, which works in browsers and in Node.
import * as E from "fp-ts/lib/Either.js";
import type { Comparison } from "../comparison/types";
import type { Discovery } from "../discovery/discover";
import { orThrow, PolicyMatrixError } from "../errors";
import { missingPeer, optionalPeer } from "../peer";
import type { Catalog } from "../model/catalog";
import type { Evidence } from "../model/evidence";
import type { CatalogMethodComparison } from "../methods/compare-methods-catalog";
import type { Disagreement } from "../scenario/disagreement";
import { topOptions } from "../scenario/diff";
import { perspectivePairs, type PerspectiveComparison } from "../scenario/perspectives";
import type { CriterionStability, CriterionTornadoBar } from "../sensitivity/comparison";
import type { ComparisonSmaa } from "../uncertainty/smaa-comparison";
import { chartCaption } from "./charts/caption";
import { unmetCosts } from "./comparison-table";
import { describeCrux } from "./disagreement-table";
import { columnLetters } from "../sheets/table";

/** A cell: text, a number (with an Excel number format), a yes/no, or empty. */
export type WorkbookCell = string | { readonly number: number; readonly format: string } | boolean | null;

/** One sheet: its name, column headers and widths, and rows of cells. */
export interface WorkbookSheet {
  readonly name: string;
  readonly columns: readonly { readonly header: string; readonly width: number }[];
  readonly rows: readonly (readonly WorkbookCell[])[];
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;
const SCORE = "0.000";
const SHARE = "0.0%";
const WHOLE = "0";
const num = (number: number, format = SCORE): WorkbookCell => ({ number, format });

/** The quotes behind a comparison: per option and criterion (or risk), with source, date and speaker. */
const quoteRows = (catalog: Catalog, c: Comparison): WorkbookCell[][] => {
  const rows: WorkbookCell[][] = [];
  const add = (option: string, about: string, e: Evidence) => {
    const s = catalog.sources.find((x) => x.id === e.source);
    rows.push([
      option,
      about,
      e.quote,
      e.speaker ?? null,
      e.attributedTo ?? null,
      e.source,
      s ? s.outlet : null,
      s ? s.title : null,
      s ? s.date : null,
    ]);
  };
  for (const r of c.rows) {
    for (const k of r.contributions) for (const e of k.evidence) add(r.option, k.criterion, e);
    for (const risk of r.risks) for (const e of risk.evidence) add(r.option, `risk: ${risk.risk}`, e);
    for (const q of [...r.blockers, ...r.penalties]) {
      for (const e of q.evidence) add(r.option, `requirement: ${q.requirement}`, e);
    }
  }
  return rows;
};

/**
 * The assumptions a comparison was made under, one per row: in words, the catalog, method,
 * perspective, each precondition's state (assumed or as documented) and each criterion's weight.
 *
 * @example
 * ```ts
 * assumptionsSheet(builtinCatalog(), compare(builtinCatalog())).rows[0][0]; // "in words"
 * ```
 */
export const assumptionsSheet = (catalog: Catalog, c: Comparison): WorkbookSheet => {
  const a = c.assumptions;
  return {
    name: "assumptions",
    columns: [
      { header: "assumption", width: 30 },
      { header: "value", width: 40 },
      { header: "note", width: 60 },
    ],
    rows: [
      ["in words", chartCaption(a, c.method), null],
      ["catalog", `${c.catalog.id} ${c.catalog.version}`, null],
      ["method", c.method.method, null],
      ["perspective", a.perspective ? `${a.perspective.id} (${a.perspective.use})` : null, null],
      ["blocked options", a.infeasible, null],
      ...catalog.preconditions.map((p): WorkbookCell[] => [
        `state: ${p.id}`,
        a.preconditions[p.id] ?? null,
        p.id in a.statesChanged ? "assumed, not as documented" : "as documented",
      ]),
      ...c.criteria.map((k): WorkbookCell[] => [`weight: ${k.id}`, num(k.weight, SHARE), k.name]),
    ],
  };
};

/**
 * A comparison as sheets: the ranking (rank, score, feasibility, what blocks it, its risk burden),
 * each contribution (rating, interval, weight, contribution, whose rating, basis, rationale), the
 * risks that apply, the assumptions, and every quote behind them with its source and date.
 *
 * @example
 * ```ts
 * const sheets = comparisonSheets(builtinCatalog(), compare(builtinCatalog()));
 * sheets.map((s) => s.name); // ["ranking", "contributions", "risks", "assumptions", "quotes"]
 * sheets[0].rows[0].slice(0, 4); // [{ number: 1, format: "0" }, false, null, "intelligence-sharing"]
 * ```
 */
export const comparisonSheets = (catalog: Catalog, c: Comparison): WorkbookSheet[] => [
  {
    name: "ranking",
    columns: [
      { header: "rank", width: 6 },
      { header: "tied", width: 6 },
      { header: "tied with", width: 30 },
      { header: "option", width: 28 },
      { header: "name", width: 36 },
      { header: "score", width: 8 },
      { header: "feasible", width: 9 },
      { header: "blocked; needs", width: 50 },
      { header: "unmet, at a cost (soft requirements)", width: 50 },
      { header: "risk burden (sum of likelihood x severity)", width: 18 },
    ],
    rows: c.rows.map((r) => [
      num(r.rank, WHOLE),
      r.tiedWith.length > 0,
      r.tiedWith.join(", ") || null,
      r.option,
      r.name,
      num(r.score),
      r.feasible,
      r.blockers.map((b) => b.description).join("; ") || null,
      unmetCosts(r).join("; ") || null,
      num(r.riskBurden, "0.00"),
    ]),
  },
  {
    name: "contributions",
    columns: [
      { header: "option", width: 28 },
      { header: "criterion", width: 20 },
      { header: "rating", width: 8 },
      { header: "low", width: 7 },
      { header: "high", width: 7 },
      { header: "weight", width: 8 },
      { header: "contribution", width: 12 },
      { header: "rated by", width: 11 },
      { header: "basis", width: 12 },
      { header: "rationale", width: 80 },
    ],
    rows: c.rows.flatMap((r) =>
      r.contributions.map((k) => [
        r.option,
        k.criterion,
        num(k.value, "0.0"),
        num(k.interval[0], "0.0"),
        num(k.interval[1], "0.0"),
        num(k.weight, SHARE),
        num(k.contribution),
        k.ratedBy,
        k.basis ?? null,
        k.rationale,
      ]),
    ),
  },
  {
    name: "risks",
    columns: [
      { header: "option", width: 28 },
      { header: "risk", width: 28 },
      { header: "name", width: 40 },
      { header: "likelihood", width: 10 },
      { header: "severity (1-5)", width: 13 },
      { header: "expected severity", width: 16 },
      { header: "rated by", width: 11 },
      { header: "rationale", width: 80 },
    ],
    rows: c.rows.flatMap((r) =>
      r.risks.map((x) => [
        r.option,
        x.risk,
        x.name,
        num(x.likelihood, SHARE),
        num(x.severity, "0.0"),
        num(x.expectedSeverity, "0.00"),
        x.ratedBy,
        x.rationale,
      ]),
    ),
  },
  assumptionsSheet(catalog, c),
  {
    name: "quotes",
    columns: [
      { header: "option", width: 28 },
      { header: "about", width: 24 },
      { header: "quote", width: 90 },
      { header: "speaker", width: 28 },
      { header: "source", width: 14 },
      { header: "outlet", width: 24 },
      { header: "title", width: 50 },
      { header: "date", width: 11 },
    ],
    rows: quoteRows(catalog, c),
  },
];

/**
 * An SMAA run as two sheets: each option (most often first on top) with its share of each rank,
 * the standard error of its first-place share, and its confidence factor; and the run's settings
 * (samples, seed, weight model, ratings, method), so that it can be run again.
 *
 * @example
 * ```ts
 * const r = smaaCompareSync(builtinCatalog(), {}, { samples: 2000, seed: 1 });
 * smaaSheets(builtinCatalog(), r).map((s) => s.name); // ["acceptability", "smaa settings"]
 * smaaSheets(builtinCatalog(), r)[0].columns.slice(0, 4).map((c) => c.header); // ["option", "name", "rank 1", "rank 2"]
 * ```
 */
export const smaaSheets = (catalog: Catalog, r: ComparisonSmaa): WorkbookSheet[] => {
  const order = r.options
    .map((_, i) => i)
    .sort((x, y) => r.acceptability[y]![0]! - r.acceptability[x]![0]! || x - y);
  const name = (id: string) => catalog.options.find((o) => o.id === id)?.name ?? null;
  return [
    {
      name: "acceptability",
      columns: [
        { header: "option", width: 28 },
        { header: "name", width: 36 },
        ...r.options.map((_, k) => ({ header: `rank ${k + 1}`, width: 8 })),
        { header: "rank 1 standard error", width: 12 },
        { header: "confidence (blank: blocked or no first place)", width: 16 },
      ],
      rows: order.map((i) => [
        r.options[i]!,
        name(r.options[i]!),
        ...r.acceptability[i]!.map((x) => num(x, SHARE)),
        num(r.standardError.acceptability[i]![0]!, "0.00%"),
        r.confidence[i] === null || r.confidence[i] === undefined ? null : num(r.confidence[i]!, SHARE),
      ]),
    },
    {
      name: "smaa settings",
      columns: [
        { header: "setting", width: 20 },
        { header: "value", width: 40 },
      ],
      rows: [
        ["samples", num(r.samples, WHOLE)],
        ["seed", num(r.seed, WHOLE)],
        ["weights", r.weights.kind],
        ["ratings", r.ratings],
        ["method", r.method.method],
        ["in words", chartCaption(r.assumptions, r.method, { weightsSampled: r.weights.kind !== "fixed" })],
      ],
    },
  ];
};

/**
 * A disagreement as a sheet: the two-by-two of values and beliefs, then each crux in words.
 *
 * @example
 * ```ts
 * disagreementSheet(disagreement(builtinCatalog(), "hard-line", "sheinbaum")).columns.map((c) => c.header); // ["values \\ beliefs", "hard-line's beliefs", "sheinbaum's beliefs"]
 * ```
 */
export const disagreementSheet = (d: Disagreement): WorkbookSheet => ({
  name: "disagreement",
  columns: [
    { header: "values \\ beliefs", width: 28 },
    { header: `${d.a}'s beliefs`, width: 40 },
    { header: `${d.b}'s beliefs`, width: 40 },
  ],
  rows: [
    [`${d.a}'s values`, d.top.a.join(", "), d.exchanged.aValuesBBeliefs.join(", ")],
    [`${d.b}'s values`, d.exchanged.bValuesABeliefs.join(", "), d.top.b.join(", ")],
    ["they differ in", d.differIn, null],
    ...d.cruxes.map((c): WorkbookCell[] => ["crux", describeCrux(c, d), null]),
  ],
});

/**
 * A discovery as sheets: the chosen box's rules with their significance, and the decisive
 * assumptions (Kolmogorov–Smirnov distance and significance).
 *
 * @example
 * ```ts
 * const d = discover(builtinCatalog(), { kind: "first", option: "intelligence-sharing" }, {}, { samples: 300 });
 * discoverySheets(d).map((s) => s.name); // ["rules", "decisive"]
 * ```
 */
export const discoverySheets = (d: Discovery): WorkbookSheet[] => [
  {
    name: "rules",
    columns: [
      { header: "rule", width: 70 },
      { header: "significance", width: 12 },
    ],
    rows: [
      ...d.rules.map((r): WorkbookCell[] => [r.text, num(r.significance, "0.000E+00")]),
      ["box in words", d.summary],
      ["space", d.space],
      ["scenarios", num(d.samples, WHOLE)],
      ["seed", num(d.seed, WHOLE)],
      ["holds in", num(d.base, SHARE)],
    ],
  },
  {
    name: "decisive",
    columns: [
      { header: "assumption", width: 40 },
      { header: "KS distance", width: 12 },
      { header: "significance", width: 12 },
    ],
    rows: d.decisive.map((x) => [x.dimension, num(x.distance), num(x.significance, "0.000E+00")]),
  },
];

const rankCell = (ranks: readonly number[], i: number): WorkbookCell => num(ranks[i]!, WHOLE);

/**
 * Each method's ranking of the options, the Borda consensus, and how far each pair of methods
 * agrees (Spearman's ρ, Kendall's τ-b), as two sheets.
 *
 * @example
 * ```ts
 * methodsSheets(compareMethodsOn(builtinCatalog())).map((s) => s.name); // ["methods", "method agreement"]
 * ```
 */
export const methodsSheets = (c: CatalogMethodComparison): WorkbookSheet[] => [
  {
    name: "methods",
    columns: [
      { header: "option", width: 28 },
      ...c.results.map((r) => ({ header: `rank (${r.method})`, width: 12 })),
      ...c.results.map((r) => ({ header: `score (${r.method})`, width: 13 })),
      { header: "consensus rank", width: 14 },
    ],
    rows: c.consensus.order.map((i) => [
      c.options[i]!,
      ...c.results.map((r) => rankCell(r.ranks, i)),
      ...c.results.map((r) => num(r.scores[i]!)),
      rankCell(c.consensus.ranks, i),
    ]),
  },
  {
    name: "method agreement",
    columns: [
      { header: "method", width: 12 },
      { header: "and", width: 12 },
      { header: "Spearman ρ", width: 11 },
      { header: "Kendall τ", width: 10 },
    ],
    rows: c.agreement.map((x) => [
      x.a,
      x.b,
      x.spearman === null ? null : num(x.spearman),
      x.kendall === null ? null : num(x.kendall),
    ]),
  },
];

/**
 * Weight stability as a sheet: each criterion's share now and the ranges of its share over which
 * the first option, and the whole ranking, hold (the others keeping their proportions).
 *
 * @example
 * ```ts
 * stabilitySheet(stabilityCompare(builtinCatalog())).columns[2].header; // "first holds from"
 * ```
 */
export const stabilitySheet = (s: readonly CriterionStability[]): WorkbookSheet => ({
  name: "stability",
  columns: [
    { header: "criterion", width: 20 },
    { header: "weight", width: 8 },
    { header: "first holds from", width: 15 },
    { header: "first holds to", width: 14 },
    { header: "ranking holds from", width: 17 },
    { header: "ranking holds to", width: 16 },
    { header: "exact", width: 7 },
  ],
  rows: s.map((x) => [
    x.criterion,
    num(x.weight, SHARE),
    num(x.top[0], SHARE),
    num(x.top[1], SHARE),
    num(x.ranking[0], SHARE),
    num(x.ranking[1], SHARE),
    x.exact,
  ]),
});

/**
 * A tornado as a sheet: for each criterion, the option's rating at the low and high end of its
 * interval, with its score and rank at each, and the swing.
 *
 * @example
 * ```ts
 * tornadoSheet(tornadoCompare(builtinCatalog(), {}, "training-fid")).rows[0][0]; // "mexican-role"
 * ```
 */
export const tornadoSheet = (bars: readonly CriterionTornadoBar[]): WorkbookSheet => ({
  name: "tornado",
  columns: [
    { header: "criterion", width: 20 },
    { header: "rating low", width: 10 },
    { header: "score", width: 8 },
    { header: "rank", width: 6 },
    { header: "rating high", width: 11 },
    { header: "score", width: 8 },
    { header: "rank", width: 6 },
    { header: "swing", width: 8 },
  ],
  rows: bars.map((b) => [
    b.criterion,
    num(b.low.value, "0.0"),
    num(b.low.score),
    num(b.low.rank, WHOLE),
    num(b.high.value, "0.0"),
    num(b.high.score),
    num(b.high.rank, WHOLE),
    num(b.swing),
  ]),
});

/**
 * Every perspective's first three options (values and beliefs, each alone and together), and every
 * pair's Kendall τ-b with the options they rank furthest apart, as two sheets.
 *
 * @example
 * ```ts
 * perspectivesSheets(comparePerspectives(builtinCatalog())).map((s) => s.rows.length); // [8, 28]
 * ```
 */
export const perspectivesSheets = (all: readonly PerspectiveComparison[]): WorkbookSheet[] => {
  const first = (c: Comparison) => topOptions(c).join(", ");
  const nth = (c: Comparison, k: number) => c.rows[k]?.option ?? null;
  return [
    {
      name: "perspectives",
      columns: [
        { header: "perspective", width: 14 },
        { header: "actor", width: 40 },
        { header: "first (values only)", width: 28 },
        { header: "first (beliefs only)", width: 28 },
        { header: "first (values and beliefs)", width: 28 },
        { header: "2nd", width: 28 },
        { header: "3rd", width: 28 },
      ],
      rows: all.map((p) => [
        p.perspective,
        p.actor,
        first(p.parts.values),
        p.parts.beliefs ? first(p.parts.beliefs) : null,
        first(p.comparison),
        nth(p.comparison, 1),
        nth(p.comparison, 2),
      ]),
    },
    {
      name: "perspective pairs",
      columns: [
        { header: "perspective", width: 14 },
        { header: "and", width: 14 },
        { header: "Kendall τ", width: 10 },
        { header: "ranked furthest apart", width: 60 },
      ],
      rows: perspectivePairs(all).map((p) => [
        p.a,
        p.b,
        p.kendall === null ? null : num(p.kendall),
        p.apart.map((o) => `${o.option} (${o.rankA} / ${o.rankB})`).join(", "),
      ]),
    },
  ];
};

interface WriteXlsx {
  (
    sheets: {
      data: ({ value: unknown; type?: unknown; format?: string; fontWeight?: string } | null)[][];
      sheet: string;
      columns: { width: number }[];
      stickyRowsCount?: number;
    }[],
  ): { toBlob: () => Promise<Blob> };
}

/** The Either twin of `workbook`. */
export const workbookEither = async (
  sheets: readonly WorkbookSheet[],
): Promise<E.Either<PolicyMatrixError, Uint8Array>> => {
  if (!Array.isArray(sheets as unknown)) {
    return E.left(
      new PolicyMatrixError("invalid-input", [{ path: "sheets", message: "expected an array of sheets" }]),
    );
  }
  const malformed = (sheets as readonly unknown[]).findIndex((x) => {
    const s = x as Partial<WorkbookSheet> | null;
    return (
      typeof s !== "object" ||
      s === null ||
      typeof s.name !== "string" ||
      !Array.isArray(s.columns) ||
      !Array.isArray(s.rows) ||
      !s.rows.every((r) => Array.isArray(r))
    );
  });
  if (malformed >= 0) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        { path: `sheets[${malformed}]`, message: "expected { name, columns, rows } with rows of cells" },
      ]),
    );
  }
  const names = sheets.map((s) => s.name);
  const bad = names.find((n, k) => !/^[^\\/?*[\]:]{1,31}$/.test(n) || names.indexOf(n) !== k);
  if (bad !== undefined || sheets.length === 0) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        {
          path: "sheets",
          message:
            sheets.length === 0
              ? "expected at least one sheet"
              : `sheet name '${bad}' is empty, too long (31 at most), repeated, or has one of \\ / ? * [ ] :`,
        },
      ]),
    );
  }
  // XML, the stuff of .xlsx, cannot hold most control characters: refuse rather than write a broken file.
  for (const s of sheets) {
    const cells = [s.columns.map((c) => c.header), ...s.rows];
    for (const [k, row] of cells.entries()) {
      const j = row.findIndex((c) => typeof c === "string" && CONTROL.test(c));
      if (j >= 0) {
        const code = (row[j] as string)
          .match(CONTROL)![0]
          .charCodeAt(0)
          .toString(16)
          .toUpperCase()
          .padStart(4, "0");
        return E.left(
          new PolicyMatrixError("invalid-input", [
            {
              path: `${s.name}!${columnLetters(j)}${k + 1}`,
              message: `a control character (U+${code}) cannot be written to .xlsx`,
            },
          ]),
        );
      }
    }
  }
  const write = (await optionalPeer<{ default: WriteXlsx }>("write-excel-file/universal"))?.default;
  if (!write) return E.left(missingPeer("workbook", "writing .xlsx", ["write-excel-file"]));
  const cell = (c: WorkbookCell) =>
    c === null
      ? null
      : typeof c === "string"
        ? { value: c, type: String }
        : typeof c === "boolean"
          ? { value: c, type: Boolean }
          : { value: c.number, type: Number, format: c.format };
  const blob = await write(
    sheets.map((s) => ({
      sheet: s.name,
      columns: s.columns.map((c) => ({ width: c.width })),
      stickyRowsCount: 1,
      data: [
        s.columns.map((c) => ({ value: c.header, fontWeight: "bold" })),
        ...s.rows.map((row) => row.map(cell)),
      ],
    })),
  ).toBlob();
  return E.right(new Uint8Array(await blob.arrayBuffer()));
};

/**
 * Sheets written to an .xlsx workbook (bytes), each with its header row bold and frozen; numbers
 * are numbers with their formats, yes/no are booleans. Needs the optional package
 * `write-excel-file`. Build the sheets with `comparisonSheets`, `smaaSheets`, `disagreementSheet`
 * and `discoverySheets`.
 *
 * @example
 * ```ts
 * const bytes = await workbook(comparisonSheets(builtinCatalog(), compare(builtinCatalog())));
 * String.fromCharCode(bytes[0], bytes[1]); // "PK"
 * ```
 */
export const workbook = async (sheets: readonly WorkbookSheet[]): Promise<Uint8Array> =>
  orThrow(await workbookEither(sheets));
