import { fc, test } from "@fast-check/vitest";
import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  comparePerspectives,
  kendall,
  perspectivePairs,
  describeCrux,
  disagreement,
  either,
  renderDisagreement,
  type AssumptionsInput,
  type Catalog,
  type Crux,
  type Disagreement,
} from "../../src/index";

const catalog = builtinCatalog();
const ids = catalog.perspectives.map((p) => p.id);
const firsts = (c: Catalog, a: AssumptionsInput) =>
  compare(c, a)
    .rows.filter((r) => r.rank === 1)
    .map((r) => r.option)
    .sort();
const weightsOf = (id: string) => {
  const p = catalog.perspectives.find((x) => x.id === id)!;
  return Object.fromEntries(catalog.criteria.map((c) => [c.id, p.weights[c.id] ?? 0]));
};
const as = (id: string) => ({ perspective: { id, use: "values-and-beliefs" as const, conditions: false } });
const sorted = (xs: readonly string[]) => [...xs].sort();

/** Each crux checked from scratch: after that one change, both put the same options first. */
const holds = (d: Disagreement, c: Crux) => {
  const other = (id: string) => (id === d.a ? d.b : d.a);
  if (c.kind === "state") {
    const under = { preconditions: { [c.precondition]: c.to } };
    return [firsts(catalog, { ...as(d.a), ...under }), firsts(catalog, { ...as(d.b), ...under })];
  }
  const target = firsts(catalog, as(other(c.actor)));
  if (c.kind === "weight") {
    return [
      firsts(catalog, { ...as(c.actor), weights: { ...weightsOf(c.actor), [c.criterion]: c.to } }),
      target,
    ];
  }
  const changed: Catalog = {
    ...catalog,
    perspectives: catalog.perspectives.map((p) => {
      if (p.id !== c.actor) return p;
      const rest = p.beliefs.ratings.filter((b) => !(b.option === c.option && b.criterion === c.criterion));
      const taken = catalog.perspectives
        .find((x) => x.id === other(c.actor))!
        .beliefs.ratings.filter(
          (b) => b.option === c.option && b.criterion === c.criterion && b.value === c.value,
        );
      return { ...p, beliefs: { ...p.beliefs, ratings: c.change === "drops" ? rest : [...rest, ...taken] } };
    }),
  };
  return [firsts(changed, as(c.actor)), target];
};

describe("disagreement", () => {
  test.prop([fc.constantFrom(...ids), fc.constantFrom(...ids)], { numRuns: 6 })(
    "is what the comparisons say: each one's first, values and beliefs exchanged, cruxes that really bring them together; and symmetric",
    (a, b) => {
      const d = disagreement(catalog, a, b);
      expect(sorted(d.top.a)).toEqual(firsts(catalog, as(a)));
      expect(sorted(d.top.b)).toEqual(firsts(catalog, as(b)));
      const mixed = (values: string, beliefs: string) =>
        firsts(catalog, {
          perspective: { id: beliefs, use: "beliefs", conditions: false },
          weights: weightsOf(values),
        });
      expect(sorted(d.exchanged.aValuesBBeliefs)).toEqual(mixed(a, b));
      expect(sorted(d.exchanged.bValuesABeliefs)).toEqual(mixed(b, a));
      const same = (x: readonly string[], y: readonly string[]) => sorted(x).join() === sorted(y).join();
      const expected = same(d.top.a, d.top.b)
        ? "nothing"
        : same(d.exchanged.aValuesBBeliefs, d.top.a) && same(d.exchanged.bValuesABeliefs, d.top.b)
          ? "values"
          : same(d.exchanged.aValuesBBeliefs, d.top.b) && same(d.exchanged.bValuesABeliefs, d.top.a)
            ? "beliefs"
            : "both";
      expect(d.differIn).toBe(expected);
      for (const c of d.cruxes) {
        const [x, y] = holds(d, c);
        expect([describeCrux(c, d), x]).toEqual([describeCrux(c, d), y]);
      }
      const mirror = disagreement(catalog, b, a);
      expect([mirror.top.a, mirror.top.b, mirror.differIn]).toEqual([d.top.b, d.top.a, d.differIn]);
      expect([mirror.exchanged.aValuesBBeliefs, mirror.exchanged.bValuesABeliefs]).toEqual([
        d.exchanged.bValuesABeliefs,
        d.exchanged.aValuesBBeliefs,
      ]);
      expect(mirror.cruxes.map((c) => describeCrux(c, mirror)).sort()).toEqual(
        d.cruxes.map((c) => describeCrux(c, d)).sort(),
      );
    },
  );

  it("tells the documents' pairs apart: Heritage and BI's experts by values and beliefs together; the hard line and Sheinbaum over speed", () => {
    // Neither exchange puts economic leverage first: in the documented state (Mexico cooperating)
    // Heritage's beliefs rate the partnered options 2 on Mexico's role, and BI's weights on those
    // beliefs put law-enforcement cooperation and intelligence sharing first.
    const hb = disagreement(catalog, "heritage", "bi-experts");
    expect(hb.differIn).toBe("both");
    const hs = disagreement(catalog, "hard-line", "sheinbaum");
    expect(hs.cruxes).toContainEqual(
      expect.objectContaining({ kind: "weight", actor: "hard-line", criterion: "speed" }),
    );
    // A weight crux is the smallest move: a little less of it leaves the actor where it was.
    for (const c of hs.cruxes) {
      if (c.kind !== "weight") continue;
      const nearer = c.to + (c.from > c.to ? 0.01 : -0.01);
      const target = firsts(catalog, as(c.actor === hs.a ? hs.b : hs.a));
      expect(
        firsts(catalog, { ...as(c.actor), weights: { ...weightsOf(c.actor), [c.criterion]: nearer } }),
      ).not.toEqual(target);
    }
    const text = renderDisagreement(hs, "text");
    expect(text).toContain(
      "hard-line's weight on speed 4 -> 1.999 (sheinbaum's: 1): both put law-enforcement-cooperation first",
    );
    // A belief crux carries the quote it rests on.
    const belief = hs.cruxes.find((c) => c.kind === "belief");
    expect(belief?.kind).toBe("belief");
    expect(text).toContain(`“${belief!.kind === "belief" ? belief!.evidence[0]!.quote : ""}”`);
    expect(renderDisagreement(hs, "csv").split("\n")[0]).toBe(
      "values \\ beliefs,hard-line's beliefs,sheinbaum's beliefs",
    );
    expect(JSON.parse(renderDisagreement(hs, "json")).cruxes).toHaveLength(hs.cruxes.length);
  });

  it("summarises every pair of perspectives: Kendall's τ of their rankings, least agreeing first, and what they rank furthest apart", () => {
    const all = comparePerspectives(catalog);
    const pairs = perspectivePairs(all);
    expect(pairs).toHaveLength((all.length * (all.length - 1)) / 2);
    const taus = pairs.map((p) => p.kendall ?? 2);
    expect(taus).toEqual([...taus].sort((a, b) => a - b));
    for (const p of pairs) {
      const rows = (id: string) => all.find((x) => x.perspective === id)!.comparison.rows;
      const rank = (id: string, o: string) => rows(id).find((r) => r.option === o)!.rank;
      const options = rows(p.a).map((r) => r.option);
      expect(p.kendall).toBe(
        kendall(
          options.map((o) => rank(p.a, o)),
          options.map((o) => rank(p.b, o)),
        ),
      );
      const gaps = options.map((o) => Math.abs(rank(p.a, o) - rank(p.b, o)));
      if (p.apart.length > 0) expect(Math.abs(p.apart[0]!.rankA - p.apart[0]!.rankB)).toBe(Math.max(...gaps));
    }
  });

  it("refuses an unknown perspective, weights or a perspective in the assumptions, and bad arguments, as Lefts", () => {
    const message = (r: E.Either<{ message: string }, unknown>) => (E.isLeft(r) ? r.left.message : "right");
    expect(message(either.disagreement(catalog, "heritage", "nobody"))).toBe(
      `b: unknown perspective 'nobody' (known: ${ids.join(", ")})`,
    );
    expect(message(either.disagreement(catalog, "heritage", "kaine", { weights: { speed: 2 } }))).toBe(
      "assumptions.weights: each actor brings its own weights, so this would be ignored; leave it out",
    );
    expect(message(either.disagreement(catalog, "heritage", "kaine", { perspective: "rubio" }))).toContain(
      "assumptions.perspective: each actor brings its own perspective",
    );
    expect(E.isLeft(either.disagreement(null as never, "a", "b"))).toBe(true);
    expect(
      E.isLeft(either.disagreement(catalog, "heritage", "kaine", { preconditions: { aumf: "x" } })),
    ).toBe(true);
  });
});
