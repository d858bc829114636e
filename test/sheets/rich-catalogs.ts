// Catalogs that use every part of the layout, with text a spreadsheet finds awkward: commas,
// double quotes, semicolons, line breaks, a leading '=', letters beyond ASCII; fractional numbers;
// nested conditions; several quotes per thing.
import fc from "fast-check";
import type { CatalogInput } from "../../src/model/catalog";
import type { Condition } from "../../src/model/requirement";

const piece = fc.constantFrom(
  "a",
  "Z",
  "é",
  "ñ",
  "“q”",
  '"',
  "'",
  ",",
  ";",
  "\n",
  " ",
  "=",
  "(",
  "{x}",
  "1",
  "–",
  "·",
);
/** Trimmed, non-empty text (as the catalog keeps text), built of awkward pieces. */
export const awkward = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => `w${p.join("")}w`.trim());
const quote = awkward.map((t) => `${t} quoted at length`);
const evidence = fc.array(
  fc
    .record(
      { source: fc.constantFrom("s0", "s1"), quote, speaker: awkward, attributedTo: awkward },
      { requiredKeys: ["source", "quote"] },
    )
    .filter((e) => e.speaker === undefined || e.attributedTo === undefined),
  { minLength: 1, maxLength: 3 },
);
const share = fc.double({ min: 0, max: 1, noNaN: true, noDefaultInfinity: true });
const onScale = fc.double({ min: 0, max: 10, noNaN: true, noDefaultInfinity: true });
const states = ["s0", "s1", "and", "not"];
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small" },
    fc.record({
      op: fc.constant("in" as const),
      precondition: fc.constantFrom("p", "in"),
      states: fc.subarray(states, { minLength: 1 }),
    }),
    fc.array(tie("c"), { maxLength: 3 }).map((of) => ({ op: "all" as const, of })),
    fc.array(tie("c"), { maxLength: 3 }).map((of) => ({ op: "any" as const, of })),
    tie("c").map((of) => ({ op: "not" as const, of })),
  ),
})).c;
const rating = fc
  .record({ value: onScale, spread: fc.option(fc.tuple(onScale, onScale)), rationale: awkward, evidence })
  .map(({ value, spread, rationale, evidence }) => ({
    value,
    ...(spread && { interval: [Math.min(value, ...spread), Math.max(value, ...spread)] as [number, number] }),
    rationale,
    basis: "inference" as const,
    evidence,
  }));

/**
 * Catalogs with two criteria, two options, two preconditions ('p' and 'in', whose states include
 * 'and' and 'not'), a risk, a perspective, a preset and an omission, each with awkward text.
 */
export const richCatalogs = (): fc.Arbitrary<CatalogInput> =>
  fc
    .record({
      texts: fc.array(awkward, { minLength: 12, maxLength: 12 }),
      ratings: fc.array(rating, { minLength: 4, maxLength: 4 }),
      cases: fc.array(fc.record({ when: condition, rating }), { maxLength: 2 }),
      evidence,
      authors: fc.array(
        awkward.filter((a) => !a.includes("\n")),
        { maxLength: 3 },
      ),
      weights: fc.array(
        share.map((x) => 0.01 + x * 5),
        { minLength: 2, maxLength: 2 },
      ),
      likelihood: share,
      modifierOptions: fc.option(fc.subarray(["o0", "o1"])),
      modifier: fc.double({ min: -1, max: 1, noNaN: true, noDefaultInfinity: true }),
      requirement: condition,
      worsen: fc.double({ min: 0.01, max: 5, noNaN: true, noDefaultInfinity: true }),
      belief: fc.record({ when: fc.option(condition), rating }),
    })
    .map((g): CatalogInput => {
      const t = (k: number) => g.texts[k]!;
      const [r0, r1, r2, r3] = g.ratings as [
        (typeof g.ratings)[0],
        (typeof g.ratings)[0],
        (typeof g.ratings)[0],
        (typeof g.ratings)[0],
      ];
      const pre = (id: string) => ({
        id,
        name: t(0),
        description: t(1),
        states: states.map((s) => ({ id: s, label: t(2), ...(s === "and" && { description: t(3) }) })),
        documented: [
          { source: "s0", date: "2024-02-29", state: "s0", rationale: t(4), evidence: g.evidence },
        ],
      });
      return {
        id: "rich",
        name: t(5),
        version: "1.0",
        description: t(6),
        sources: [
          {
            id: "s0",
            title: t(7),
            outlet: t(8),
            authors: g.authors,
            date: "2025-01",
            dateNote: t(9),
            file: "s0.txt",
          },
          { id: "s1", title: t(10), outlet: t(11), date: "2025" },
        ],
        criteria: [
          {
            id: "c0",
            name: t(0),
            direction: "benefit",
            description: t(1),
            scale: { min: 0, max: 10, low: t(2), high: t(3) },
            weight: g.weights[0]!,
          },
          { id: "c1", name: t(4), direction: "cost", description: t(5), scale: { min: 0, max: 10 } },
        ],
        preconditions: [pre("p"), pre("in")],
        risks: [
          {
            id: "k",
            name: t(6),
            description: t(7),
            evidence: g.evidence,
            exposures: [
              { option: "o0", likelihood: g.likelihood, severity: 1 + 4 * g.likelihood, rationale: t(8) },
              { option: "o1", likelihood: 1 - g.likelihood, severity: 5, rationale: t(9) },
            ],
            modifiers: [
              {
                when: g.requirement,
                ...(g.modifierOptions !== null && { options: g.modifierOptions }),
                likelihood: g.modifier,
                rationale: t(9),
                evidence: g.evidence,
              },
            ],
          },
        ],
        options: [
          {
            id: "o0",
            name: t(10),
            category: t(11),
            escalation: 3,
            description: t(0),
            evidence: g.evidence,
            ratings: { c1: { ...r0, cases: g.cases.map((k) => ({ when: k.when, ...k.rating })) }, c0: r1 },
            stances: [{ actor: t(1), stance: "conditional", qualifier: t(2), evidence: g.evidence }],
            requirements: [
              {
                id: "r",
                description: t(3),
                condition: g.requirement,
                severity: "soft",
                consequences: {
                  penalties: [{ criterion: "c0", worsen: g.worsen }],
                  risks: [{ risk: "k", likelihood: g.modifier }],
                },
                rationale: t(4),
                evidence: g.evidence,
              },
            ],
          },
          { id: "o1", name: t(5), description: t(6), ratings: { c0: r2, c1: r3 } },
        ],
        perspectives: [
          {
            id: "v",
            name: t(7),
            actor: t(8),
            weights: { c1: g.weights[1]!, c0: g.weights[0]! },
            rationale: t(9),
            evidence: g.evidence,
            beliefs: {
              ratings: [
                {
                  option: "o1",
                  criterion: "c0",
                  ...(g.belief.when !== null && { when: g.belief.when }),
                  ...g.belief.rating,
                  basis: "documented",
                },
              ],
              risks: [
                {
                  risk: "k",
                  option: "o0",
                  severity: 2.5,
                  rationale: t(10),
                  basis: "inference",
                  evidence: g.evidence,
                },
              ],
            },
            conditions: { in: { state: "and", rationale: t(11), evidence: g.evidence } },
          },
        ],
        presets: [
          {
            id: "now",
            name: t(0),
            date: "2025-08-01",
            description: t(1),
            states: {
              p: { state: "s1", rationale: t(2), evidence: g.evidence },
              in: { state: "not", rationale: t(3), evidence: g.evidence },
            },
          },
        ],
        omissions: [{ name: t(4), reason: t(5), evidence: g.evidence }],
      };
    });
