import { describe, expect, it } from "vitest";
import { compareMethods, methodsTable } from "../../src/index";

describe("analysis tables show ties as ties", () => {
  it("marks a rank two options share, under each method and in the consensus", () => {
    const p = {
      matrix: [
        [2, 2],
        [2, 2],
        [1, 1],
      ],
      weights: [1, 1],
      directions: ["benefit", "benefit"] as ("benefit" | "cost")[],
    };
    const t = methodsTable(compareMethods(p), ["a", "b", "c"]);
    expect(t.rows).toEqual([
      ["a", "=1", "=1", "=1", "=1", "=1", "=1"],
      ["b", "=1", "=1", "=1", "=1", "=1", "=1"],
      ["c", "3", "3", "3", "3", "3", "3"],
    ]);
  });
});
