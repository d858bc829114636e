import * as E from "fp-ts/lib/Either.js";
import { fail, type PolicyMatrixError } from "../errors";
import { powerOfE } from "../matrix/elementary";
import { toRows, type MethodOutput } from "./explanation";
import type { PreparedProblem } from "./problem";

/**
 * Brans and Vincke's (1985) preference functions, of d = the advantage of a over b on a criterion
 * (in the criterion's own units), with indifference threshold q, preference threshold p and
 * Gaussian parameter s:
 * `usual` 1 if d > 0 · `u-shape` 1 if d > q · `v-shape` d/p up to p, then 1 · `level` ½ if q < d ≤ p,
 * 1 beyond p · `linear` (d − q)/(p − q) between q and p, 1 beyond · `gaussian` 1 − exp(−d²/2s²) for d > 0.
 */
export type PreferenceFunction = "usual" | "u-shape" | "v-shape" | "level" | "linear" | "gaussian";

/** The preference functions, in a stable order. */
export const preferenceFunctions: readonly PreferenceFunction[] = [
  "usual",
  "u-shape",
  "v-shape",
  "level",
  "linear",
  "gaussian",
];

/** A value for every criterion, or one per criterion. */
export type PerCriterion<T> = T | readonly T[];

/** Options of PROMETHEE II: the preference function and its thresholds, for all criteria or each. */
export interface PrometheeOptions {
  readonly preference?: PerCriterion<PreferenceFunction>;
  readonly q?: PerCriterion<number>;
  readonly p?: PerCriterion<number>;
  readonly s?: PerCriterion<number>;
}

interface CriterionPreference {
  readonly fn: PreferenceFunction;
  readonly q: number;
  readonly p: number;
  readonly s: number;
}

/** Criterion j's value of a per-criterion option (one value for all, or one each), or the fallback. */
export const at = <T>(value: PerCriterion<T> | undefined, j: number, fallback: T): T =>
  value === undefined
    ? fallback
    : Array.isArray(value)
      ? ((value as readonly T[])[j] ?? fallback)
      : (value as T);

/** Degree of preference in [0, 1] for an advantage d. */
export const preference = ({ fn, q, p, s }: CriterionPreference, d: number): number => {
  if (d <= 0) return 0;
  switch (fn) {
    case "usual":
      return 1;
    case "u-shape":
      return d > q ? 1 : 0;
    case "v-shape":
      return d >= p ? 1 : d / p;
    case "level":
      return d > p ? 1 : d > q ? 0.5 : 0;
    case "linear":
      return d > p ? 1 : d > q ? (d - q) / (p - q) : 0;
    case "gaussian": {
      // (d/s)² rather than d²/s²: both squares can overflow (or underflow) where their ratio does not.
      const r = d / s;
      return 1 - powerOfE(-(r * r) / 2);
    }
  }
};

const resolve = (
  options: PrometheeOptions,
  columns: number,
): E.Either<PolicyMatrixError, CriterionPreference[]> => {
  for (const key of ["preference", "q", "p", "s"] as const) {
    const value = options[key];
    if (Array.isArray(value) && value.length !== columns) {
      return fail("invalid-input", key, `expected one value per criterion (${columns}), got ${value.length}`);
    }
  }
  const out: CriterionPreference[] = [];
  for (let j = 0; j < columns; j++) {
    const c = {
      fn: at(options.preference, j, "usual"),
      q: at(options.q, j, 0),
      p: at(options.p, j, 0),
      s: at(options.s, j, 0),
    };
    const where = (key: string) =>
      Array.isArray(options[key as keyof PrometheeOptions]) ? `${key}[${j}]` : key;
    if (!preferenceFunctions.includes(c.fn))
      return fail("invalid-input", where("preference"), `unknown preference function '${c.fn}'`);
    if (!(Number.isFinite(c.q) && c.q >= 0))
      return fail("invalid-input", where("q"), `expected a threshold >= 0, got ${c.q}`);
    if (!(Number.isFinite(c.p) && c.p >= 0))
      return fail("invalid-input", where("p"), `expected a threshold >= 0, got ${c.p}`);
    if (!(Number.isFinite(c.s) && c.s >= 0))
      return fail("invalid-input", where("s"), `expected a value >= 0, got ${c.s}`);
    if (c.fn === "v-shape" && c.p <= 0)
      return fail("invalid-input", where("p"), "the v-shape function needs p > 0");
    if ((c.fn === "linear" || c.fn === "level") && !(c.p > c.q)) {
      return fail(
        "invalid-input",
        where("p"),
        `the ${c.fn} function needs p > q, got q = ${c.q}, p = ${c.p}`,
      );
    }
    if (c.fn === "gaussian" && c.s <= 0)
      return fail("invalid-input", where("s"), "the gaussian function needs s > 0");
    out.push(c);
  }
  return E.right(out);
};

/**
 * PROMETHEE II (Brans and Vincke 1985): for each pair, π(a, b) = Σⱼ wⱼ Pⱼ(dⱼ(a, b)); the positive
 * flow φ⁺(a) = Σ_b π(a, b)/(n − 1), the negative flow φ⁻(a) = Σ_b π(b, a)/(n − 1), and the score is
 * the net flow φ = φ⁺ − φ⁻ in [−1, 1]. It works on raw values: thresholds are in criterion units.
 * With one option every flow is 0.
 */
export const promethee2 = (
  problem: PreparedProblem,
  options: PrometheeOptions = {},
): E.Either<PolicyMatrixError, MethodOutput> =>
  E.map((prefs: CriterionPreference[]) => {
    const { rows, columns, values, weights } = problem;
    const positive = new Float64Array(rows);
    const negative = new Float64Array(rows);
    const byCriterion = new Float64Array(rows * columns);
    const scale = rows > 1 ? 1 / (rows - 1) : 0;
    for (let a = 0; a < rows; a++) {
      for (let b = a + 1; b < rows; b++) {
        for (let j = 0; j < columns; j++) {
          const raw = values[a * columns + j]! - values[b * columns + j]!;
          const d = problem.benefit[j] ? raw : -raw;
          const ab = weights[j]! * preference(prefs[j]!, d) * scale;
          const ba = weights[j]! * preference(prefs[j]!, -d) * scale;
          positive[a] = positive[a]! + ab;
          negative[b] = negative[b]! + ab;
          positive[b] = positive[b]! + ba;
          negative[a] = negative[a]! + ba;
          byCriterion[a * columns + j] = byCriterion[a * columns + j]! + ab - ba;
          byCriterion[b * columns + j] = byCriterion[b * columns + j]! + ba - ab;
        }
      }
    }
    return {
      scores: positive.map((plus, i) => plus - negative[i]!),
      explanation: {
        kind: "promethee2" as const,
        positiveFlow: Array.from(positive),
        negativeFlow: Array.from(negative),
        netFlowByCriterion: toRows(byCriterion, rows, columns),
      },
    };
  })(resolve(options, problem.columns));
