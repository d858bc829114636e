import * as E from "fp-ts/lib/Either.js";
import { describe, expect, it } from "vitest";
import { builtinCatalog } from "policy-matrix";
import { fromHash, toHash, type Scenario } from "./scenario";

const catalog = builtinCatalog();

describe("scenario links", () => {
  it("a long scenario survives the round trip through a link", () => {
    // Long enough that spreading its bytes into String.fromCharCode would overflow the stack.
    const scenario: Scenario = { name: "é ".repeat(150_000), weights: { speed: 2 } };
    const back = fromHash(catalog, toHash(scenario));
    expect(back && E.isRight(back) && back.right).toEqual(scenario);
  });

  it("a link whose scenario names an unknown criterion is refused, naming it", () => {
    const back = fromHash(catalog, toHash({ weights: { cost: 1 } } as Scenario));
    expect(back && E.isLeft(back) && back.left).toMatch(
      /^assumptions\.weights\.cost: unknown criterion 'cost'/,
    );
  });
});
