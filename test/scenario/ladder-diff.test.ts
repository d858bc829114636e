import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  diff,
  either,
  escalationLadder,
  leastEscalatory,
  renderDiff,
} from "../../src/index";
import { assumptionsArb } from "./arbitraries";

const catalog = builtinCatalog();

describe("escalation ladder", () => {
  it("groups options by rung, lowest first, each rung best first", () => {
    const ladder = escalationLadder(compare(catalog));
    expect(ladder[0]!.rows.map((r) => r.option)).toContain("illicit-finance");
    expect(ladder.at(-1)!.rows.map((r) => r.option)).toEqual(["ground-intervention"]);
    for (const rung of ladder)
      expect(rung.rows.map((r) => r.rank)).toEqual([...rung.rows.map((r) => r.rank)].sort((a, b) => a - b));
  });

  test.prop([
    assumptionsArb(),
    fc.oneof(
      fc.record({ topK: fc.integer({ min: 1, max: 15 }) }),
      fc.record({ minScore: fc.double({ min: -1, max: 1, noNaN: true }) }),
    ),
  ])(
    "the least escalatory option is feasible, meets the bar, and no feasible option below its rung does",
    (a, bar) => {
      const c = compare(catalog, a);
      const meets = (r: (typeof c.rows)[number]) =>
        "topK" in bar ? r.rank <= bar.topK : r.score >= bar.minScore;
      const found = leastEscalatory(c, bar);
      const candidates = c.rows.filter((r) => r.feasible && meets(r));
      if (!found) {
        expect(candidates).toEqual([]);
        return;
      }
      expect(found.feasible && meets(found)).toBe(true);
      expect(candidates.every((r) => r.escalation >= found.escalation)).toBe(true);
    },
  );

  it("finds nothing when nothing meets the bar, and rejects a malformed bar", () => {
    expect(leastEscalatory(compare(catalog), { minScore: 2 })).toBeUndefined();
    const r = either.leastEscalatory(compare(catalog), { topK: 0 });
    expect(r._tag === "Left" && r.left.message).toBe("bar.topK: expected a whole number >= 1, got 0");
  });

  it("climbs the ladder when only effect on cartels counts and Mexico approves authorized force", () => {
    const c = compare(catalog, {
      preconditions: { "mexican-consent": "joint-approval", "presidential-directive": "force-authorized" },
      weights: Object.fromEntries(catalog.criteria.map((x) => [x.id, x.id === "cartel-capability" ? 1 : 0])),
    });
    expect(leastEscalatory(c, { topK: 1 })!.option).toBe("joint-operations");
  });
});

describe("diff", () => {
  test.prop([assumptionsArb()])("a comparison differs from itself in nothing", (a) => {
    const c = compare(catalog, a);
    const first = c.rows.filter((r) => r.rank === 1).map((r) => r.option);
    expect(diff(c, c)).toEqual({
      assumptions: [],
      top: { from: first, to: first, changed: false },
      moves: [],
      becameFeasible: [],
      becameBlocked: [],
      added: [],
      removed: [],
    });
  });

  test.prop([assumptionsArb(), assumptionsArb()])(
    "under the weighted sum, the drivers of a move add up to the change in score",
    (a, b) => {
      const d = diff(compare(catalog, { ...a, method: "wsm" }), compare(catalog, { ...b, method: "wsm" }));
      for (const m of d.moves) {
        expect(m.drivers.reduce((s, x) => s + x.delta, 0)).toBeCloseTo(m.score.delta, 9);
      }
    },
  );

  test.prop([
    assumptionsArb(),
    fc.constantFrom(...catalog.criteria),
    fc.double({ min: 0, max: 1, noNaN: true }),
  ])(
    "changing the ratings of a criterion weighted zero in both scenarios changes nothing",
    (a, { id: criterion, scale }, share) => {
      const value = scale.min + share * (scale.max - scale.min);
      const zero = { ...a, weights: { ...a.weights, [criterion]: 0 } };
      const withOverride = {
        ...zero,
        ratings: { "training-fid": { [criterion]: { value, rationale: "a different judgment" } } },
      };
      const d = diff(compare(catalog, zero), compare(catalog, withOverride));
      expect(d.moves).toEqual([]);
      expect(d.assumptions.every((x) => x.path.startsWith("ratings."))).toBe(true);
    },
  );

  it("says what changed, what moved and why", () => {
    const a = compare(catalog);
    const b = compare(catalog, {
      preconditions: {
        "mexican-consent": "joint-approval",
        aumf: "enacted",
        "presidential-directive": "force-authorized",
      },
    });
    const d = diff(a, b);
    expect(d.assumptions).toEqual([
      { path: "preconditions.mexican-consent", from: "cooperation-no-troops", to: "joint-approval" },
      { path: "preconditions.aumf", from: "not-enacted", to: "enacted" },
      { path: "preconditions.presidential-directive", from: "options-ordered", to: "force-authorized" },
    ]);
    expect([...d.becameFeasible].sort()).toEqual([
      "drone-strikes",
      "ground-intervention",
      "joint-operations",
      "naval-strikes",
      "sof-raids",
    ]);
    // Approved, a raid no longer puts the partnership at stake (its mexican-role case) nor pays the
    // unilateral penalty (sovereignty); with an AUMF, the legal one goes too.
    const raid = d.moves.find((m) => m.option === "sof-raids")!;
    expect(raid.drivers.map((x) => x.criterion)).toEqual([
      "mexican-role",
      "sovereignty-cost",
      "legal-exposure",
    ]);
    expect(raid.score.delta).toBeGreaterThan(0);
  });

  it("puts the options that became blocked first, then those that became feasible, each with what blocks it", () => {
    const opposed = compare(catalog, { preconditions: { "mexican-consent": "opposed" } });
    const authorized = compare(catalog, { preconditions: { "presidential-directive": "force-authorized" } });
    const d = diff(authorized, opposed);
    const kinds = d.moves.map((m) =>
      m.feasible.from && !m.feasible.to ? 0 : !m.feasible.from && m.feasible.to ? 1 : 2,
    );
    expect([...kinds].sort()).toEqual(kinds);
    const blocked = d.moves.find((m) => m.option === "intelligence-sharing")!;
    expect(blocked.blockedBy).toEqual({ from: [], to: ["willing-partner"] });
    const freed = d.moves.find((m) => m.option === "drone-strikes")!;
    expect(freed.blockedBy.from).toEqual([]);
    expect(freed.blockedBy.to).toContain("force-authorized");
    expect(renderDiff(d, "text")).toMatch(/intelligence-sharing .* yes -> no\s+blocked by willing-partner/);
    expect(renderDiff(diff(opposed, authorized), "text")).toMatch(
      /drone-strikes .* no -> yes\s+no longer blocked \(force-authorized met\)/,
    );
  });

  it("heads with the top option before and after, ties included", () => {
    const a = compare(catalog);
    const b = compare(catalog, { perspective: "heritage" });
    const top = (c: typeof a) => c.rows.filter((r) => r.rank === 1).map((r) => r.option);
    const d = diff(a, b);
    expect(d.top).toEqual({ from: top(a), to: top(b), changed: top(a).join() !== top(b).join() });
    expect(renderDiff(d, "text").split("\n")[0]).toBe(
      d.top.changed
        ? `top option: ${top(a).join(", ")} -> ${top(b).join(", ")}`
        : `top option unchanged: ${top(a).join(", ")}`,
    );
    // Two options tied first: both named, with the tie marked.
    const p = {
      ...catalog,
      options: catalog.options.slice(0, 2).map((o) => ({ ...o, ratings: catalog.options[0]!.ratings })),
    };
    const tied = compare(p, { infeasible: "penalize" });
    expect(tied.rows.filter((r) => r.rank === 1)).toHaveLength(2);
    expect(renderDiff(diff(tied, tied), "text").split("\n")[0]).toBe(
      `top option unchanged: =1 ${tied.rows.map((r) => r.option).join(", ")}`,
    );
  });

  it("reports the risks whose likelihood or severity changed", () => {
    const a = compare(catalog);
    const b = compare(catalog, {
      risks: { "civilian-harm": { "sof-raids": { likelihood: 0.9, severity: 5, rationale: "a test" } } },
    });
    const raid = diff(a, b).moves.find((m) => m.option === "sof-raids")!;
    expect(raid.risks).toEqual([
      {
        risk: "civilian-harm",
        from: expect.objectContaining({ severity: expect.any(Number) }),
        to: { likelihood: 0.9, severity: 5 },
      },
    ]);
    expect(renderDiff(diff(a, b), "text")).toMatch(/civilian-harm 0\.\d\d×\d -> 0\.90×5/);
  });

  it("does not count the scenario's name or description as an assumption, and lists a record as one change", () => {
    const a = compare(catalog, { name: "one", description: "first" });
    const b = compare(catalog, {
      name: "two",
      perspective: { id: "heritage", use: "values" },
      ratings: { "sof-raids": { speed: { value: 0.1 + 0.2, interval: [0.1, 0.7], rationale: "a test" } } },
      riskBurden: { weight: 1 },
    });
    const paths = diff(a, b).assumptions.map((c) => c.path);
    expect(paths).not.toContain("name");
    expect(paths).not.toContain("description");
    expect(paths.filter((p) => p.startsWith("perspective"))).toEqual(["perspective"]);
    expect(paths.filter((p) => p.startsWith("ratings."))).toEqual(["ratings.sof-raids.speed"]);
    expect(paths.filter((p) => p.startsWith("method"))).toEqual([]); // the risk-burden bound is not an assumption
    const text = renderDiff(diff(a, b), "text");
    expect(text).toMatch(/ratings\.sof-raids\.speed\s+\(the catalog's\)\s+0\.3 \(0\.1\.\.0\.7\), yours/);
    expect(text).toMatch(/perspective\s+\(unset\)\s+heritage \(values only\)/);
    expect(diff(a, compare(catalog, { name: "renamed" })).assumptions).toEqual([]);
  });

  it("prints numbers as a person writes them, and keeps full precision in JSON", () => {
    const a = compare(catalog, { weights: { speed: 0.1 } });
    const b = compare(catalog, { weights: { speed: 0.1 + 0.2 } });
    expect(renderDiff(diff(a, b), "text")).toMatch(/weights\.speed\s+0\.1\s+0\.3\n/);
    expect(JSON.parse(renderDiff(diff(a, b), "json")).assumptions).toEqual([
      { path: "weights.speed", from: 0.1, to: 0.30000000000000004 },
    ]);
  });

  it("shows shared ranks as ties", () => {
    const opposed = compare(catalog, { preconditions: { "mexican-consent": "opposed" } });
    const authorized = compare(catalog, { preconditions: { "presidential-directive": "force-authorized" } });
    const d = diff(opposed, authorized);
    const tied = d.moves.find((m) => m.tied.from || m.tied.to)!;
    expect(renderDiff(d, "text")).toContain(
      `${tied.tied.from ? "=" : ""}${tied.rank.from} -> ${tied.tied.to ? "=" : ""}${tied.rank.to}`,
    );
  });

  it("lists options present in only one comparison", () => {
    const a = compare(catalog, { infeasible: "exclude" });
    const b = compare(catalog, {
      infeasible: "exclude",
      preconditions: { "mexican-consent": "joint-approval", "presidential-directive": "force-authorized" },
    });
    const kinetic = [
      "drone-strikes",
      "ground-intervention",
      "joint-operations",
      "naval-strikes",
      "sof-raids",
    ];
    expect([...diff(a, b).added].sort()).toEqual(kinetic);
    expect([...diff(b, a).removed].sort()).toEqual(kinetic);
  });
});
