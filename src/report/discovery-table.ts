import type { Discovery } from "../discovery/discover";
import { formatNumber } from "./comparison-table";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

/** A p-value as people read it: "< 0.001" below a thousandth. */
const pValue = (p: number): string => (p < 0.001 ? "< 0.001" : formatNumber(p, 3));

/**
 * A discovery's box as a table: each rule of the chosen box with its significance (the chance of
 * the box's density were the rule lifted).
 *
 * @example
 * ```ts
 * const d = discover(builtinCatalog(), { kind: "first", option: "drone-strikes" }, {}, { samples: 600, seed: 3 }, { perspective: "dea-maltz" });
 * discoveryTable(d).headers; // ["rule", "significance"]
 * ```
 */
export const discoveryTable = (d: Discovery): Table => ({
  headers: ["rule", "significance"],
  numeric: [1],
  rows: d.rules.map((r) => [r.text, pValue(r.significance)]),
});

/**
 * The assumptions that decide the target most, as a table: Kolmogorov–Smirnov distance between
 * where it holds and where not, and its p-value; largest first.
 *
 * @example
 * ```ts
 * const d = discover(builtinCatalog(), { kind: "first", option: "drone-strikes" }, {}, { samples: 600, seed: 3 }, { perspective: "dea-maltz" });
 * decisiveTable(d).rows[0][0]; // "presidential-directive"
 * ```
 */
export const decisiveTable = (d: Discovery, top = 8): Table => ({
  headers: ["assumption", "KS distance", "p-value"],
  numeric: [1, 2],
  rows: d.decisive.slice(0, top).map((x) => [x.dimension, formatNumber(x.distance), pValue(x.significance)]),
});

/** Below this many scenarios holding the target, the report warns that the rules rest on few. */
const FEW_HITS = 30;

/**
 * Renders a discovery: `text` and `markdown` give the question, how often the target holds, the
 * chosen box in one line and as rules, the peeling trajectory in brief, and the decisive
 * assumptions; `csv` the rules alone; `json` the whole result, scenarios included.
 *
 * @example
 * ```ts
 * const d = discover(builtinCatalog(), { kind: "first", option: "drone-strikes" }, {}, { samples: 600, seed: 3 }, { perspective: "dea-maltz" });
 * renderDiscovery(d, "text").split("\n")[0]; // "What would have to be true for drone-strikes first: 600 scenarios, seed 3"
 * ```
 */
export const renderDiscovery = (d: Discovery, format: TableFormat | "json"): string => {
  checkFormat(format, withJson);
  if (format === "json") return JSON.stringify(d, null, 2) + "\n";
  const rules = renderTable(discoveryTable(d), format);
  if (format === "csv") return rules;
  const decisive = renderTable(decisiveTable(d), format);
  const head = `What would have to be true for ${d.targetText}: ${d.samples} scenarios, seed ${d.seed}`;
  const hits = d.outcomes.filter(Boolean).length;
  const base = `It holds in ${hits} of them, ${formatNumber(d.base * 100, 1)}% (${d.space}).`;
  const few =
    hits > 0 && hits < FEW_HITS
      ? [
          `Only ${hits} scenario${hits === 1 ? "" : "s"} hold${hits === 1 ? "s" : ""} the target: the rules rest on ${hits === 1 ? "it" : "them"} alone. Read their significance, and draw more scenarios (--samples) or pin what you know (--pin).`,
        ]
      : [];
  const pct = (x: number) => `${formatNumber(x * 100, x < 0.1 ? 1 : 0)}%`;
  const path = d.trajectory.filter((_, k, all) => k === 0 || k === all.length - 1 || k % 5 === 0);
  const trajectory = `Peeling, coverage -> density: ${path.map((b) => `${pct(b.coverage)} -> ${pct(b.density)}`).join(", ")}; the chosen box after pasting: ${pct(d.box.coverage)} -> ${pct(d.box.density)} (${d.box.count} scenarios)`;
  const parts =
    d.base === 0
      ? [head, base, "", "Nothing to explain: the target holds in no scenario drawn."]
      : [
          head,
          base,
          ...few,
          d.summary,
          "",
          rules.trimEnd(),
          "",
          trajectory,
          "",
          "Decisive assumptions (Kolmogorov–Smirnov, where it holds against where not):",
          decisive.trimEnd(),
        ];
  return format === "markdown" ? `## ${parts[0]}\n\n${parts.slice(1).join("\n")}\n` : `${parts.join("\n")}\n`;
};
