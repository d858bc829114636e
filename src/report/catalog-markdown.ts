import type { Catalog } from "../model/catalog";
import type { Criterion } from "../model/criterion";
import type { Evidence } from "../model/evidence";
import type { Perspective } from "../model/perspective";
import type { Rating } from "../model/rating";
import { cite } from "./cite";
import { conditionSyntax } from "../model/condition-syntax";
import { percent } from "./comparison-table";
import { renderTable } from "./table";

const quotes = (evidence: readonly Evidence[]): string[] => evidence.map((e) => `> ${cite(e)}`);
const cell = (text: string): string => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

/** How the weights split between the effect side (benefit criteria) and the cost side. */
const split = (criteria: readonly Criterion[], weightOf: (c: Criterion) => number): string => {
  const total = criteria.reduce((s, c) => s + weightOf(c), 0);
  const side = (d: string) => criteria.filter((c) => c.direction === d).reduce((s, c) => s + weightOf(c), 0);
  if (total === 0) return "no weight";
  return `effect side ${percent(side("benefit") / total)}, cost side ${percent(side("cost") / total)}`;
};

/** Every rating of the catalog, its cases included, with what it rests on. */
const ratingBases = (catalog: Catalog): string => {
  const all: Rating[] = catalog.options.flatMap((o) => catalog.criteria.map((c) => o.ratings[c.id]!));
  const cases = all.flatMap((r) => r.cases);
  const every = [...all, ...cases];
  const count = (basis: string) => every.filter((r) => r.basis === basis).length;
  const citing = every.filter((r) => r.evidence.length > 0).length;
  return `${every.length} ratings (${all.length} option × criterion, ${cases.length} for other states): ${count("documented")} documented, ${count("inference")} inference, ${count("background")} background; ${citing} of ${every.length} cite a quote.`;
};

const ratingCell = (r: Omit<Rating, "cases">): string =>
  cell([`${r.basis}: ${r.rationale}`, ...r.evidence.map(cite)].join(" "));

const perspectiveLines = (catalog: Catalog, p: Perspective): string[] => {
  const weights = catalog.criteria.map((c) => `${c.id} ${p.weights[c.id] ?? 0}`).join(", ");
  const out = [
    `### ${p.name} (\`${p.id}\`): ${p.actor}`,
    "",
    `${p.rationale}`,
    "",
    `Weights: ${weights} (${split(catalog.criteria, (c) => p.weights[c.id] ?? 0)}).`,
    "",
    ...quotes(p.evidence),
    "",
  ];
  if (p.beliefs.ratings.length + p.beliefs.risks.length > 0) {
    out.push("Beliefs (where its own words differ from the analyst's ratings):", "");
    for (const b of p.beliefs.ratings) {
      out.push(
        `- ${b.option}, ${b.criterion}: ${b.value}${b.interval ? ` (${b.interval[0]}..${b.interval[1]})` : ""}${b.when ? ` when ${conditionSyntax(b.when)}` : ""}, ${b.basis}. ${b.rationale} ${b.evidence.map(cite).join(" ")}`,
      );
    }
    for (const b of p.beliefs.risks) {
      const what = [
        b.likelihood !== undefined ? `likelihood ${b.likelihood}` : "",
        b.severity !== undefined ? `severity ${b.severity}` : "",
      ]
        .filter(Boolean)
        .join(", ");
      out.push(
        `- risk ${b.risk} for ${b.option}: ${what}, ${b.basis}. ${b.rationale} ${b.evidence.map(cite).join(" ")}`,
      );
    }
    out.push("");
  }
  const argued = Object.entries(p.conditions);
  if (argued.length > 0) {
    out.push("Conditions it argues for:", "");
    for (const [id, s] of argued)
      out.push(`- ${id} = \`${s.state}\`. ${s.rationale} ${s.evidence.map(cite).join(" ")}`);
    out.push("");
  }
  return out;
};

/**
 * The whole catalog as a markdown document for people: sources; criteria with their default
 * weights and how the weights split between the effect and cost sides; what the ratings rest on;
 * preconditions with their documented states; options with requirements, stances and rated
 * criteria (basis, rationale, quotes, and the ratings for other states); risks; perspectives with
 * their weights, beliefs and argued conditions; and what the catalog leaves out, and why.
 *
 * @example
 * ```ts
 * catalogMarkdown(builtinCatalog()).startsWith("# U.S. options against Mexican drug cartels"); // true
 * ```
 */
export const catalogMarkdown = (catalog: Catalog): string => {
  const out: string[] = [
    `# ${catalog.name}`,
    "",
    catalog.description,
    "",
    `Version ${catalog.version}.`,
    "",
    "## Sources",
    "",
  ];
  out.push(
    renderTable(
      {
        headers: ["id", "title", "outlet", "date"],
        rows: catalog.sources.map((s) => [s.id, s.title, s.outlet, s.date]),
      },
      "markdown",
    ),
    "## Criteria",
    "",
    renderTable(
      {
        headers: ["id", "name", "direction", "scale", "default weight", "description"],
        rows: catalog.criteria.map((c) => [
          c.id,
          c.name,
          c.direction,
          `${c.scale.min}..${c.scale.max}`,
          String(c.weight),
          c.description,
        ]),
      },
      "markdown",
    ),
    `Default weights: ${split(catalog.criteria, (c) => c.weight)}.`,
    "",
    `What the ratings rest on: ${ratingBases(catalog)}`,
    "",
    "## Preconditions",
    "",
  );
  for (const p of catalog.preconditions) {
    out.push(
      `### ${p.name} (\`${p.id}\`)`,
      "",
      p.description,
      "",
      `States: ${p.states.map((s) => `\`${s.id}\` (${s.label})`).join(", ")}.`,
      "",
    );
    for (const d of p.documented)
      out.push(`- ${d.date}, ${d.source}: \`${d.state}\`. ${d.rationale}`, "", ...quotes(d.evidence), "");
  }
  out.push("## Options", "");
  for (const o of catalog.options) {
    out.push(
      `### ${o.name} (\`${o.id}\`), escalation ${o.escalation}, ${o.category}`,
      "",
      o.description,
      "",
      ...quotes(o.evidence),
      "",
    );
    for (const r of o.requirements)
      out.push(`- Requires (${r.severity}, \`${r.id}\`): ${r.description}. ${r.rationale}`);
    const linked = catalog.risks
      .filter((r) => r.exposures.some((e) => e.option === o.id))
      .map((r) => `\`${r.id}\``);
    if (linked.length > 0) out.push(`- Risks: ${linked.join(", ")}`);
    for (const s of o.stances)
      out.push(
        `- ${s.actor} ${s.stance}${s.qualifier ? ` (${s.qualifier})` : ""}: ${s.evidence.map(cite).join(" ")}`,
      );
    out.push(
      "",
      "| criterion | rating | interval | basis, rationale, quotes |",
      "| --- | ---: | --- | --- |",
    );
    for (const c of catalog.criteria) {
      const r = o.ratings[c.id]!;
      const interval = (x: { interval?: readonly [number, number] | undefined }) =>
        x.interval ? `${x.interval[0]}..${x.interval[1]}` : "";
      out.push(`| ${c.id} | ${r.value} | ${interval(r)} | ${ratingCell(r)} |`);
      for (const k of r.cases)
        out.push(
          `| ${c.id}, when ${cell(conditionSyntax(k.when))} | ${k.value} | ${interval(k)} | ${ratingCell(k)} |`,
        );
    }
    out.push("");
  }
  out.push(
    "## Risks",
    "",
    "Risks are reported beside the score and enter it only when `riskBurden` weighs them: they restate, as likelihood × severity, consequences the criteria also rate, and most attach to the military options.",
    "",
  );
  for (const r of catalog.risks) {
    out.push(`### ${r.name} (\`${r.id}\`)`, "", r.description, "", ...quotes(r.evidence), "");
    for (const e of r.exposures)
      out.push(`- ${e.option}: likelihood ${e.likelihood}, severity ${e.severity}. ${e.rationale}`);
    for (const m of r.modifiers)
      out.push(`- Likelihood ${m.likelihood > 0 ? "+" : ""}${m.likelihood} when: ${m.rationale}`);
    out.push("");
  }
  out.push("## Perspectives", "");
  for (const p of catalog.perspectives) out.push(...perspectiveLines(catalog, p));
  if (catalog.omissions.length > 0) {
    out.push("## Left out, and why", "");
    for (const o of catalog.omissions)
      out.push(`- **${o.name}**: ${o.reason}`, "", ...quotes(o.evidence), "");
  }
  return out.join("\n");
};
