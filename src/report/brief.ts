// A brief: one self-contained HTML page a decision-maker reads without running anything. Every
// sentence in it is built from the comparison's own numbers and the catalog's words; every quote
// is a catalog quote, word for word, with its source and date.
import * as E from "fp-ts/lib/Either.js";
import { compareEither } from "../comparison/compare";
import type { Comparison, ComparisonRow, CriterionContribution } from "../comparison/types";
import { orThrow, PolicyMatrixError } from "../errors";
import { documentedStates } from "../feasibility/documented-states";
import type { AssumptionsInput } from "../model/assumptions";
import type { Catalog } from "../model/catalog";
import type { Evidence } from "../model/evidence";
import { ASSUMPTIONS_OBJECT, catalogArgument, objectArgument } from "../model/arguments";
import { comparePerspectivesEither, perspectivePairs } from "../scenario/perspectives";
import { stabilityCompareEither } from "../sensitivity/comparison";
import { smaaCompareSyncEither, weightsSetBy } from "../uncertainty/smaa-comparison";
import { diff } from "../scenario/diff";
import { renderSvgEither } from "./charts/render-svg";
import type { VegaLiteSpec } from "./charts/spec";
import { acceptabilitySpec, stabilitySpec } from "./charts/uncertainty-charts";
import { formatNumber, percent, rankLabel, unmetCosts } from "./comparison-table";

/** How the brief's robustness section samples, and how many leading options it explains. */
export interface BriefOptions {
  /** SMAA samples for the rank acceptabilities (default 20,000). */
  readonly samples?: number;
  readonly seed?: number;
  /** The leading options explained with their reasons and quotes (default 3, or as many as there are options). */
  readonly leaders?: number;
  /** The brief's title (default: the scenario's name, or the catalog's). */
  readonly title?: string;
  /**
   * How charts are drawn to SVG (default: `renderSvg`, with the optional packages vega and
   * vega-lite); a page that loads Vega its own way passes its own.
   */
  readonly renderSvg?: (spec: VegaLiteSpec) => Promise<string>;
}

const esc = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!,
  );

/** A quote as the brief prints it: the words verbatim, who said them, the source and its date. */
const quoteHtml = (catalog: Catalog, e: Evidence): string => {
  const source = catalog.sources.find((s) => s.id === e.source);
  const who = e.speaker ? `${e.speaker}, ` : e.attributedTo ? `reported view of ${e.attributedTo}, ` : "";
  const where = source ? `${source.outlet}, “${source.title}”, ${source.date}` : e.source;
  return `<blockquote class="quote" data-source="${esc(e.source)}"><q>${esc(e.quote)}</q><cite>${esc(who)}${esc(where)} [${esc(e.source)}]</cite></blockquote>`;
};

const stateLabel = (catalog: Catalog, pre: string, state: string): string => {
  const p = catalog.preconditions.find((x) => x.id === pre);
  return p?.states.find((s) => s.id === state)?.label ?? state;
};

/** The names of the options ranked first (more than one when tied). */
const firstNames = (c: Comparison): string =>
  c.rows
    .filter((r) => r.rank === 1)
    .map((r) => r.name)
    .join(", ");

/** The question and the assumptions in plain words. */
const questionSection = (catalog: Catalog, c: Comparison): string => {
  const a = c.assumptions;
  const documented = documentedStates(catalog);
  const states = catalog.preconditions.map((p) => {
    const state = a.preconditions[p.id]!;
    const changed = documented[p.id] !== state;
    return `<tr${changed ? ' class="changed"' : ""}><td>${esc(p.name)}</td><td>${esc(stateLabel(catalog, p.id, state))}</td><td>${changed ? `assumed (documented: ${esc(stateLabel(catalog, p.id, documented[p.id] ?? "none"))})` : "as documented"}</td></tr>`;
  });
  const weights = c.criteria
    .map((k) => `<tr><td>${esc(k.name)}</td><td class="num">${percent(k.weight)}</td></tr>`)
    .join("");
  const perspective = c.perspective
    ? `<p>Seen as <strong>${esc(c.perspective.actor)}</strong> sees it (${esc(c.perspective.use === "values-and-beliefs" ? "its values and beliefs" : c.perspective.use === "values" ? "its values only" : "its beliefs only")}).</p>`
    : "";
  const blocked =
    a.infeasible === "rank-last"
      ? "Options whose hard requirements are not met rank after every feasible one."
      : a.infeasible === "exclude"
        ? "Options whose hard requirements are not met are left out."
        : `Options whose hard requirements are not met lose ${formatNumber(a.infeasiblePenalty, 2)} of their score.`;
  const risks =
    a.riskBurden.weight > 0 || a.riskBurden.penalty > 0
      ? "The risks that apply are weighed in the score."
      : "The risks that apply are listed beside the score, not in it.";
  const when = a.preset ? ` The states start from the documents as of ${a.preset}.` : "";
  return `<section id="question"><h2>The question</h2>
<p>Which of the ${catalog.options.length} options of the catalog “${esc(catalog.name)}” scores best, under these assumptions? Each option is rated on ${c.criteria.length} criteria; the score is the ${esc(methodName(c.method.method))} of the ratings with the weights below. ${esc(blocked)} ${esc(risks)}${esc(when)}</p>
${perspective}
<h3>The state of the world assumed</h3>
<table><colgroup><col style="width:30%"><col style="width:40%"><col style="width:30%"></colgroup><thead><tr><th>precondition</th><th>state</th><th></th></tr></thead><tbody>${states.join("")}</tbody></table>
<h3>What counts, and how much</h3>
<table><thead><tr><th>criterion</th><th class="num">weight</th></tr></thead><tbody>${weights}</tbody></table>
</section>`;
};

const methodName = (m: string): string =>
  ({
    wsm: "weighted sum",
    wpm: "weighted product",
    topsis: "TOPSIS closeness",
    vikor: "VIKOR compromise",
    promethee2: "PROMETHEE II net flow",
  })[m] ?? m;

/** The ranking, with what blocks each option and the risks that apply. */
const rankingSection = (c: Comparison): string => {
  const rows = c.rows.map((r) => {
    const blocked = r.blockers.map((b) => esc(b.description)).join("; ");
    const risks = [...r.risks]
      .sort((x, y) => y.expectedSeverity - x.expectedSeverity)
      .slice(0, 2)
      .map((x) => `${esc(x.name)} (${percent(x.likelihood)}, severity ${x.severity})`)
      .join("; ");
    // A soft requirement unmet keeps the option but costs it: say what and how much.
    const costs = unmetCosts(r).map(esc).join("; ");
    const status = r.feasible
      ? costs
        ? `feasible; unmet, at a cost: ${costs}`
        : "feasible"
      : `blocked; needs: ${blocked}`;
    return `<tr${r.feasible ? "" : ' class="blocked"'}><td class="num">${esc(rankLabel(r))}</td><td>${esc(r.name)}</td><td class="num">${formatNumber(r.score)}</td><td>${status}</td><td>${risks || "none"}</td></tr>`;
  });
  return `<section id="ranking"><h2>The ranking</h2>
<table><colgroup><col style="width:9%"><col style="width:25%"><col style="width:10%"><col style="width:26%"><col style="width:30%"></colgroup><thead><tr><th class="num">rank</th><th>option</th><th class="num">score</th><th>feasible?</th><th>largest risks (likelihood, severity 1–5)</th></tr></thead><tbody>${rows.join("")}</tbody></table>
</section>`;
};

/** A rating moved by unmet soft requirements: by how much and why, so that its rationale still reads right. */
const penaltyNote = (k: CriterionContribution): string =>
  k.penalties.length === 0
    ? ""
    : ` Worse by ${k.penalties.map((p) => `${String(p.worsen)} as '${p.description}' is unmet`).join(", and by ")} (within the scale); the reason below is for the rating before that.`;

/** Why the leading options lead: their largest contributions, each with its rationale and quotes. */
const leadersSection = (catalog: Catalog, c: Comparison, count: number): string => {
  const leaders = c.rows.filter((r) => r.feasible).slice(0, count);
  const reasons = (r: ComparisonRow) =>
    [...r.contributions]
      .sort((x, y) => y.contribution - x.contribution)
      .slice(0, 3)
      .map((k: CriterionContribution) => {
        const criterion = c.criteria.find((x) => x.id === k.criterion);
        const rationale = k.basis === "background" ? k.rationale.replace(/^Background:\s*/, "") : k.rationale;
        const scale = criterion
          ? ` on ${formatNumber(criterion.scale.min, 0)}..${formatNumber(criterion.scale.max, 0)}${criterion.direction === "cost" ? ", lower is better" : ""}`
          : "";
        return `<li><strong>${esc(criterion?.name ?? k.criterion)}</strong>: rated ${formatNumber(k.value, 1)}${esc(scale)} (${esc(k.ratedBy === "analyst" ? "analyst" : k.ratedBy === "perspective" ? "the perspective's belief" : "your rating")}${k.basis ? `, ${esc(k.basis)}` : ""}), weight ${percent(k.weight)}.${esc(penaltyNote(k))} ${esc(rationale)}${k.evidence.map((e) => quoteHtml(catalog, e)).join("")}</li>`;
      })
      .join("");
  const blocks = leaders.map(
    (r) =>
      `<article class="leader"><h3>${esc(rankLabel(r))}. ${esc(r.name)} <span class="score">score ${formatNumber(r.score)}</span></h3><p>Its largest contributions:</p><ul>${reasons(r)}</ul></article>`,
  );
  const [first, second] = leaders;
  const separates =
    first && second
      ? (() => {
          const gaps = first.contributions
            .map((k) => {
              const other = second.contributions.find((x) => x.criterion === k.criterion);
              return { k, gap: k.contribution - (other?.contribution ?? 0) };
            })
            .filter((g) => Math.abs(g.gap) > 1e-9)
            .sort((x, y) => y.gap - x.gap);
          const name = (id: string) => c.criteria.find((x) => x.id === id)?.name ?? id;
          const ahead = gaps.filter((g) => g.gap > 0).slice(0, 3);
          const behind = gaps
            .filter((g) => g.gap < 0)
            .slice(-3)
            .reverse();
          const list = (xs: typeof gaps) =>
            xs
              .map(
                (g) =>
                  `${esc(name(g.k.criterion))} (${g.gap > 0 ? "+" : "−"}${formatNumber(Math.abs(g.gap))})`,
              )
              .join(", ");
          return `<p class="separates">What separates ${esc(first.name)} (${formatNumber(first.score)}) from ${esc(second.name)} (${formatNumber(second.score)}): ahead on ${ahead.length ? list(ahead) : "nothing"}; behind on ${behind.length ? list(behind) : "nothing"} (contributions to the score).</p>`;
        })()
      : "";
  return `<section id="leaders"><h2>Why the leading options lead</h2>${separates}${blocks.join("")}</section>`;
};

/** How robust the leader is: SMAA's rank acceptabilities and the weight ranges over which it holds. */
/**
 * Said when the option most often first under the draws is not the ranking's first: both are right,
 * under different assumptions, and the reader should not have to guess why they differ.
 */
const otherFirst = (
  c: Comparison,
  top: { o: string; p: number } | undefined,
  heldWeights: boolean,
  name: (id: string) => string,
): string => {
  const leader = c.rows.find((r) => r.rank === 1 && r.feasible);
  if (!top || !leader || top.o === leader.option || leader.tiedWith.includes(top.o)) return "";
  return `<p class="note">The ranking above puts ${esc(leader.name)} first under one set of ${heldWeights ? "ratings" : "weights and ratings"}; across the draws ${esc(name(top.o))} comes first more often (${percent(top.p)}). ${heldWeights ? "The ratings' intervals decide it." : "Which leads depends on the weights: the ranges below say how far each can move."}</p>`;
};

const robustnessSection = (
  c: Comparison,
  smaa: {
    options: readonly string[];
    acceptability: readonly (readonly number[])[];
    samples: number;
    standardError: { max: number };
  },
  seed: number,
  heldWeights: boolean,
  stability: readonly { criterion: string; weight: number; top: readonly [number, number] }[],
  charts: readonly string[],
): string => {
  const first = smaa.options
    .map((o, i) => ({ o, p: smaa.acceptability[i]![0]! }))
    .sort((x, y) => y.p - x.p)
    .slice(0, 5);
  const name = (id: string) => c.rows.find((r) => r.option === id)?.name ?? id;
  const holds = stability
    .map(
      (s) =>
        `<tr><td>${esc(c.criteria.find((k) => k.id === s.criterion)?.name ?? s.criterion)}</td><td class="num">${percent(s.weight)}</td><td class="num">${percent(s.top[0])} – ${percent(s.top[1])}</td></tr>`,
    )
    .join("");
  return `<section id="robustness"><h2>How robust this is</h2>
<p>${heldWeights ? "With these weights held and every rating drawn within its interval" : "With every weight drawn at random and every rating drawn within its interval"} (${smaa.samples.toLocaleString("en")} draws, seed ${seed}; each share within ±${formatNumber(200 * smaa.standardError.max, 1)} points at 95%), the options most often first:</p>
<table><thead><tr><th>option</th><th class="num">first in</th></tr></thead><tbody>${first.map((x) => `<tr><td>${esc(name(x.o))}</td><td class="num">${percent(x.p)}</td></tr>`).join("")}</tbody></table>${otherFirst(c, first[0], heldWeights, name)}
<p>Each criterion's weight can move within this range, the others keeping their proportions, before the first option changes:</p>
<table><thead><tr><th>criterion</th><th class="num">weight</th><th class="num">first option holds</th></tr></thead><tbody>${holds}</tbody></table>
${charts.map((svg) => `<figure>${svg}</figure>`).join("")}
</section>`;
};

/**
 * Where the actors part: each one's first option, and the pairs that agree least. Nothing for a
 * catalog without perspectives; no pairs for a catalog with one.
 */
const disagreementSection = (
  pairs: readonly { a: string; b: string; kendall: number | null }[],
  tops: readonly { actor: string; name: string; top: string }[],
): string =>
  tops.length === 0
    ? ""
    : `<section id="disagreement"><h2>Where the actors disagree</h2>
<p>The same states, each actor's own weights and beliefs:</p>
<table><thead><tr><th>actor</th><th>first option</th></tr></thead><tbody>${tops.map((t) => `<tr><td>${esc(t.actor)} (${esc(t.name)})</td><td>${esc(t.top)}</td></tr>`).join("")}</tbody></table>
${
  pairs.length === 0
    ? ""
    : `<p>The pairs whose rankings agree least (Kendall's τ, 1 = the same order): ${pairs
        .slice(0, 3)
        .map(
          (p) =>
            `${esc(p.a)} and ${esc(p.b)} (τ = ${p.kendall === null ? "undefined" : formatNumber(p.kendall, 2)})`,
        )
        .join("; ")}.</p>`
}
</section>`;

/** What the assumed states change against the documented ones. */
const changesSection = (catalog: Catalog, c: Comparison, documented: Comparison): string => {
  const changed = Object.entries(c.assumptions.statesChanged);
  if (changed.length === 0) {
    return `<section id="changes"><h2>Against the documented state</h2><p>These are the states as the latest documents describe them; nothing is assumed otherwise.</p>${documentedQuotes(catalog)}</section>`;
  }
  const moves = diff(documented, c)
    .moves.filter((m) => m.feasible.from !== m.feasible.to || m.rank.from !== m.rank.to)
    .slice(0, 8)
    .map((m) => {
      const feasibility =
        m.feasible.from && !m.feasible.to
          ? "becomes blocked"
          : !m.feasible.from && m.feasible.to
            ? "becomes feasible"
            : "";
      return `<tr><td>${esc(m.name)}</td><td class="num">${m.rank.from} → ${m.rank.to}</td><td class="num">${formatNumber(m.score.from)} → ${formatNumber(m.score.to)}</td><td>${feasibility}</td></tr>`;
    });
  return `<section id="changes"><h2>Against the documented state</h2>
<p>Assumed otherwise than documented: ${changed.map(([p, s]) => `${esc(catalog.preconditions.find((x) => x.id === p)?.name ?? p)}: ${esc(stateLabel(catalog, p, s))}`).join("; ")}.</p>
<p>Under the documented states the first option is ${esc(firstNames(documented))}; under these assumptions, ${esc(firstNames(c))}.</p>
${moves.length ? `<p>The options that move most:</p><table><thead><tr><th>option</th><th class="num">rank</th><th class="num">score</th><th></th></tr></thead><tbody>${moves.join("")}</tbody></table>` : ""}
${documentedQuotes(catalog)}
</section>`;
};

/** The quote behind each precondition's latest documented state. */
const documentedQuotes = (catalog: Catalog): string => {
  const items = catalog.preconditions.map((p) => {
    const latest = [...p.documented].sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : 0))[0]!;
    return `<li><strong>${esc(p.name)}</strong>: ${esc(stateLabel(catalog, p.id, latest.state))} (as of ${esc(latest.date)}). ${quoteHtml(catalog, latest.evidence[0]!)}</li>`;
  });
  return `<h3>The documented states, and the words behind them</h3><ul>${items.join("")}</ul>`;
};

/** Every source the brief quotes. */
const sourcesSection = (catalog: Catalog, html: string): string => {
  const used = catalog.sources.filter((s) => html.includes(`data-source="${s.id}"`));
  return `<section id="sources"><h2>Sources</h2><ol>${used
    .map(
      (s) =>
        `<li id="source-${esc(s.id)}">${s.authors.length ? `${esc(s.authors.join(", "))}, ` : ""}“${esc(s.title)}”, ${esc(s.outlet)}, ${esc(s.date)}${s.dateNote ? ` (${esc(s.dateNote)})` : ""} [${esc(s.id)}]</li>`,
    )
    .join("")}</ol></section>`;
};

const STYLE = `
body { font: 15px/1.45 Georgia, "Times New Roman", serif; color: #111; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: 0.2rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #999; margin-top: 2rem; }
h3 { font-size: 1.05rem; } .subtitle { color: #444; }
table { border-collapse: collapse; width: 100%; margin: 0.6rem 0; font-size: 0.9rem; table-layout: fixed; }
th, td { border-bottom: 1px solid #ddd; padding: 0.2rem 0.4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
td.num, th.num { text-align: right; white-space: nowrap; } tr.blocked td { color: #777; } tr.changed td { background: #fff4e5; }
blockquote.quote { margin: 0.3rem 0 0.5rem 1rem; font-size: 0.9rem; } blockquote.quote cite { display: block; color: #555; font-style: normal; font-size: 0.8rem; }
figure { margin: 1rem 0; } figure svg { max-width: 100%; height: auto; }
.score { font-weight: normal; color: #555; font-size: 0.9rem; }
@page { margin: 18mm 16mm; }
@media print { body { margin: 0; max-width: none; font-size: 10.5pt; } section { break-inside: auto; } article, blockquote, tr, figure { break-inside: avoid; } h2, h3 { break-after: avoid; } }
`;

/** The Either twin of `brief`. */
export const briefEither = async (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
  options: BriefOptions = {},
): Promise<E.Either<PolicyMatrixError, string>> => {
  const given = catalogArgument(catalog);
  if (E.isLeft(given)) return given;
  const object = objectArgument(assumptions, "assumptions", ASSUMPTIONS_OBJECT, "invalid-assumptions");
  if (E.isLeft(object)) return object;
  const samples = options.samples ?? 20_000;
  const seed = options.seed ?? 0;
  const leaders = options.leaders ?? Math.min(3, catalog.options.length);
  const issues = [
    ...(Number.isInteger(samples) && samples >= 100 && samples <= 10_000_000
      ? []
      : [
          {
            path: "options.samples",
            message: `expected a whole number from 100 to 10000000, got ${samples}`,
          },
        ]),
    ...(Number.isInteger(seed) && seed >= -(2 ** 31) && seed < 2 ** 31
      ? []
      : [{ path: "options.seed", message: `expected a 32-bit whole number, got ${seed}` }]),
    ...(Number.isInteger(leaders) && leaders >= 1 && leaders <= catalog.options.length
      ? []
      : [
          {
            path: "options.leaders",
            message: `expected a whole number from 1 to ${catalog.options.length}, got ${leaders}`,
          },
        ]),
    ...(options.title === undefined || (typeof options.title === "string" && options.title.trim() !== "")
      ? []
      : [{ path: "options.title", message: "expected a non-empty title" }]),
    ...(options.renderSvg === undefined || typeof options.renderSvg === "function"
      ? []
      : [{ path: "options.renderSvg", message: "expected a function from a chart spec to SVG text" }]),
  ];
  if (issues.length > 0) return E.left(new PolicyMatrixError("invalid-input", issues));
  try {
    const c = orThrow(compareEither(catalog, assumptions));
    const { preconditions: _p, preset: _s, ...kept } = assumptions;
    const { perspective: _v, weights: _w, ...rest } = kept;
    const documented = orThrow(compareEither(catalog, { ...kept, preconditions: documentedStates(catalog) }));
    // Weights the scenario sets (its own, a perspective's) are held: only the ratings vary. With
    // the default weights, every weight is drawn too.
    const heldWeights = weightsSetBy(assumptions) !== undefined;
    const smaa = orThrow(
      smaaCompareSyncEither(catalog, assumptions, {
        samples,
        seed,
        weights: { kind: heldWeights ? "fixed" : "simplex" },
      }),
    );
    const stability = orThrow(stabilityCompareEither(catalog, assumptions));
    const all = orThrow(
      comparePerspectivesEither(catalog, { ...rest, preconditions: c.assumptions.preconditions }),
    );
    const charts: string[] = [];
    for (const spec of [acceptabilitySpec(smaa), stabilitySpec(stability, c)]) {
      charts.push(options.renderSvg ? await options.renderSvg(spec) : orThrow(await renderSvgEither(spec)));
    }
    const title = options.title ?? c.assumptions.name ?? catalog.name;
    const body = [
      questionSection(catalog, c),
      rankingSection(c),
      leadersSection(catalog, c, leaders),
      robustnessSection(c, smaa, seed, heldWeights, stability, charts),
      disagreementSection(
        perspectivePairs(all),
        all.map((p) => ({
          actor: p.actor,
          name: p.perspective,
          top: firstNames(p.comparison),
        })),
      ),
      changesSection(catalog, c, documented),
    ].join("\n");
    const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(title)}</title><style>${STYLE}</style></head>
<body><header><h1>${esc(title)}</h1><p class="subtitle">A brief from policy-matrix, catalog ${esc(catalog.id)} ${esc(catalog.version)}: ${esc(c.rows[0]!.name)} ranks first${c.rows[0]!.tiedWith.length ? " (tied)" : ""} under the assumptions below.</p></header>
${body}
${sourcesSection(catalog, body)}
</body></html>
`;
    return E.right(html);
  } catch (error) {
    if (error instanceof PolicyMatrixError) return E.left(error);
    throw error;
  }
};

/**
 * A brief a decision-maker reads without running anything: one self-contained HTML page (no
 * network, charts inline as SVG, print CSS for A4 and Letter) with the question and the
 * assumptions in plain words; the ranking, with what blocks each option and its largest risks; why
 * the leading options lead (their largest contributions, each rationale with its quotes, sources
 * and dates); how robust that is (SMAA's share of first places, and the weight range over which
 * the first option holds, with charts); where the actors disagree; what the assumed states change
 * against the documented ones, with the quote behind each documented state; and the sources
 * quoted. Needs the optional packages `vega` and `vega-lite` for its charts.
 *
 * @example
 * ```ts
 * const html = await brief(builtinCatalog(), { preset: "2025-08" }, { samples: 2000 });
 * html.startsWith("<!doctype html>"); // true
 * html.includes('<section id="robustness">'); // true
 * ```
 */
export const brief = async (
  catalog: Catalog,
  assumptions: AssumptionsInput = {},
  options: BriefOptions = {},
): Promise<string> => orThrow(await briefEither(catalog, assumptions, options));
