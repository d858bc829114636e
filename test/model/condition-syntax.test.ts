import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { conditionSyntax, either, parseCondition } from "../../src/index";
import type { Condition } from "../../src/model/requirement";

// Ids include the syntax's own words: a precondition or state may be called 'and', 'not' or 'in'.
const id = fc.constantFrom("p", "in", "not", "and", "or", "all", "always", "x-1");
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: "small" },
    fc.record({
      op: fc.constant("in" as const),
      precondition: id,
      states: fc.array(id, { minLength: 1, maxLength: 3 }),
    }),
    fc.array(tie("c"), { maxLength: 3 }).map((of) => ({ op: "all" as const, of })),
    fc.array(tie("c"), { maxLength: 3 }).map((of) => ({ op: "any" as const, of })),
    tie("c").map((of) => ({ op: "not" as const, of })),
  ),
})).c;

describe("conditions as text", () => {
  it("parses back to the same condition, nesting and empty or single groups included", () => {
    fc.assert(
      fc.property(condition, (c) => {
        expect(parseCondition(conditionSyntax(c))).toEqual(c);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads 'and' before 'or', and keeps a parenthesised group as one condition", () => {
    const a = { op: "in", precondition: "a", states: ["x"] };
    const b = { op: "in", precondition: "b", states: ["y"] };
    const c = { op: "in", precondition: "c", states: ["z", "w"] };
    expect(parseCondition("a = x and b = y or c in {z, w}")).toEqual({
      op: "any",
      of: [{ op: "all", of: [a, b] }, c],
    });
    expect(parseCondition("(a = x and b = y) and c in {z,w}")).toEqual({
      op: "all",
      of: [{ op: "all", of: [a, b] }, c],
    });
    expect(parseCondition("not (a = x)")).toEqual({ op: "not", of: a });
  });

  it("says where the text goes wrong", () => {
    const message = (t: string) => {
      const r = either.parseCondition(t);
      return r._tag === "Left" ? r.left.issues[0]!.message : "parsed";
    };
    expect(message("")).toBe("expected a condition, found nothing");
    expect(message("a = x and")).toBe(
      "expected a precondition id, 'not', 'always', 'never' or '(', found the end (character 10)",
    );
    expect(message("a in {x, }")).toBe("expected a state id after ',', found '}' at character 10");
    expect(message("(a = x")).toBe("expected ')', found the end (character 7)");
    expect(message("a = x; b = y")).toBe("unexpected ';' at character 6");
    expect(message("A = x")).toBe("unexpected 'A' at character 1");
  });
});
