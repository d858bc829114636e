// Property-testing claims the documents make, with policy-matrix/testing. Each claim is checked
// over many generated assumptions (precondition states, weights or an actor's perspective, the
// scoring method); a failure comes back shrunk to the simplest assumptions that break it.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "policy-matrix";
import {
  alwaysRanksAbove,
  assumptionsFor,
  checkClaim,
  neverFeasibleWhen,
  topOptionIn,
} from "policy-matrix/testing";

const catalog = builtinCatalog();
const lowRungs = catalog.options.filter((o) => o.escalation <= 2).map((o) => o.id);

describe("claims from the documents", () => {
  it("Milley, by his own values and beliefs: while Mexico cooperates at all, nothing above training and intelligence ranks first", () => {
    // "I would not recommend doing anything without the support and the approval of the Mexican government"
    for (const consent of ["limited-cooperation", "cooperation-no-troops"]) {
      const arb = assumptionsFor(catalog, {
        pin: { "mexican-consent": consent },
        startingPoints: false,
        methods: true,
      }).map((a) => ({ ...a, weights: {}, perspective: "milley" }));
      fc.assert(
        fc.property(arb, (a) => topOptionIn(lowRungs)(catalog, a)),
        { numRuns: 100 },
      );
    }
  });

  it("BI's experts: by their own weights and beliefs, training beats raids wherever training is possible", () => {
    // "other, less kinetic missions, like training foreign troops ... could prove worthwhile"
    const arb = assumptionsFor(catalog, { startingPoints: false, methods: true })
      .filter((a) => a.preconditions?.["mexican-consent"] !== "opposed")
      .map((a) => ({ ...a, weights: {}, perspective: "bi-experts" }));
    fc.assert(
      fc.property(arb, (a) => alwaysRanksAbove("training-fid", "sof-raids")(catalog, a)),
      { numRuns: 100 },
    );
  });

  it("Heritage: joint action needs Mexico's approval", () => {
    // "Joint military action, coordinated with the approval of the Mexican government, is the ideal condition"
    const withoutApproval = {
      op: "not" as const,
      of: {
        op: "in" as const,
        precondition: "mexican-consent",
        states: ["express-request", "joint-approval"],
      },
    };
    const arb = assumptionsFor(catalog, { methods: true });
    fc.assert(
      fc.property(arb, (a) => neverFeasibleWhen("joint-operations", withoutApproval)(catalog, a)),
      { numRuns: 100 },
    );
  });

  it("a claim that fails: 'even when Mexico opposes, no strike ranks first'", () => {
    const arb = assumptionsFor(catalog, { pin: { "mexican-consent": "opposed" }, methods: true });
    const result = checkClaim(catalog, arb, topOptionIn(lowRungs), { numRuns: 200, seed: 1 });
    // It fails, and fast-check shrinks the assumptions to a small case. With Mexico opposed, the
    // partnered options (training, intelligence sharing, police cooperation) are blocked; once force
    // is authorized, an actor who believes strikes or raids work (the DEA, the hard line) puts one
    // first. The documents' warnings hold for most actors' values and beliefs, not for every actor's.
    expect(result.holds).toBe(false);
    expect(result.counterexample?.preconditions?.["mexican-consent"]).toBe("opposed");
    expect(result.counterexample?.preconditions?.["presidential-directive"]).toBe("force-authorized");
    expect(result.why).toMatch(
      /^the top option is (drone-strikes|naval-strikes|sof-raids|ground-intervention)/,
    );
  });
});
