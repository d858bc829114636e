import {
  builtinCatalog,
  describeAssumption,
  describeCrux,
  describeMove,
  smaaTable,
  type Catalog,
  type Comparison,
  type ComparisonDiff,
  type ComparisonSmaa,
  type Disagreement,
  type Evidence,
  type Perspective,
} from "policy-matrix";

const sourceDates = new Map(builtinCatalog().sources.map((s) => [s.id, `${s.outlet}, ${s.date}`]));

/** Escapes text for HTML. */
export const esc = (text: unknown): string =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** A quote with who said it (direct speech) or whose view it reports, its source and the source's date. */
const quoteHtml = (e: Evidence): string => {
  const who = e.speaker
    ? ` (${esc(e.speaker)})`
    : e.attributedTo
      ? ` (reported, ${esc(e.attributedTo)})`
      : "";
  return `<blockquote>“${esc(e.quote)}”${who} [${esc(e.source)}: ${esc(sourceDates.get(e.source) ?? "")}]</blockquote>`;
};

const whose = { analyst: "Analyst", perspective: "The actor's belief", user: "Your rating" } as const;

const why = (row: Comparison["rows"][number], meaning: string): string => {
  const lines = row.contributions.map((c) => {
    const quotes = c.evidence.map(quoteHtml).join("");
    const penalties = c.penalties.map((p) => ` (+${p.worsen} worse: ${esc(p.description)})`).join("");
    const basis = c.basis ? ` (${esc(c.basis)})` : "";
    return `<li><strong>${esc(c.criterion)}</strong>: rating ${c.value.toFixed(1)}${penalties}, weight ${c.weight.toFixed(3)}, contribution ${c.contribution.toFixed(3)}<br><span class="by-${c.ratedBy}">${whose[c.ratedBy]}${basis}</span>: ${esc(c.rationale)}${quotes}</li>`;
  });
  const blockers = row.blockers
    .map((b) => `<li>Blocked: ${esc(b.description)} (${esc(b.explanation)})</li>`)
    .join("");
  const risks = row.risks
    .map(
      (r) =>
        `<li>${esc(r.name)}: likelihood ${r.likelihood.toFixed(2)} (base ${r.baseLikelihood.toFixed(2)}), severity ${r.severity}</li>`,
    )
    .join("");
  return `<details class="why"><summary>Why?</summary><p>${esc(meaning)}</p><ul>${blockers}${lines.join("")}</ul><p>Risks:</p><ul>${risks}</ul></details>`;
};

/** The ranking's rows, each with a "Why?" that opens the contributions, rationales, evidence and risks. */
export const rankingRows = (c: Comparison): string =>
  c.rows
    .map(
      (r) => `<tr class="${r.feasible ? "" : "blocked"}" data-option="${esc(r.option)}">
  <td class="num">${r.tiedWith.length ? "=" : ""}${r.rank}</td>
  <td>${esc(r.name)} <code>${esc(r.option)}</code> <button type="button" class="link" data-discover="${esc(r.option)}">what would make this first?</button>${why(r, c.contributionMeaning)}</td>
  <td class="num">${r.score.toFixed(3)}</td>
  <td>${r.feasible ? "yes" : "no"}</td>
  <td>${r.blockers.map((b) => esc(b.requirement)).join(", ")}</td>
  <td>${r.risks
    .slice(0, 2)
    .map((x) => `${esc(x.risk)} (${x.likelihood.toFixed(2)})`)
    .join(", ")}</td>
</tr>`,
    )
    .join("");

/**
 * A perspective's beliefs (the ratings and risks it holds in place of the analyst's, with its
 * words) and the conditions it argues for; marked unused when the comparison takes its values only.
 */
export const beliefsView = (catalog: Catalog, p: Perspective, use: string): string => {
  const name = (id: string) => catalog.options.find((o) => o.id === id)?.name ?? id;
  const ratings = p.beliefs.ratings
    .map(
      (b) =>
        `<li><strong>${esc(name(b.option))}</strong>, ${esc(b.criterion)}: ${b.value}${b.when ? " (under some states)" : ""}, ${esc(b.basis)}. ${esc(b.rationale)}${b.evidence.map(quoteHtml).join("")}</li>`,
    )
    .join("");
  const risks = p.beliefs.risks
    .map(
      (b) =>
        `<li><strong>${esc(name(b.option))}</strong>, risk ${esc(b.risk)}: likelihood ${b.likelihood ?? "as the analyst's"}, ${esc(b.basis)}. ${esc(b.rationale)}</li>`,
    )
    .join("");
  const conditions = Object.entries(p.conditions)
    .map(([id, s]) => `<li>${esc(id)} = <code>${esc(s.state)}</code>: ${esc(s.rationale)}</li>`)
    .join("");
  const unused = use === "values" ? ' <span class="unused">(not used: values only)</span>' : "";
  return `<details open><summary>${esc(p.actor)}: ${esc(p.name)}</summary><p>${esc(p.rationale)}</p>${
    ratings || risks
      ? `<p>Its beliefs${unused}:</p><ul id="belief-list">${ratings}${risks}</ul>`
      : "<p>It states no beliefs of its own: the analyst's ratings stand.</p>"
  }${conditions ? `<p>The conditions it argues for:</p><ul>${conditions}</ul>` : ""}</details>`;
};

/** What moved against the preset, and why. */
export const diffView = (d: ComparisonDiff): string => {
  if (d.moves.length === 0 && d.assumptions.length === 0) return "<p>Nothing differs from the preset.</p>";
  const changes = d.assumptions
    .map(
      (a) =>
        `<li><code>${esc(a.path)}</code>: ${esc(describeAssumption(a.path, a.from))} → ${esc(describeAssumption(a.path, a.to))}</li>`,
    )
    .join("");
  const rank = (r: number, tied: boolean) => `${tied ? "=" : ""}${r}`;
  // Blocked and unblocked options first, then the largest moves (the diff's order).
  const moves = d.moves
    .slice(0, 8)
    .map(
      (m) =>
        `<li>${esc(m.option)}: rank ${rank(m.rank.from, m.tied.from)} → ${rank(m.rank.to, m.tied.to)} (${m.score.delta >= 0 ? "+" : ""}${m.score.delta.toFixed(3)}; ${esc(describeMove(m))})</li>`,
    )
    .join("");
  const firsts = (ids: readonly string[]) => esc(ids.join(" = ") || "none");
  const top = d.top.changed
    ? `Top option: ${firsts(d.top.from)} → <strong>${firsts(d.top.to)}</strong>.`
    : `Top option unchanged: ${firsts(d.top.to)}.`;
  return `<p id="diff-top">${top}</p><ul id="diff-changes">${changes}</ul><ul id="diff-moves">${moves}</ul>`;
};

/** SMAA rows, most often first first. */
export const smaaRows = (r: ComparisonSmaa): string =>
  // The library's SMAA table (as the CLI prints it): shares, expected rank, confidence with its
  // standard error, and the samples behind the central weights.
  smaaTable(r)
    .rows.map(
      ([option, ...cells]) =>
        `<tr><td>${esc(option!)}</td>${cells.map((c) => `<td class="num">${esc(c)}</td>`).join("")}</tr>`,
    )
    .join("");

/** Where two actors part: the verdict, the two-by-two, and each crux with the quote behind a belief. */
export const pairView = (d: Disagreement): string => {
  const cell = (ids: readonly string[]) => esc(ids.join(" = "));
  const verdict =
    d.differIn === "nothing"
      ? "They agree on the first option."
      : `They differ in ${d.differIn === "both" ? "both what they value and what they believe" : `what they ${d.differIn === "values" ? "value" : "believe"}`}.`;
  const cruxes =
    d.differIn === "nothing"
      ? ""
      : d.cruxes.length === 0
        ? "<p>No single change (a state, a weight, a belief) brings them to the same first option.</p>"
        : `<ul id="pair-cruxes">${d.cruxes
            .map(
              (c) =>
                `<li>${esc(describeCrux(c, d))}${c.kind === "belief" ? c.evidence.map(quoteHtml).join("") : ""}</li>`,
            )
            .join("")}</ul>`;
  return `<p id="pair-verdict">${esc(verdict)}</p>
<table id="pair-table"><thead><tr><th scope="col">values \\ beliefs</th><th scope="col">${esc(d.a)}'s</th><th scope="col">${esc(d.b)}'s</th></tr></thead>
<tbody><tr><th scope="row">${esc(d.a)}'s</th><td>${cell(d.top.a)}</td><td>${cell(d.exchanged.aValuesBBeliefs)}</td></tr>
<tr><th scope="row">${esc(d.b)}'s</th><td>${cell(d.exchanged.bValuesABeliefs)}</td><td>${cell(d.top.b)}</td></tr></tbody></table>${cruxes}`;
};
