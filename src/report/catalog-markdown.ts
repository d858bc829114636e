import type { Catalog } from "../model/catalog";
import type { Evidence } from "../model/evidence";
import { renderTable } from "./table";

const cite = (e: Evidence): string => `> “${e.quote}”${e.speaker ? ` (${e.speaker})` : ""} [${e.source}]`;
const quotes = (evidence: readonly Evidence[]): string[] => evidence.map(cite);

/**
 * The whole catalog as a markdown document for people: sources, criteria, preconditions with
 * their documented states, options with requirements and rated criteria, risks and perspectives,
 * each with its rationale and verbatim quotes.
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
        headers: ["id", "name", "direction", "scale", "description"],
        rows: catalog.criteria.map((c) => [
          c.id,
          c.name,
          c.direction,
          `${c.scale.min}..${c.scale.max}`,
          c.description,
        ]),
      },
      "markdown",
    ),
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
    for (const r of o.requirements) out.push(`- Requires (${r.severity}): ${r.description}. ${r.rationale}`);
    const linked = catalog.risks
      .filter((r) => r.exposures.some((e) => e.option === o.id))
      .map((r) => `\`${r.id}\``);
    if (linked.length > 0) out.push(`- Risks: ${linked.join(", ")}`);
    for (const s of o.stances)
      out.push(`- ${s.actor} ${s.stance}: ${s.evidence.map((e) => `“${e.quote}”`).join(" ")}`);
    out.push(
      "",
      "| criterion | rating | interval | rationale (analyst judgment) |",
      "| --- | ---: | --- | --- |",
    );
    for (const c of catalog.criteria) {
      const r = o.ratings[c.id]!;
      const interval = r.interval ? `${r.interval[0]}..${r.interval[1]}` : "";
      const because = [r.rationale, ...r.evidence.map((e) => `“${e.quote}” [${e.source}]`)].join(" ");
      out.push(`| ${c.id} | ${r.value} | ${interval} | ${because.replace(/\|/g, "\\|")} |`);
    }
    out.push("");
  }
  out.push("## Risks", "");
  for (const r of catalog.risks) {
    out.push(`### ${r.name} (\`${r.id}\`)`, "", r.description, "", ...quotes(r.evidence), "");
    for (const e of r.exposures)
      out.push(`- ${e.option}: likelihood ${e.likelihood}, severity ${e.severity}. ${e.rationale}`);
    for (const m of r.modifiers)
      out.push(`- Likelihood ${m.likelihood > 0 ? "+" : ""}${m.likelihood} when: ${m.rationale}`);
    out.push("");
  }
  out.push("## Perspectives", "");
  for (const p of catalog.perspectives) {
    const weights = Object.entries(p.weights)
      .map(([k, w]) => `${k} ${w}`)
      .join(", ");
    out.push(
      `### ${p.name} (\`${p.id}\`): ${p.actor}`,
      "",
      `${p.rationale} Weights: ${weights}.`,
      "",
      ...quotes(p.evidence),
      "",
    );
  }
  return out.join("\n");
};
