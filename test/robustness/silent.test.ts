// Issue 14, "silent acceptance": each class of input that used to be dropped, stripped or looked up
// through the prototype is refused with its place named, or treated as plain data.
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  either,
  finalizeSmaa,
  loadCatalogJson,
  mergeSmaa,
  PolicyMatrixError,
  renderComparison,
  renderPerspectives,
  renderSmaa,
  smaaShard,
  smaaSync,
  type AssumptionsInput,
} from "../../src/index";
import { checkClaim, defineClaim, assumptionsFor } from "../../src/testing/index";
import { editedCatalog, loadError } from "../helpers";

const catalog = builtinCatalog();
const leftOf = <A>(r: E.Either<PolicyMatrixError, A>): PolicyMatrixError => {
  if (E.isRight(r)) throw new Error("expected a Left");
  return r.left;
};

describe("names every object has are refused as ids, never looked up through the prototype", () => {
  it("in a catalog: a criterion named 'constructor' would pass 'every option rates it' by accident", () => {
    const error = loadError(editedCatalog((c) => void (c.criteria[0]!.id = "constructor")));
    expect(error.message).toBe(
      "catalog.criteria[constructor].id: 'constructor' is reserved (every JavaScript object has it); choose another id",
    );
  });

  it.each([
    [{ weights: { constructor: 1 } }, "assumptions.weights.constructor"],
    [{ preconditions: { constructor: "opposed" } }, "assumptions.preconditions.constructor"],
    [
      { ratings: { constructor: { speed: { value: 1, rationale: "x" } } } },
      "assumptions.ratings.constructor",
    ],
    [
      { ratings: { "sof-raids": { constructor: { value: 1, rationale: "x" } } } },
      "assumptions.ratings.sof-raids.constructor",
    ],
    [{ risks: { constructor: {} } }, "assumptions.risks.constructor"],
  ])("in assumptions: %j", (assumptions, path) => {
    const error = leftOf(either.compare(catalog, assumptions as AssumptionsInput));
    expect(error.message).toBe(
      `${path}: 'constructor' is reserved (every JavaScript object has it); choose another id`,
    );
  });
});

describe("unknown keys are refused, never stripped", () => {
  it.each([
    [{ method: { method: "wsm", normalisation: "sum" } }, "assumptions.method: unknown key 'normalisation'"],
    [{ method: { method: "vikor", V: 0.3 } }, "assumptions.method: unknown key 'V'"],
    [
      { method: { method: "promethee2", Preference: "usual" } },
      "assumptions.method: unknown key 'Preference'",
    ],
    [{ weight: { speed: 1 } }, "assumptions: unknown key 'weight'"],
  ])("%j", (assumptions, message) => {
    expect(leftOf(either.compare(catalog, assumptions as AssumptionsInput)).message).toBe(message);
  });

  it("and a misspelt method or perspective says what the names are", () => {
    expect(leftOf(either.compare(catalog, { method: "TOPSIS" as "topsis" })).message).toContain(
      'expected one of "wsm"|"wpm"|"topsis"|"vikor"|"promethee2"',
    );
    // A near miss is answered with the catalog's names, for a perspective, a preset and a state.
    expect(leftOf(either.compare(catalog, { perspective: "DEA-Maltz" })).message).toBe(
      "assumptions.perspective: unknown perspective 'DEA-Maltz' (known: heritage, dea-maltz, hard-line, rubio, milley, bi-experts, sheinbaum, kaine)",
    );
    expect(leftOf(either.compare(catalog, { preset: "Sept 2025" })).message).toContain(
      "unknown preset 'Sept 2025' (known: 2023-03,",
    );
    expect(leftOf(either.compare(catalog, { preconditions: { aumf: "Enacted" } })).message).toBe(
      "assumptions.preconditions.aumf: 'Enacted' is not a state of 'aumf' (one of: not-enacted, introduced, enacted)",
    );
  });

  it("in a catalog, too (the catalog schema is strict)", () => {
    const error = loadError(
      editedCatalog((c) => void ((c.options[0] as Record<string, unknown>)["risk"] = "x")),
    );
    expect(error.message).toBe("catalog.options[illicit-finance]: unknown key 'risk'");
  });
});

describe("JSON that says a key twice is refused, as YAML is", () => {
  it("names the key", () => {
    expect(() => loadCatalogJson('{"id": "a", "id": "b"}')).toThrow(
      "catalog.id: this key is given twice in the JSON",
    );
    expect(() =>
      loadCatalogJson('{"sources": [{"id": "a"}, {"id": "b", "title": "x", "title": "y"}]}'),
    ).toThrow("catalog.sources[1].title: this key is given twice");
  });
});

describe("a catalog's dates are real, and its hard requirements can be met", () => {
  it.each(["2025-02-29", "2025-13", "2025-04-31", "2025-00-01"])("refuses the date %s", (date) => {
    const error = loadError(editedCatalog((c) => void (c.sources[0]!.date = date)));
    expect(error.message).toBe(`catalog.sources[milley-2023].date: '${date}' is not a date on the calendar`);
  });

  it("refuses a hard requirement no state can meet, naming it", () => {
    const i = catalog.options.findIndex((o) => o.id === "drone-strikes");
    const error = loadError(
      editedCatalog((c) => {
        c.options[i]!.requirements![0]!.condition = {
          op: "all",
          of: [
            { op: "in", precondition: "aumf", states: ["enacted"] },
            { op: "not", of: { op: "in", precondition: "aumf", states: ["enacted"] } },
          ],
        };
      }),
    );
    expect(error.message).toBe(
      `catalog.options[drone-strikes].requirements[force-authorized].condition: no state of the preconditions meets hard requirement 'force-authorized', so 'drone-strikes' could never be feasible`,
    );
  });
});

describe("SMAA tallies are checked before they are merged or finalized", () => {
  const problem = {
    matrix: [
      [1, 2],
      [2, 1],
      [0, 3],
    ],
    weights: [1, 1],
    directions: ["benefit" as const, "benefit" as const],
  };
  const options = { samples: 40000, seed: 3 };
  const a = smaaShard(problem, options, { start: 0, end: 16384 });
  const b = smaaShard(problem, options, { start: 16384, end: 40000 });
  const merged = mergeSmaa([a, b]);

  it("still merge and finalize one run's shards into the single run's bits", () => {
    expect(finalizeSmaa(problem, options, mergeSmaa([b, a]))).toEqual(smaaSync(problem, options));
  });

  it.each([
    [
      "a gap",
      () => either.finalizeSmaa(problem, options, a),
      "accumulator.ranges: samples 16384 to 40000 are missing",
    ],
    [
      "another seed's tallies",
      () => either.finalizeSmaa(problem, { ...options, seed: 4 }, merged),
      "accumulator.run",
    ],
    [
      "another problem's tallies",
      () =>
        either.finalizeSmaa(
          {
            ...problem,
            matrix: [
              [1, 2],
              [2, 1],
              [0, 4],
            ],
          },
          options,
          merged,
        ),
      "accumulator.run: these tallies are of another run",
    ],
    [
      "a negative count",
      () => either.mergeSmaa([a, { ...b, rank: b.rank.map((x, i) => (i === 0 ? -5 : x)) }]),
      "accumulators[1].rank[0]",
    ],
    [
      "a count that does not add up",
      () => either.mergeSmaa([a, { ...b, rank: b.rank.map((x, i) => (i === 0 ? x + 1 : x)) }]),
      "accumulators[1].rank: option 0 holds a rank in 23617 samples, but the ranges cover 23616",
    ],
    [
      "a non-numeric count",
      () => either.mergeSmaa([a, { ...b, wins: b.wins.map(() => "many") as never }]),
      "accumulators[1].wins[0]",
    ],
    [
      "a fractional count",
      () => either.mergeSmaa([a, { ...b, ties: b.ties.map((x, i) => (i === 1 ? 0.5 : x)) }]),
      "accumulators[1].ties[1]",
    ],
    [
      "shared ranks out of order or out of range",
      () =>
        either.mergeSmaa([
          a,
          {
            ...b,
            shared: [
              [99, "1"],
              [3, "1"],
            ],
          },
        ]),
      "accumulators[1].shared[0]",
    ],
    ["the same shard twice", () => either.mergeSmaa([a, a]), "sample ranges overlap at 0"],
    [
      "another run's shard",
      () => either.mergeSmaa([a, smaaShard(problem, { ...options, seed: 4 }, { start: 16384, end: 40000 })]),
      "accumulators[1].run",
    ],
    ["not an array", () => either.mergeSmaa(null as never), "accumulators: expected an array"],
  ])("refuses %s", (_, run, message) => {
    expect(leftOf(run() as E.Either<PolicyMatrixError, unknown>).message).toContain(message);
  });

  it("throws nothing but PolicyMatrixError from the throwing twins", () => {
    expect(() => mergeSmaa([a, { ...b, central: 7 } as never])).toThrow(PolicyMatrixError);
    expect(() => finalizeSmaa(problem, options, { nonsense: true } as never)).toThrow(PolicyMatrixError);
  });

  it("takes only seeds that give runs of their own (32 bits)", () => {
    expect(leftOf(either.smaaSync(problem, { seed: 2 ** 32 })).message).toContain("expected a 32-bit seed");
    expect(leftOf(either.smaaSync(problem, { seed: -(2 ** 31) - 1 })).message).toContain(
      "expected a 32-bit seed",
    );
  });
});

describe("claims and renderers do not pass or print by accident", () => {
  it("a check passes with true or undefined, fails with false or a sentence, and anything else is an error", () => {
    expect(defineClaim("t", () => true)(catalog, {})).toBe(true);
    expect(defineClaim("u", () => undefined)(catalog, {})).toBe(true);
    expect(() => defineClaim("f", () => false)(catalog, {})).toThrow("f fails: the check returned false");
    expect(() => defineClaim("s", () => "no")(catalog, {})).toThrow("s fails: no");
    for (const bad of [5, {}, ""]) {
      expect(() => defineClaim("b", () => bad as never)(catalog, {})).toThrow(PolicyMatrixError);
    }
    const broken = defineClaim("b", () => 5 as never);
    expect(() => checkClaim(catalog, assumptionsFor(catalog), broken, { numRuns: 3 })).toThrow("returned 5");
  });

  it("a renderer refuses a format it does not have", () => {
    const c = compare(catalog);
    expect(() => renderComparison(c, "pdf" as never)).toThrow(
      'format: expected one of text, markdown, csv, json, got "pdf"',
    );
    expect(() => renderPerspectives([], "xml" as never)).toThrow("format: expected one of");
    expect(() => renderSmaa({} as never, "html" as never)).toThrow("format: expected one of");
  });
});

describe("data nested without end is refused with a limit, not a stack overflow", () => {
  it("in a catalog's conditions and in assumptions", () => {
    let condition: unknown = { op: "in", precondition: "aumf", states: ["enacted"] };
    for (let k = 0; k < 20_000; k++) condition = { op: "not", of: condition };
    const input = structuredClone(catalog) as { options: { requirements: unknown[] }[] };
    input.options[0]!.requirements = [
      { id: "deep", description: "deep", condition, severity: "hard", rationale: "deep" },
    ];
    const error = loadError(input);
    expect(error.message).toMatch(
      /^catalog\.options\[0\]\.requirements\[0\]\.condition(\.of)+: nested deeper than 200 levels/,
    );
    let ratings: Record<string, unknown> = {};
    const root = ratings;
    for (let k = 0; k < 20_000; k++) ratings = ratings["x"] = {};
    expect(leftOf(either.compare(catalog, { ratings: root } as never)).message).toContain(
      "nested deeper than 200 levels",
    );
  });
});
