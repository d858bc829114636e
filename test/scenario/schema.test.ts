import { fc, test } from "@fast-check/vitest";
import { Ajv2020 } from "ajv/dist/2020.js";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { assumptionsJsonSchema, builtinCatalog, either, loadCatalog, type Catalog } from "../../src/index";
import { assumptionsFor, catalogs } from "../../src/testing/index";

const ajv = new Ajv2020({ strict: false, allErrors: true });
const validatorFor = (catalog?: Catalog) => ajv.compile(assumptionsJsonSchema(catalog));
const catalog = builtinCatalog();
const valid = validatorFor(catalog);
const generic = validatorFor();

describe("the JSON Schema of scenario files", () => {
  test.prop([assumptionsFor(catalog, { methods: true, ratings: true })])(
    "accepts every scenario compare accepts, for the built-in catalog",
    (a) => {
      expect(E.isRight(either.compare(catalog, a))).toBe(true);
      expect([valid(a), generic(a), valid.errors]).toEqual([true, true, null]);
    },
  );

  test.prop(
    [
      catalogs().chain((input) => {
        const c = loadCatalog(input);
        return fc.tuple(fc.constant(c), assumptionsFor(c, { ratings: true }));
      }),
    ],
    { numRuns: 40 },
  )("accepts what compare accepts for generated catalogs too", ([c, a]) => {
    expect(E.isRight(either.compare(c, a))).toBe(true);
    expect(validatorFor(c)(a)).toBe(true);
  });

  it("knows the catalog's ids: each typo compare refuses, the schema refuses too", () => {
    const typos: Record<string, unknown>[] = [
      { preset: "2025-13" },
      { perspective: "herritage" },
      { perspective: { id: "herritage" } },
      { preconditions: { "mexican-concent": "opposed" } },
      { preconditions: { "mexican-consent": "oposed" } },
      { weights: { sped: 2 } },
      { ratings: { "sof-raid": { speed: { value: 5, rationale: "x" } } } },
      { ratings: { "sof-raids": { sped: { value: 5, rationale: "x" } } } },
      { risks: { "civilian-harms": { "sof-raids": { likelihood: 0.5, rationale: "x" } } } },
      // A rating off its criterion's scale.
      { ratings: { "sof-raids": { speed: { value: 99, rationale: "x" } } } },
      { ratings: { "sof-raids": { "mexican-role": { value: 0, interval: [-9, 1], rationale: "x" } } } },
      // A risk attaches to some options only: a likelihood for another is refused.
      { risks: { "civilian-harm": { "illicit-finance": { likelihood: 0.5, rationale: "x" } } } },
    ];
    for (const a of typos) {
      expect([a, E.isLeft(either.compare(catalog, a))]).toEqual([a, true]);
      expect([a, valid(a)]).toEqual([a, false]);
      // The catalog-free schema checks the shape only, so it lets each of these through.
      expect([a, generic(a)]).toEqual([a, true]);
    }
    // And editors get words to show: each state's label, each criterion's name and scale.
    const pre = assumptionsJsonSchema(catalog).properties.preconditions as {
      properties: Record<string, { description: string; enumDescriptions: string[] }>;
    };
    const consent = catalog.preconditions.find((p) => p.id === "mexican-consent")!;
    expect(pre.properties["mexican-consent"]!.enumDescriptions).toEqual(consent.states.map((s) => s.label));
    expect(pre.properties["mexican-consent"]!.description).toContain(consent.name);
  });
});
