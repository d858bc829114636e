import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { evaluateCondition, type Condition } from "../../src/index";

// A small world of two preconditions, so that random conditions and states often interact.
const world = { p: ["a", "b", "c"], q: ["x", "y"] } as const;

const statesArb = fc.record({ p: fc.constantFrom(...world.p), q: fc.constantFrom(...world.q) });

const stateInArb: fc.Arbitrary<Condition> = fc.oneof(
  fc
    .subarray([...world.p], { minLength: 1 })
    .map((states) => ({ op: "in" as const, precondition: "p", states })),
  fc
    .subarray([...world.q], { minLength: 1 })
    .map((states) => ({ op: "in" as const, precondition: "q", states })),
);

const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    stateInArb,
    fc.array(tie("c"), { maxLength: 3 }).map((of) => ({ op: "all" as const, of })),
    fc.array(tie("c"), { maxLength: 3 }).map((of) => ({ op: "any" as const, of })),
    tie("c").map((of) => ({ op: "not" as const, of })),
  ),
})).c;

const holds = (c: Condition, s: Record<string, string>) => evaluateCondition(c, s).holds;

describe("evaluateCondition", () => {
  test.prop([conditionArb, statesArb])("not(not c) is c", (c, s) => {
    expect(holds({ op: "not", of: { op: "not", of: c } }, s)).toBe(holds(c, s));
  });

  test.prop([fc.array(conditionArb, { maxLength: 4 }), statesArb])(
    "all is conjunction, any is disjunction",
    (cs, s) => {
      expect(holds({ op: "all", of: cs }, s)).toBe(cs.every((c) => holds(c, s)));
      expect(holds({ op: "any", of: cs }, s)).toBe(cs.some((c) => holds(c, s)));
    },
  );

  test.prop([fc.array(conditionArb, { maxLength: 4 }), statesArb])(
    "De Morgan: not(all) is any(not)",
    (cs, s) => {
      const notAll: Condition = { op: "not", of: { op: "all", of: cs } };
      const anyNot: Condition = { op: "any", of: cs.map((c) => ({ op: "not" as const, of: c })) };
      expect(holds(notAll, s)).toBe(holds(anyNot, s));
    },
  );

  test.prop([stateInArb, statesArb])("in holds exactly when the state is listed", (c, s) => {
    if (c.op !== "in") throw new Error("unreachable");
    expect(holds(c, s)).toBe(c.states.includes(s[c.precondition as "p" | "q"]));
  });

  it("treats all of nothing as true, any of nothing as false, an unset precondition as in no state", () => {
    expect(holds({ op: "all", of: [] }, {})).toBe(true);
    expect(holds({ op: "any", of: [] }, {})).toBe(false);
    expect(evaluateCondition({ op: "in", precondition: "p", states: ["a"] }, {})).toEqual({
      holds: false,
      explanation: "p is 'unset' (needs 'a')",
    });
  });

  it("explains nested conditions in words", () => {
    const c: Condition = {
      op: "any",
      of: [
        { op: "in", precondition: "p", states: ["a", "b"] },
        { op: "not", of: { op: "in", precondition: "q", states: ["x"] } },
      ],
    };
    expect(evaluateCondition(c, { p: "c", q: "x" }).explanation).toBe(
      "any of [p is 'c' (needs one of 'a', 'b'); not [q is 'x' ('x')]]",
    );
  });
});
