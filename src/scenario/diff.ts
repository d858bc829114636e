import type { Comparison } from "../comparison/types";

/** One assumption that differs between two comparisons, by its path (`preconditions.aumf`). */
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

/** How one option moved between two comparisons. */
export interface OptionMove {
  readonly option: string;
  readonly name: string;
  readonly rank: { readonly from: number; readonly to: number };
  readonly score: { readonly from: number; readonly to: number; readonly delta: number };
  readonly feasible: { readonly from: boolean; readonly to: boolean };
  /** Criteria (and penalties) whose contribution changed, largest change first. */
  readonly drivers: readonly Driver[];
}

/** What differs between two comparisons, and why. */
export interface ComparisonDiff {
  readonly assumptions: readonly AssumptionChange[];
  /** Options whose rank, score or feasibility changed, largest score change first. */
  readonly moves: readonly OptionMove[];
  readonly becameFeasible: readonly string[];
  readonly becameBlocked: readonly string[];
  /** In the second comparison's rows only, or the first's only (`infeasible: "exclude"`). */
  readonly added: readonly string[];
  readonly removed: readonly string[];
}

const EPSILON = 1e-12;

const flatten = (value: unknown, path: string, out: Map<string, unknown>): Map<string, unknown> => {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, path ? `${path}.${k}` : k, out);
  } else {
    out.set(path, value);
  }
  return out;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

const assumptionChanges = (a: Comparison, b: Comparison): AssumptionChange[] => {
  const x = flatten({ ...a.assumptions, method: a.method }, "", new Map());
  const y = flatten({ ...b.assumptions, method: b.method }, "", new Map());
  return [...new Set([...x.keys(), ...y.keys()])]
    .filter((path) => !same(x.get(path), y.get(path)))
    .map((path) => ({ path, from: x.get(path), to: y.get(path) }));
};

/**
 * What differs between two comparisons of the same catalog: which assumptions, which options moved
 * (rank, score, feasibility) and by how much, and which criterion contributions drove each move.
 *
 * @example
 * ```ts
 * const catalog = builtinCatalog();
 * const a = compare(catalog);
 * const b = compare(catalog, { preconditions: { "presidential-directive": "force-authorized" } });
 * diff(a, b).becameFeasible; // ["drone-strikes", "ground-intervention", "naval-strikes", "sof-raids"]
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
    const drivers: Driver[] = [
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
    const delta = y.score - x.score;
    if (x.rank !== y.rank || Math.abs(delta) > EPSILON || x.feasible !== y.feasible) {
      moves.push({
        option: id,
        name: y.name,
        rank: { from: x.rank, to: y.rank },
        score: { from: x.score, to: y.score, delta },
        feasible: { from: x.feasible, to: y.feasible },
        drivers,
      });
    }
  }
  moves.sort((p, q) => Math.abs(q.score.delta) - Math.abs(p.score.delta) || p.option.localeCompare(q.option));
  return {
    assumptions: assumptionChanges(a, b),
    moves,
    becameFeasible: moves.filter((m) => !m.feasible.from && m.feasible.to).map((m) => m.option),
    becameBlocked: moves.filter((m) => m.feasible.from && !m.feasible.to).map((m) => m.option),
    added: [...after.keys()].filter((id) => !before.has(id)),
    removed: [...before.keys()].filter((id) => !after.has(id)),
  };
};
