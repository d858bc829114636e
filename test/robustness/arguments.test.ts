// Issue 14: every `either` twin answers a wrong argument (not a catalog, not a problem, not an
// options object) with a Left naming it, never with a TypeError from deep inside.
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { builtinCatalog, comparisonSmaaProblem, either, PolicyMatrixError } from "../../src/index";
import { smaaParallelEither } from "../../src/parallel";

const catalog = builtinCatalog();
const problem = comparisonSmaaProblem(catalog, {}).problem;
const junk: readonly unknown[] = [null, 5, "x", {}, [], true];

type Twin = (
  ...args: unknown[]
) => E.Either<PolicyMatrixError, unknown> | Promise<E.Either<PolicyMatrixError, unknown>>;
const twins = { ...either, smaaParallel: smaaParallelEither } as unknown as Record<string, Twin>;

/** A valid first argument for each twin, so that later arguments can be tried alone. */
const validFirst: Record<string, unknown> = {
  compare: catalog,
  compareMethods: problem,
  scoreMatrix: problem,
  weightStability: problem,
  resolveAssumptions: catalog,
  comparePerspectives: catalog,
  leastEscalatory: catalog,
  timeline: catalog,
  disagreement: catalog,
  discover: catalog,
  discoverShard: catalog,
  brief: catalog,
  verifyEvidence: catalog,
  comparisonSmaaProblem: catalog,
  smaaCompare: catalog,
  smaaCompareSync: catalog,
  stabilityCompare: catalog,
  tornadoCompare: catalog,
  breakEvenCompare: catalog,
  smaa: problem,
  smaaSync: problem,
  smaaShard: problem,
  smaaParallel: problem,
};

const outcome = async (f: Twin, args: unknown[]): Promise<"left" | "right" | string> => {
  try {
    const r = await f(...args);
    if (E.isLeft(r)) return r.left instanceof PolicyMatrixError ? "left" : "left without a PolicyMatrixError";
    return "right";
  } catch (e) {
    return `threw ${e instanceof Error ? e.message : String(e)}`;
  }
};

describe("either twins never throw on a wrong argument", () => {
  it("the list of twins is the one this test knows", () => {
    expect(Object.keys(twins).sort()).toMatchSnapshot();
  });

  for (const [name, f] of Object.entries(twins)) {
    it(`${name}: a wrong first argument is a Left`, async () => {
      for (const bad of junk) {
        // loadCatalog's first argument is data to check: {} and [] are refused by the schema.
        expect([name, bad, await outcome(f, [bad])]).toEqual([name, bad, "left"]);
      }
    });
    if (name in validFirst) {
      it(`${name}: a wrong second argument is a Left`, async () => {
        for (const bad of [null, 5, "x", [], true]) {
          expect([name, bad, await outcome(f, [validFirst[name], bad])]).toEqual([name, bad, "left"]);
        }
      });
    }
  }
});

describe("later arguments", () => {
  const calls: [string, (bad: unknown) => unknown][] = [
    ["tornado option", (bad) => either.tornado(problem, bad as number)],
    ["tornado method", (bad) => either.tornado(problem, 0, bad as never)],
    ["breakEven options", (bad) => either.breakEven(problem, bad as number, 1, 0)],
    ["breakEven criterion", (bad) => either.breakEven(problem, 0, 1, bad as number)],
    ["finalizeSmaa accumulator", (bad) => either.finalizeSmaa(problem, {}, bad as never)],
    ["mergeSmaa parts", (bad) => either.mergeSmaa([bad] as never)],
    ["smaaSync control", (bad) => either.smaa(problem, { samples: 10 }, bad as never)],
    ["tornadoCompare option", (bad) => either.tornadoCompare(catalog, {}, bad as string)],
    [
      "breakEvenCompare criterion",
      (bad) => either.breakEvenCompare(catalog, {}, "training-fid", "intelligence-sharing", bad as string),
    ],
    ["smaaParallel control", (bad) => smaaParallelEither(problem, { samples: 10 }, bad as never)],
  ];
  it.each(calls)("%s: a wrong value is a Left", async (name, call) => {
    // An empty control object is a valid control (all defaults).
    const bads = name.endsWith("control") ? [null, -1, "x", []] : [null, -1, 1.5, "x", {}, []];
    for (const bad of bads) {
      expect([bad, await outcome(call as Twin, [bad])]).toEqual([bad, "left"]);
    }
  });
});

describe("control of the parallel runner", () => {
  it.each([0, 1.5, -1, 257, Number.NaN, "2"])(
    "workers %s is refused, naming control.workers",
    async (workers) => {
      const r = await smaaParallelEither(problem, { samples: 100 }, { workers: workers as number });
      expect(E.isLeft(r) && r.left.message).toMatch(
        /^control\.workers: expected a whole number from 1 to 256/,
      );
    },
  );

  it("more workers than cores still gives the same result as one thread", async () => {
    const one = await smaaParallelEither(problem, { samples: 20_000, seed: 3 }, { workers: 1 });
    const many = await smaaParallelEither(problem, { samples: 20_000, seed: 3 }, { workers: 8 });
    expect(E.isRight(one) && E.isRight(many)).toBe(true);
    if (E.isRight(one) && E.isRight(many)) expect(many.right).toEqual(one.right);
  });
});
