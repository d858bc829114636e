// The numeric core on its own: a decision matrix, weights and directions, under every method.
import { methodNames, scoreMatrix } from "policy-matrix";

const problem = {
  // price (cost), memory GB (benefit), camera MP (benefit), looks 1..5 (benefit)
  matrix: [
    [250, 16, 12, 5],
    [200, 16, 8, 3],
    [300, 32, 16, 4],
    [275, 32, 8, 4],
    [225, 16, 16, 2],
  ],
  weights: [0.35, 0.3, 0.2, 0.15],
  directions: ["cost", "benefit", "benefit", "benefit"] as const,
};

for (const method of methodNames) {
  const result = scoreMatrix({ ...problem, directions: [...problem.directions] }, { method });
  console.log(`${method.padEnd(11)} ranking ${result.ranking.map((i) => `A${i + 1}`).join(" > ")}`);
}
