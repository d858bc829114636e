import type { Comparison, ComparisonRow } from "../comparison/types";

/**
 * One assumption that differs between two comparisons, by its path (`preconditions.aumf`). A
 * replaced rating (`ratings.sof-raids.speed`), a replaced risk assessment
 * (`risks.sof-raids.civilian-harm`), the perspective and the method are one change each, with the
 * whole record as `from` and `to`; `undefined` where a side does not set it.
 */
export interface AssumptionChange {
  readonly path: string;
  readonly from: unknown;
  readonly to: unknown;
}

/** What moved one option's score: a criterion's contribution, or a penalty, and by how much. */
export interface Driver {
  readonly criterion: string;
  readonly from: number;
  readonly to: number;
  readonly delta: number;
}

/** A risk of one option whose likelihood or severity changed, or that applies on one side only. */
export interface RiskChange {
  readonly risk: string;
  readonly from?: { readonly likelihood: number; readonly severity: number };
  readonly to?: { readonly likelihood: number; readonly severity: number };
}

/** How one option moved between two comparisons. */
export interface OptionMove {
  readonly option: string;
  readonly name: string;
  readonly rank: { readonly from: number; readonly to: number };
  /** Whether the rank is shared with other options (a tie), on each side. */
  readonly tied: { readonly from: boolean; readonly to: boolean };
  readonly score: { readonly from: number; readonly to: number; readonly delta: number };
  readonly feasible: { readonly from: boolean; readonly to: boolean };
  /** The hard requirements unmet on each side (empty when feasible): why it became blocked or feasible. */
  readonly blockedBy: { readonly from: readonly string[]; readonly to: readonly string[] };
  /** Criteria (and penalties) whose contribution changed, largest change first. */
  readonly drivers: readonly Driver[];
  /** Risks whose likelihood or severity changed, or that apply on one side only. */
  readonly risks: readonly RiskChange[];
}

/** What differs between two comparisons, and why. */
export interface ComparisonDiff {
  /** The assumptions that differ (not the scenario's `name` or `description`, which change nothing). */
  readonly assumptions: readonly AssumptionChange[];
  /**
   * Options whose rank, score, feasibility or risks changed: those that became blocked first,
   * then those that became feasible, then by how far their rank moved, then by score change.
   */
  readonly moves: readonly OptionMove[];
  /** The options ranked first in each comparison (more than one when tied), and whether that changed. */
  readonly top: {
    readonly from: readonly string[];
    readonly to: readonly string[];
    readonly changed: boolean;
  };
  readonly becameFeasible: readonly string[];
  readonly becameBlocked: readonly string[];
  /** In the second comparison's rows only, or the first's only (`infeasible: "exclude"`). */
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

const EPSILON = 1e-12;

/**
 * The options a comparison ranks first: more than one when tied.
 *
 * @example
 * ```ts
 * topOptions(compare(builtinCatalog())); // ["intelligence-sharing"]
 * ```
 */
export const topOptions = (c: Comparison): string[] =>
  c.rows.filter((r) => r.rank === 1).map((r) => r.option);

/**
 * Whether two lists name the same options, in any order.
 *
 * @example
 * ```ts
 * sameOptions(["a", "b"], ["b", "a"]); // true
 * ```
 */
export const sameOptions = (x: readonly string[], y: readonly string[]): boolean =>
  x.length === y.length && [...x].sort().join("\n") === [...y].sort().join("\n");

/** Paths whose value is one record (a change to any part of it is one change). */
const isRecordPath = (path: string): boolean =>
  path === "perspective" || path === "method" || /^(ratings|risks)\.[^.]+\.[^.]+$/.test(path);

const flatten = (value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> => {
  if (value !== null && typeof value === "object" && !Array.isArray(value) && !isRecordPath(path)) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(path, value);
  }
  return out;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const assumptionChanges = (a: Comparison, b: Comparison): AssumptionChange[] => {
  // The name and description label a scenario; they change no result.
  // statesChanged and weightsChanged restate preconditions and weights (compared one by one).
  const { name: _a, description: _da, statesChanged: _sa, weightsChanged: _wa, ...x0 } = a.assumptions;
  const { name: _b, description: _db, statesChanged: _sb, weightsChanged: _wb, ...y0 } = b.assumptions;
  const x = flatten(x0, "", new Map());
  const y = flatten(y0, "", new Map());
  return [...new Set([...x.keys(), ...y.keys()])]
    .filter((path) => !same(x.get(path), y.get(path)))
    .map((path) => ({ path, from: x.get(path), to: y.get(path) }));
};

const riskChanges = (x: ComparisonRow, y: ComparisonRow): RiskChange[] => {
  const before = new Map(x.risks.map((r) => [r.risk, r]));
  const after = new Map(y.risks.map((r) => [r.risk, r]));
  const shown = (r: ComparisonRow["risks"][number] | undefined) =>
    r ? { likelihood: r.likelihood, severity: r.severity } : undefined;
  return [...new Set([...before.keys(), ...after.keys()])]
    .filter((id) => !same(shown(before.get(id)), shown(after.get(id))))
    .map((id) => {
      const [from, to] = [shown(before.get(id)), shown(after.get(id))];
      return { risk: id, ...(from ? { from } : {}), ...(to ? { to } : {}) };
    });
};

const drivers = (x: ComparisonRow, y: ComparisonRow): Driver[] =>
  [
    ...y.contributions.map((c) => {
      const from = x.contributions.find((d) => d.criterion === c.criterion)?.contribution ?? 0;
      return { criterion: c.criterion, from, to: c.contribution, delta: c.contribution - from };
    }),
    ...(["risk", "infeasible"] as const).map((k) => ({
      criterion: `penalty:${k}`,
      from: -x.penalty[k],
      to: -y.penalty[k],
      delta: x.penalty[k] - y.penalty[k],
    })),
  ]
    .filter((d) => Math.abs(d.delta) > EPSILON)
    .sort((p, q) => Math.abs(q.delta) - Math.abs(p.delta) || p.criterion.localeCompare(q.criterion));

/** Became blocked (0), became feasible (1), neither (2). */
const feasibilityOrder = (m: OptionMove): number =>
  m.feasible.from && !m.feasible.to ? 0 : !m.feasible.from && m.feasible.to ? 1 : 2;

/**
 * What differs between two comparisons of the same catalog: which assumptions, which options moved
 * (rank, score, feasibility, risks) and by how much, and why: the requirements that block or
 * unblock an option, and the criterion contributions that drove each move. What matters most
 * comes first: options that became blocked, then feasible, then the largest moves in rank.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const a = compare(catalog);
 * const b = compare(catalog, { preconditions: { "presidential-directive": "force-authorized" } });
 * diff(a, b).becameFeasible; // ["drone-strikes", "ground-intervention", "naval-strikes", "sof-raids"]
 * diff(a, b).moves[0].blockedBy; // { from: ["force-authorized"], to: [] }
 * diff(a, b).top; // { from: ["intelligence-sharing"], to: ["intelligence-sharing"], changed: false }
 * diff(a, a).moves; // []
 * ```
 */
export const diff = (a: Comparison, b: Comparison): ComparisonDiff => {
  const before = new Map(a.rows.map((r) => [r.option, r]));
  const after = new Map(b.rows.map((r) => [r.option, r]));
  const moves: OptionMove[] = [];
  for (const [id, y] of after) {
    const x = before.get(id);
    if (!x) continue;
    const delta = y.score - x.score;
    const risks = riskChanges(x, y);
    if (x.rank !== y.rank || Math.abs(delta) > EPSILON || x.feasible !== y.feasible || risks.length > 0) {
      moves.push({
        option: id,
        name: y.name,
        rank: { from: x.rank, to: y.rank },
        tied: { from: x.tiedWith.length > 0, to: y.tiedWith.length > 0 },
        score: { from: x.score, to: y.score, delta },
        feasible: { from: x.feasible, to: y.feasible },
        blockedBy: { from: x.blockers.map((r) => r.requirement), to: y.blockers.map((r) => r.requirement) },
        drivers: drivers(x, y),
        risks,
      });
    }
  }
  moves.sort(
    (p, q) =>
      feasibilityOrder(p) - feasibilityOrder(q) ||
      Math.abs(q.rank.to - q.rank.from) - Math.abs(p.rank.to - p.rank.from) ||
      Math.abs(q.score.delta) - Math.abs(p.score.delta) ||
      p.option.localeCompare(q.option),
  );
  const top = { from: topOptions(a), to: topOptions(b) };
  return {
    assumptions: assumptionChanges(a, b),
    top: { ...top, changed: !sameOptions(top.from, top.to) },
    moves,
    becameFeasible: moves.filter((m) => feasibilityOrder(m) === 1).map((m) => m.option),
    becameBlocked: moves.filter((m) => feasibilityOrder(m) === 0).map((m) => m.option),
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
  };
};
