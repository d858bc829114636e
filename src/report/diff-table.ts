import type { ComparisonDiff, OptionMove, RiskChange } from "../scenario/diff";
import { formatNumber, readableNumber, topText } from "./comparison-table";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === "object" && !Array.isArray(v);

/** Any value, with its numbers readable (no float noise). */
const plain = (v: unknown): string =>
  typeof v === "number"
    ? readableNumber(v)
    : typeof v === "string"
      ? v
      : Array.isArray(v)
        ? `[${v.map(plain).join(", ")}]`
        : isRecord(v)
          ? `{${Object.entries(v)
              .map(([k, x]) => `${k}: ${plain(x)}`)
              .join(", ")}}`
          : String(v);

const whose = (r: Record<string, unknown>) => (r.by === "user" ? "yours" : "the perspective's belief");

/**
 * One assumption's value as a diff shows it, `path` saying what kind of value it is: numbers as a
 * person writes them, a replaced rating as its value, interval and whose it is, "(the catalog's)"
 * for a rating or risk not replaced, "(unset)" for anything else not set.
 *
 * @example
 * ```ts
 * describeAssumption("weights.speed", 0.1 + 0.2); // "0.3"
 * describeAssumption("ratings.sof-raids.speed", { value: 2, interval: [1, 3], rationale: "mine", by: "user", evidence: [] }); // "2 (1..3), yours"
 * describeAssumption("ratings.sof-raids.speed", undefined); // "(the catalog's)"
 * describeAssumption("perspective", { id: "kaine", use: "values", conditions: false }); // "kaine (values only)"
 * ```
 */
export const describeAssumption = (path: string, v: unknown): string => {
  if (v === undefined) return /^(ratings|risks)\./.test(path) ? "(the catalog's)" : "(unset)";
  if (!isRecord(v)) return plain(v);
  if (path.startsWith("ratings.")) {
    const interval = Array.isArray(v.interval) ? ` (${v.interval.map(plain).join("..")})` : "";
    return `${plain(v.value)}${interval}, ${whose(v)}`;
  }
  if (path.startsWith("risks.")) {
    const parts = (["likelihood", "severity"] as const).filter((k) => v[k] !== undefined);
    return `${parts.map((k) => `${k} ${plain(v[k])}`).join(", ")}, ${whose(v)}`;
  }
  if (path === "perspective") {
    const use =
      v.use === "values" ? "values only" : v.use === "beliefs" ? "beliefs only" : "values and beliefs";
    return `${plain(v.id)} (${use}${v.conditions ? ", with its conditions" : ""})`;
  }
  if (path === "method") {
    const { method, ...rest } = v;
    const params = Object.entries(rest).map(([k, x]) => `${k} ${plain(x)}`);
    return params.length ? `${plain(method)} (${params.join(", ")})` : plain(method);
  }
  return plain(v);
};

const yesNo = (x: boolean) => (x ? "yes" : "no");

/** A change in score, signed; no sign when it rounds to nothing. */
const signed = (delta: number): string => {
  const text = formatNumber(delta);
  return /^0\.0*$/.test(text) ? text : `${delta > 0 ? "+" : ""}${text}`;
};

/**
 * Why an option moved, in a line: what blocks, no longer blocks or still blocks it, and the two
 * criteria whose contributions drove its own score's change (`score: mexican-role +0.030`); when
 * neither, that its score did not change and others moved around it.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const d = diff(compare(catalog), compare(catalog, { preconditions: { "presidential-directive": "force-authorized" } }));
 * describeMove(d.moves[0]); // "no longer blocked (force-authorized met)"
 * const opposed = { "presidential-directive": "force-authorized", "mexican-consent": "opposed" };
 * const [strikes] = diff(compare(catalog), compare(catalog, { preconditions: opposed })).moves.filter((m) => m.option === "drone-strikes");
 * describeMove(strikes); // "no longer blocked (force-authorized met); score: mexican-role +0.030"
 * ```
 */
export const describeMove = (m: OptionMove): string => {
  const drivers = m.drivers.slice(0, 2).map((x) => `${x.criterion} ${signed(x.delta)}`);
  const feasibility =
    m.feasible.from && !m.feasible.to
      ? [`blocked by ${m.blockedBy.to.join(", ")}`]
      : !m.feasible.from && m.feasible.to
        ? [`no longer blocked (${m.blockedBy.from.join(", ")} met)`]
        : m.feasible.to
          ? []
          : [`still blocked by ${m.blockedBy.to.join(", ")}`];
  // The score's own change has its own causes (a rating case, a penalty), said beside the blocking.
  const parts = [...feasibility, ...(drivers.length > 0 ? [`score: ${drivers.join(", ")}`] : [])];
  return parts.length > 0 ? parts.join("; ") : "same score: others moved";
};

const rankText = (rank: number, tied: boolean) => `${tied ? "=" : ""}${rank}`;

const riskText = (r: RiskChange): string => {
  const side = (s: RiskChange["from"]) =>
    s ? `${formatNumber(s.likelihood, 2)}×${readableNumber(s.severity)}` : "none";
  return `${r.risk} ${side(r.from)} -> ${side(r.to)}`;
};

/**
 * The options that moved, as a table: rank and score before and after, feasibility, why (what
 * blocks or unblocks it, or the two criteria whose contributions changed most), and the risks
 * whose likelihood × severity changed. In the diff's order: blocked, then unblocked, then by move.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const d = diff(compare(catalog), compare(catalog, { preconditions: { aumf: "enacted" } }));
 * diffTable(d).headers; // ["option", "rank", "score", "change", "feasible", "why", "risks (likelihood×severity)"]
 * ```
 */
export const diffTable = (d: ComparisonDiff): Table => ({
  headers: ["option", "rank", "score", "change", "feasible", "why", "risks (likelihood×severity)"],
  numeric: [3],
  rows: d.moves.map((m) => [
    m.option,
    `${rankText(m.rank.from, m.tied.from)} -> ${rankText(m.rank.to, m.tied.to)}`,
    `${formatNumber(m.score.from)} -> ${formatNumber(m.score.to)}`,
    signed(m.score.delta),
    m.feasible.from === m.feasible.to
      ? yesNo(m.feasible.to)
      : `${yesNo(m.feasible.from)} -> ${yesNo(m.feasible.to)}`,
    describeMove(m),
    m.risks.map(riskText).join("; "),
  ]),
});

/**
 * Renders a diff: the top option before and after, what assumptions changed (numbers as a person
 * writes them; a replaced rating as its value, interval and whose it is), then the moves table
 * (`json`: the whole diff, at full precision).
 *
 * @example
 * ```ts
 * const c = compare(builtinCatalog());
 * renderDiff(diff(c, c), "text"); // "top option unchanged: intelligence-sharing\nno assumption differs\nno option moved\n"
 * ```
 */
export const renderDiff = (d: ComparisonDiff, format: TableFormat | "json"): string => {
  checkFormat(format, withJson);
  if (format === "json") return JSON.stringify(d, null, 2) + "\n";
  const changes = renderTable(
    {
      headers: ["assumption", "from", "to"],
      rows: d.assumptions.map((c) => [
        c.path,
        describeAssumption(c.path, c.from),
        describeAssumption(c.path, c.to),
      ]),
    },
    format,
  );
  const moves = renderTable(diffTable(d), format);
  if (format === "csv") return moves;
  const heading = (text: string) => (format === "markdown" ? `## ${text}\n\n` : `${text}\n`);
  const only = (ids: readonly string[], text: string) => (ids.length ? [`${text}: ${ids.join(", ")}\n`] : []);
  const headline = d.top.changed
    ? `top option: ${topText(d.top.from)} -> ${topText(d.top.to)}\n`
    : `top option unchanged: ${topText(d.top.to)}\n`;
  return [
    headline,
    d.assumptions.length ? heading("assumptions changed") + changes : "no assumption differs\n",
    d.moves.length ? heading("options moved") + moves : "no option moved\n",
    ...only(d.added, "compared in the second only"),
    ...only(d.removed, "compared in the first only"),
  ].join(d.assumptions.length || d.moves.length ? "\n" : "");
};
