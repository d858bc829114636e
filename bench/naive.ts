// The straightforward SMAA one would write first: nested arrays, allocation per sample,
// normalization redone per sample, sort to rank. The benchmark's yardstick, not the library.
export const naiveSmaa = (
  matrix: number[][],
  directions: ("benefit" | "cost")[],
  samples: number,
  method: "wsm" | "topsis",
): number[][] => {
  const n = matrix.length;
  const m = matrix[0]!.length;
  const counts = matrix.map(() => new Array<number>(n).fill(0));
  for (let s = 0; s < samples; s++) {
    const raw = Array.from({ length: m }, () => -Math.log(Math.random()));
    const total = raw.reduce((a, b) => a + b, 0);
    const w = raw.map((x) => x / total);
    let scores: number[];
    if (method === "wsm") {
      const norm = matrix.map((row) =>
        row.map((x, j) => {
          const col = matrix.map((r) => r[j]!);
          const lo = Math.min(...col);
          const hi = Math.max(...col);
          const r = hi === lo ? 1 : (x - lo) / (hi - lo);
          return directions[j] === "benefit" ? r : hi === lo ? 1 : 1 - r;
        }),
      );
      scores = norm.map((row) => row.reduce((acc, r, j) => acc + w[j]! * r, 0));
    } else {
      const norms = Array.from({ length: m }, (_, j) =>
        Math.sqrt(matrix.reduce((acc, r) => acc + r[j]! ** 2, 0)),
      );
      const v = matrix.map((row) => row.map((x, j) => (w[j]! * x) / norms[j]!));
      const ideal = Array.from({ length: m }, (_, j) => {
        const col = v.map((r) => r[j]!);
        return directions[j] === "benefit" ? Math.max(...col) : Math.min(...col);
      });
      const anti = Array.from({ length: m }, (_, j) => {
        const col = v.map((r) => r[j]!);
        return directions[j] === "benefit" ? Math.min(...col) : Math.max(...col);
      });
      scores = v.map((row) => {
        const dp = Math.sqrt(row.reduce((acc, x, j) => acc + (x - ideal[j]!) ** 2, 0));
        const dm = Math.sqrt(row.reduce((acc, x, j) => acc + (x - anti[j]!) ** 2, 0));
        return dm / (dp + dm);
      });
    }
    const order = scores.map((_, i) => i).sort((a, b) => scores[b]! - scores[a]!);
    order.forEach((option, rank) => counts[option]![rank]!++);
  }
  return counts.map((row) => row.map((c) => c / samples));
};
