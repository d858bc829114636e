// Issue 14: large inputs are computed, not refused by a stack overflow. `Math.max(...xs)` passes
// every value as an argument and throws a RangeError for a few hundred thousand values.
import { fc, it } from "@fast-check/vitest";
import { spawnSync } from "node:child_process";
import { describe, expect } from "vitest";
import { maxOf, minOf } from "../../src/matrix/extremes";
import { scoreMatrix, smaaSync, type MethodName } from "../../src/index";

const wide = 200_000;

describe("wide and tall matrices", () => {
  it.each<MethodName>(["wsm", "wpm", "topsis", "vikor", "promethee2"])(
    "%s scores 2 options on 200,000 criteria",
    (method) => {
      const matrix = [
        Array.from({ length: wide }, (_, j) => 1 + (j % 7)),
        Array.from({ length: wide }, (_, j) => 1 + ((j + 3) % 7)),
      ];
      const r = scoreMatrix(
        { matrix, weights: Array(wide).fill(1), directions: Array(wide).fill("benefit") },
        { method },
      );
      expect(r.scores.every(Number.isFinite)).toBe(true);
    },
  );

  it.each<MethodName>(["wsm", "topsis", "vikor"])("%s scores 200,000 options on 2 criteria", (method) => {
    const matrix = Array.from({ length: wide }, (_, i) => [i % 1000, (i * 7) % 1000]);
    const r = scoreMatrix({ matrix, weights: [1, 1], directions: ["benefit", "cost"] }, { method });
    expect(r.scores).toHaveLength(wide);
    expect(r.scores.every(Number.isFinite)).toBe(true);
  });

  it("SMAA on 400 options finishes with every acceptability a probability", () => {
    const matrix = Array.from({ length: 400 }, (_, i) => [i % 37, (i * 11) % 41, (i * 5) % 13]);
    const r = smaaSync(
      { matrix, weights: [1, 1, 1], directions: ["benefit", "benefit", "cost"] },
      { samples: 200, seed: 1 },
    );
    expect(r.acceptability).toHaveLength(400);
    for (const row of r.acceptability) for (const p of row) expect(p >= 0 && p <= 1).toBe(true);
  });
});

describe("maxOf and minOf", () => {
  it.prop([fc.array(fc.double({ noNaN: true }))])("agree with Math.max and Math.min as numbers", (xs) => {
    expect(maxOf(xs) === Math.max(...xs)).toBe(true);
    expect(minOf(xs) === Math.min(...xs)).toBe(true);
  });
});

describe("SMAA's memory grows with options², compactly", () => {
  it("1,000 options × 20 criteria (ratings sampled) run within a 100 MB heap (about 200 MB in all)", () => {
    // Exact tallies were 2^-200 BigInts for every option pair, as decimal strings in the
    // accumulator: hundreds of MB at 1,000 options. Whole counts are now doubles.
    const script = `
      import { smaaSync } from ${JSON.stringify(new URL("../../dist/index.js", import.meta.url).href)};
      const n = 1000, m = 20;
      let s = 1; const rnd = () => (s = (s * 16807) % 2147483647) / 2147483647;
      const matrix = Array.from({ length: n }, () => Array.from({ length: m }, () => 1 + rnd() * 9));
      const intervals = matrix.map((row) => row.map((x) => [x - 0.5, x + 0.5]));
      const r = smaaSync({ matrix, weights: Array(m).fill(1), directions: Array(m).fill("benefit"), intervals },
        { samples: 100, seed: 1, confidenceSamples: 100 });
      console.log(r.acceptability.length, r.acceptability.every((row) => Math.abs(row.reduce((a, b) => a + b, 0) - 1) < 1e-9));
    `;
    const run = spawnSync(
      process.execPath,
      ["--max-old-space-size=100", "--input-type=module", "-e", script],
      {
        encoding: "utf8",
        timeout: 120_000,
      },
    );
    expect({ status: run.status, out: run.stdout.trim(), err: run.stderr.slice(0, 300) }).toEqual({
      status: 0,
      out: "1000 true",
      err: "",
    });
  });
});
