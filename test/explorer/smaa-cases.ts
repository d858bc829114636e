// SMAA runs that Node and Chromium must agree on bit for bit (the same seed gives the same result
// in Node and in the browser): shared by the browser page (smaa-page.ts) and the test.
import type { DecisionProblem, SmaaOptionsInput } from "../../src/index";

let state = 4242;
const draw = () => (state = (state * 16807) % 2147483647) / 2147483647;

export const problem: DecisionProblem = {
  matrix: Array.from({ length: 15 }, () => Array.from({ length: 10 }, () => Math.round(draw() * 900) / 100)),
  weights: Array.from({ length: 10 }, (_, j) => 1 + (j % 3)),
  directions: Array.from({ length: 10 }, (_, j) => (j % 4 === 0 ? "cost" : "benefit")),
};

export const runs: readonly SmaaOptionsInput[] = [
  { samples: 40_000, seed: 1 },
  { samples: 20_000, seed: 2, method: { method: "topsis" } },
  {
    samples: 20_000,
    seed: 3,
    method: { method: "promethee2" },
    weights: { kind: "ordinal", order: [9, 8, 7, 6, 5, 4, 3, 2, 1, 0] },
  },
  { samples: 20_000, seed: 4, method: { method: "wpm" } },
  { samples: 20_000, seed: 5, method: { method: "vikor" } },
];
