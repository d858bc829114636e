import type { Crux, Disagreement } from "../scenario/disagreement";
import { cite } from "./cite";
import { readableNumber, topText } from "./comparison-table";
import { checkFormat, renderTable, withJson, type Table, type TableFormat } from "./table";

/**
 * The two-by-two of a disagreement: rows are whose values (weights), columns whose beliefs
 * (ratings), each cell the first option(s) under that pair. The diagonal is each actor as it is.
 *
 * @example
 * ```ts
 * const t = disagreementTable(disagreement(builtinCatalog(), "heritage", "bi-experts"));
 * t.headers; // ["values \\ beliefs", "heritage's beliefs", "bi-experts's beliefs"]
 * t.rows[0]; // ["heritage's values", "economic-leverage", "=1 law-enforcement-cooperation, intelligence-sharing"]
 * ```
 */
export const disagreementTable = (d: Disagreement): Table => ({
  headers: ["values \\ beliefs", `${d.a}'s beliefs`, `${d.b}'s beliefs`],
  rows: [
    [`${d.a}'s values`, topText(d.top.a), topText(d.exchanged.aValuesBBeliefs)],
    [`${d.b}'s values`, topText(d.exchanged.bValuesABeliefs), topText(d.top.b)],
  ],
});

/**
 * A crux in one line: the change, then what both put first after it.
 *
 * @example
 * ```ts
 * const d = disagreement(builtinCatalog(), "hard-line", "sheinbaum");
 * describeCrux(d.cruxes[0], d); // "hard-line's weight on speed 4 -> 1.999 (sheinbaum's: 1): both put law-enforcement-cooperation first"
 * ```
 */
export const describeCrux = (c: Crux, d: Pick<Disagreement, "a" | "b">): string => {
  const both = `both put ${topText(c.top)} first`;
  if (c.kind === "state") return `${c.precondition} ${c.from} -> ${c.to} (for both): ${both}`;
  const other = c.actor === d.a ? d.b : d.a;
  if (c.kind === "weight") {
    return `${c.actor}'s weight on ${c.criterion} ${readableNumber(c.from)} -> ${readableNumber(c.to)} (${other}'s: ${readableNumber(c.other)}): ${both}`;
  }
  const whose = c.change === "drops" ? "its belief" : `${other}'s belief`;
  return `${c.actor} ${c.change === "drops" ? "drops" : "takes"} ${whose} on ${c.option}, ${c.criterion} (${readableNumber(c.value)}: ${c.rationale}): ${both}`;
};

const verdict = (d: Disagreement): string =>
  d.differIn === "nothing"
    ? "They agree on the first option."
    : d.differIn === "values"
      ? "They differ in what they value: with values and beliefs exchanged, the first option follows the weights."
      : d.differIn === "beliefs"
        ? "They differ in what they believe: with values and beliefs exchanged, the first option follows the beliefs."
        : "They differ in both: with values and beliefs exchanged, the first option follows neither alone.";

/**
 * Renders a disagreement: `text` and `markdown` give each one's first option, the verdict (values,
 * beliefs or both), the two-by-two, and the cruxes with the quotes behind the beliefs they change;
 * `csv` is the two-by-two alone; `json` the whole result.
 *
 * @example
 * ```ts
 * renderDisagreement(disagreement(builtinCatalog(), "dea-maltz", "kaine"), "text").split("\n")[2]; // "They agree on the first option."
 * ```
 */
export const renderDisagreement = (d: Disagreement, format: TableFormat | "json"): string => {
  checkFormat(format, withJson);
  if (format === "json") return JSON.stringify(d, null, 2) + "\n";
  const table = renderTable(disagreementTable(d), format);
  if (format === "csv") return table;
  const head = `${d.a} and ${d.b}: method ${d.method}; states ${Object.entries(d.states)
    .map(([k, v]) => `${k}=${v}`)
    .join(", ")}`;
  const tops = `First, by values and beliefs: ${d.a} ${topText(d.top.a)}; ${d.b} ${topText(d.top.b)}.`;
  const cruxes =
    d.differIn === "nothing"
      ? []
      : d.cruxes.length === 0
        ? [
            "No single change (one state for both, one weight or one belief of either) brings them to the same first option.",
          ]
        : [
            "Cruxes, each alone bringing them to the same first option:",
            ...d.cruxes.flatMap((c) => [
              `  ${describeCrux(c, d)}`,
              ...(c.kind === "belief" ? c.evidence.map((e) => `    ${cite(e)}`) : []),
            ]),
          ];
  return format === "markdown"
    ? `## ${head}\n\n${tops}\n\n${verdict(d)}\n\n${table}\n${cruxes.map((l) => l.replace(/^( *)/, (s) => (s ? `${s}- ` : ""))).join("\n")}\n`
    : `${head}\n${tops}\n${verdict(d)}\n\n${table}\n${cruxes.join("\n")}${cruxes.length ? "\n" : ""}`;
};
