import { logarithm } from "../src/uncertainty/logarithm";
let worst = 0, worstAbs = 0;
const xs: number[] = [1, 2, 0.5, Math.SQRT2, Math.SQRT1_2, 5e-324, 1e-310, 1.7976931348623157e308, 3, 10, 1 + 2 ** -52, 1 - 2 ** -53];
for (let i = 0; i < 200000; i++) xs.push(Math.exp((Math.random() - 0.5) * 1400), 1 + (Math.random() - 0.5) * 1e-3, Math.random() * 10);
for (const x of xs) {
  const a = logarithm(x), b = Math.log(x);
  const d = Math.abs(a - b);
  worstAbs = Math.max(worstAbs, d);
  if (b !== 0) worst = Math.max(worst, d / Math.abs(b));
  else if (a !== 0) console.log("nonzero at", x, a);
}
console.log("rel", worst, "abs", worstAbs, "ulps vs", Number.EPSILON);
