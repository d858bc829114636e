import * as E from "fp-ts/lib/Either.js";
import { pipe } from "fp-ts/lib/function.js";
import { fail, fromZodError, PolicyMatrixError } from "../errors";
import { checkDomain } from "../matrix/normalize";
import { prepareProblem, type PreparedProblem } from "../methods/problem";
import { runMethod } from "../methods/score-matrix";
import { makeSampler, type SamplerPlan } from "./plan";
import type { Sampler } from "./sampler";
import { SmaaOptions, SmaaProblem, type SmaaOptionsInput } from "./smaa-options";
import { weightModelIssue } from "./weights";
import { fingerprint } from "./fingerprint";

/** A validated run: the options with defaults, the plan a thread builds its sampler from, and a factory of samplers. */
export interface Setup {
  /** The run's fingerprint: the problem and every option but the engine (which changes no bit). */
  readonly run: string;
  readonly options: SmaaOptions;
  readonly problem: SmaaProblem;
  readonly plan: SamplerPlan;
  readonly sampler: () => Sampler;
}

/** Each cell's lowest and highest value: its interval when ratings are sampled, its value when held. */
const extremes = (p: PreparedProblem, problem: SmaaProblem, ratings: SmaaOptions["ratings"]) => {
  const low = Float64Array.from(p.values);
  const high = Float64Array.from(p.values);
  let uncertain = false;
  if (ratings === "fixed") return { low, high, uncertain };
  problem.intervals?.forEach((row, i) =>
    row.forEach((cell, j) => {
      if (!cell) return;
      low[i * p.columns + j] = cell[0];
      high[i * p.columns + j] = cell[1];
      uncertain ||= cell[0] !== cell[1];
    }),
  );
  return { low, high, uncertain };
};

const shapeIssues = (
  problem: SmaaProblem,
  p: PreparedProblem,
  options: SmaaOptions,
): E.Either<PolicyMatrixError, void> => {
  const issue = weightModelIssue(options.weights, p.columns);
  if (issue) return fail("invalid-input", `options.${issue.path}`, issue.message);
  for (const key of ["tiers", "offsets"] as const) {
    const v = problem[key];
    if (v && v.length !== p.rows)
      return fail("invalid-input", key, `expected ${p.rows} values, got ${v.length}`);
  }
  if (problem.intervals) {
    if (problem.intervals.length !== p.rows) {
      return fail("invalid-input", "intervals", `expected ${p.rows} rows, got ${problem.intervals.length}`);
    }
    for (let i = 0; i < p.rows; i++) {
      const row = problem.intervals[i]!;
      if (row.length !== p.columns)
        return fail("invalid-input", `intervals[${i}]`, `expected ${p.columns} cells, got ${row.length}`);
      for (let j = 0; j < p.columns; j++) {
        const cell = row[j];
        const x = p.values[i * p.columns + j]!;
        if (cell && !(cell[0] <= x && x <= cell[1])) {
          return fail(
            "invalid-input",
            `intervals[${i}][${j}]`,
            `expected low <= ${x} <= high, got [${cell[0]}, ${cell[1]}]`,
          );
        }
      }
    }
  }
  return E.right(undefined);
};

/** The method must accept every value a sample can take: checked on the interval ends. */
const domainIssues = (p: PreparedProblem, low: Float64Array, high: Float64Array, options: SmaaOptions) => {
  const { method } = options;
  for (const values of [low, high]) {
    const q = { ...p, values };
    if (method.method === "wsm" || method.method === "topsis") {
      const checked = checkDomain(
        q,
        method.normalization ?? (method.method === "wsm" ? "min-max" : "vector"),
        method.bounds,
      );
      if (E.isLeft(checked)) return checked;
    }
    if (method.method === "wpm") {
      const bad = values.findIndex((x) => !(x > 0));
      if (bad >= 0) {
        const at = `intervals[${Math.floor(bad / p.columns)}][${bad % p.columns}]`;
        return fail(
          "invalid-input",
          at,
          `the weighted product needs values > 0, and this interval reaches ${values[bad]}`,
        );
      }
    }
  }
  return E.right(undefined);
};

/** Validates a problem and SMAA options (and the method on the problem itself) and prepares samplers. */
export const setupSmaa = (
  input: unknown,
  optionsInput: SmaaOptionsInput = {},
): E.Either<PolicyMatrixError, Setup> => {
  const parsedProblem = SmaaProblem.safeParse(input);
  if (!parsedProblem.success) return E.left(fromZodError("invalid-input", "", parsedProblem.error));
  const parsedOptions = SmaaOptions.safeParse(optionsInput);
  if (!parsedOptions.success) return E.left(fromZodError("invalid-input", "options", parsedOptions.error));
  const problem = parsedProblem.data;
  const options = parsedOptions.data;
  return pipe(
    prepareProblem(problem),
    E.chainFirst((p) => shapeIssues(problem, p, options)),
    E.chainFirst((p) => runMethod(p, options.method)),
    E.chain((p) => {
      const { low, high, uncertain } = extremes(p, problem, options.ratings);
      return pipe(
        domainIssues(p, low, high, options),
        E.map(() => {
          const plan: SamplerPlan = {
            p,
            options,
            low,
            high,
            uncertain,
            ...(problem.tiers ? { tiers: problem.tiers } : {}),
            ...(problem.offsets ? { offsets: problem.offsets } : {}),
          };
          const { engine: _engine, ...identity } = options;
          const run = fingerprint([problem, identity]);
          return { run, options, problem, plan, sampler: () => makeSampler(plan) };
        }),
      );
    }),
  );
};
