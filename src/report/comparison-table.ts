import type { Comparison, ComparisonRow, PerspectiveUsed } from "../comparison/types";
import type { RequirementCheck } from "../feasibility/assess";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

/**
 * Fixed-precision number formatting used by every report, so outputs are stable (never "-0.000").
 *
 * @example
 * ```ts
 * formatNumber(-0.0001); // "0.000"
 * formatNumber(2 / 3, 2); // "0.67"
 * ```
 */
export const formatNumber = (x: number, digits = 3): string => {
  const text = x.toFixed(digits);
  return /^-0\.?0*$/.test(text) ? text.slice(1) : text;
};

/** A share (0.25) as a whole percentage ("25%"). */
export const percent = (x: number): string => `${formatNumber(100 * x, 0)}%`;

/**
 * A number as a person writes it: twelve significant digits at most, so that float noise goes
 * (`0.30000000000000004` prints as `0.3`) and the value is otherwise kept as given.
 *
 * @example
 * ```ts
 * readableNumber(0.1 + 0.2); // "0.3"
 * readableNumber(14.800000000000002); // "14.8"
 * readableNumber(1e-300); // "1e-300"
 * ```
 */
export const readableNumber = (x: number): string => {
  const text = String(Number(x.toPrecision(12)));
  return text === "-0" ? "0" : text;
};

/**
 * The options ranked first, as reports name them: `a`, `=1 a, b` when tied, `none`.
 *
 * @example
 * ```ts
 * topText(["law-enforcement-cooperation", "intelligence-sharing"]); // "=1 law-enforcement-cooperation, intelligence-sharing"
 * ```
 */
export const topText = (ids: readonly string[]): string =>
  ids.length > 1 ? `=1 ${ids.join(", ")}` : (ids[0] ?? "none");

/** A row's rank as a table shows it: `=2` when tied. */
export const rankLabel = (row: { readonly rank: number; readonly tiedWith: readonly string[] }): string =>
  `${row.tiedWith.length > 0 ? "=" : ""}${row.rank}`;

/**
 * The ranking as a table: rank (with `=` for ties), option, score, feasible, what blocks it, and its
 * top risks by expected severity, with the adjusted likelihood.
 *
 * @example
 * ```ts
 * const table = comparisonTable(compare(builtinCatalog()));
 * table.headers; // ["rank", "option", "score", "feasible", "blocked by", "top risks by likelihood×severity (likelihood)"]
 * ```
 */
export const comparisonTable = (comparison: Comparison, topRisks = 2): Table => ({
  headers: [
    "rank",
    "option",
    "score",
    "feasible",
    "blocked by",
    "top risks by likelihood×severity (likelihood)",
  ],
  numeric: [0, 2],
  rows: comparison.rows.map((row) => [
    rankLabel(row),
    row.option,
    formatNumber(row.score),
    row.feasible ? "yes" : "no",
    row.blockers.map((b) => b.requirement).join(", "),
    row.risks
      .slice(0, topRisks)
      .map((r) => `${r.risk} (${formatNumber(r.likelihood, 2)})`)
      .join(", "),
  ]),
});

/**
 * Renders a comparison: `text` and `markdown` put a heading with the method and the states before
 * the table; `csv` is the table alone; `json` is the whole comparison, evidence included.
 *
 * @example
 * ```ts
 * renderComparison(compare(builtinCatalog()), "csv").split("\n")[0]; // "rank,option,score,feasible,blocked by,top risks by likelihood×severity (likelihood)"
 * ```
 */
export const renderComparison = (comparison: Comparison, format: TableFormat | "json"): string => {
  checkFormat(format, withJson);
  if (format === "json") return JSON.stringify(comparison, null, 2) + "\n";
  const table = renderTable(comparisonTable(comparison), format);
  if (format === "csv") return table;
  const states = Object.entries(comparison.assumptions.preconditions)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ");
  const { preset, name, riskBurden } = comparison.assumptions;
  const settings = [
    `method ${comparison.method.method}`,
    ...(preset ? [`preset ${preset}`] : []),
    ...(comparison.perspective ? [`perspective ${perspectiveText(comparison.perspective)}`] : []),
  ].join(", ");
  const heading = `scenario ${name ? `'${name}'` : "(unnamed)"}: ${settings}`;
  const weighed = Object.entries(comparison.assumptions.weightsChanged).map(
    ([k, v]) => `${k} ${readableNumber(v)}`,
  );
  const weightsLine = `weights: ${weighed.length ? `${weighed.join(", ")}; the others at their defaults` : "the defaults"}`;
  const blocked = comparison.rows.filter((r) => !r.feasible).length + comparison.excluded.length;
  const infeasible = comparison.assumptions.infeasible;
  const blockedLine =
    blocked === 0
      ? "no option is blocked"
      : infeasible === "rank-last"
        ? `${blocked} blocked option${blocked > 1 ? "s" : ""} (see "blocked by") rank after every feasible one`
        : infeasible === "exclude"
          ? `${blocked} blocked option${blocked > 1 ? "s" : ""} left out: ${comparison.excluded.map((f) => f.option).join(", ")}`
          : `blocked options rank among the others, ${readableNumber(comparison.assumptions.infeasiblePenalty)} taken from their scores`;
  const catalogLine = `catalog ${comparison.catalog.id}, version ${comparison.catalog.version}`;
  const risks =
    riskBurden.weight > 0 || riskBurden.penalty > 0
      ? `risk burden in the score (weight ${formatNumber(riskBurden.weight, 2)}, penalty ${formatNumber(riskBurden.penalty, 2)}), on top of the criteria: the risks restate consequences the criteria also rate (civilian harm, escalation, the relationship, legal exposure), so those count twice, and as most risks attach to the military options, weighing them tilts against those`
      : "risks are reported beside the score, not in it (riskBurden weighs them)";
  const lines = [catalogLine, `states: ${states}`, weightsLine, `${blockedLine}; ${risks}`];
  const legend = unmetLegend(comparison);
  const after =
    legend.length === 0
      ? ""
      : format === "markdown"
        ? `\n${UNMET_HEAD}:\n\n${legend.map((l) => `- ${l}`).join("\n")}\n`
        : `\n${UNMET_HEAD}:\n${legend.map((l) => `  ${l}`).join("\n")}\n`;
  return format === "markdown"
    ? `## ${heading}\n\n${lines.map((l) => `${l[0]!.toUpperCase()}${l.slice(1)}.`).join("\n\n")}\n\n${table}${after}`
    : `${heading}\n${lines.join("\n")}\n\n${table}${after}`;
};

const UNMET_HEAD =
  "Unmet requirements (a hard one blocks the option: the 'blocked by' column; a soft one worsens its ratings, in the score)";

/**
 * One line per requirement that some option does not meet under these states: its id, whether it
 * blocks or penalises, which options, and why it is unmet (the state now and the state it needs).
 */
const unmetLegend = (comparison: Comparison): string[] => {
  const unmet = new Map<
    string,
    { hard: boolean; explanation: string; description: string; options: string[] }
  >();
  const add = (option: string, checks: readonly RequirementCheck[]) => {
    for (const c of checks) {
      const entry = unmet.get(c.requirement) ?? {
        hard: c.severity === "hard",
        explanation: c.explanation,
        description: c.description,
        options: [],
      };
      entry.options.push(option);
      unmet.set(c.requirement, entry);
    }
  };
  for (const row of comparison.rows) add(row.option, [...row.blockers, ...row.penalties]);
  for (const f of comparison.excluded) add(f.option, f.blockers);
  return [...unmet.entries()]
    .sort(([, a], [, b]) => Number(b.hard) - Number(a.hard))
    .map(
      ([id, u]) =>
        `${id} (${u.hard ? "blocks" : "penalises"} ${u.options.join(", ")}): ${u.description}; ${u.explanation}`,
    );
};

/** How a comparison took its perspective, in words. */
const perspectiveText = (p: PerspectiveUsed): string => {
  const parts = [
    p.use === "values" ? "values only" : p.use === "beliefs" ? "beliefs only" : "values and beliefs",
  ];
  if (p.conditions) {
    const argued = Object.entries(p.argued).map(([k, v]) => `${k}=${v}`);
    const overridden = p.overridden.length > 0 ? ` (yours for ${p.overridden.join(", ")})` : "";
    parts.push(`its conditions: ${argued.join(", ") || "none kept"}${overridden}`);
  }
  if (p.use !== "values") {
    parts.push(
      `${p.beliefs.ratings} ratings and ${p.beliefs.risks} risks are its beliefs, ${p.analyst.ratings} ratings the analyst's`,
    );
  }
  return `${p.id} (${parts.join("; ")})`;
};

/**
 * What each unmet soft requirement costs an option, in words: `Enough handlers (seizures worse by
 * 2, escalation +10%)`. The option stays feasible; its ratings and risks move.
 */
export const unmetCosts = (r: ComparisonRow): string[] =>
  r.penalties.map((p) => {
    const worse = p.consequences.penalties.map((k) => `${k.criterion} worse by ${String(k.worsen)}`);
    const likelier = p.consequences.risks.map(
      (k) => `${k.risk} ${k.likelihood >= 0 ? "+" : "−"}${percent(Math.abs(k.likelihood))}`,
    );
    const what = [...worse, ...likelier].join(", ");
    return `${p.description}${what ? ` (${what})` : ""}`;
  });
