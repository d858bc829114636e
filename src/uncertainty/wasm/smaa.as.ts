// The SMAA sample loop in AssemblyScript, compiled to WebAssembly with SIMD (`npm run wasm`).
//
// It runs the same arithmetic as the JavaScript path (sampler.ts, weights.ts, random.ts and the
// wsm/wpm/promethee2/topsis/vikor kernels), in the same order, so a block gives the same bits whichever
// runs it: every operation here is an IEEE-754 one with a single correct rounding (add, mul, div,
// sqrt, compare), exact integer or bit arithmetic, or a sort (whose output does not depend on the
// algorithm). No Math.log or Math.exp: those differ between engines in the last bit.
//
// Memory is laid out by `configure` above the heap base; the host writes the inputs and reads
// the tallies through `pointer`. Vectors hold two options (f64x2) or two criteria; the option
// count is padded with scores of −∞, which never beat or tie anyone, to an even number for the
// scores and to a multiple of sixteen for the comparisons.

// Shape and modes.
let n: i32 = 0; // options
let np: i32 = 0; // options padded to even
let m: i32 = 0; // criteria
let kind: i32 = 0; // 0: score = Σ w_j A_ij; 1: TOPSIS closeness from A (to best) and B (to worst); 2: VIKOR from A (gaps)
let vikorV: f64 = 0.5; // VIKOR's weight of the group utility (kind 2)
let model: i32 = 0; // 0 simplex, 1 intervals, 2 ordinal, 3 fixed
let seed: u32 = 0;
let maxRejections: i32 = 0;
let capacity: i32 = 0; // samples per run (a block), a multiple of 16
let rated: bool = false; // ratings drawn within their intervals each sample (linear scores only)
let tiered: bool = false; // a lower tier ranks first whatever the scores
let shifted: bool = false; // offsets added to the scores

// Regions (byte addresses).
let pA: usize = 0; // f64 [j * np + i], column-major
let pB: usize = 0; // f64 [j * np + i] (TOPSIS); S then R, np each (VIKOR)
let pWeights: usize = 0; // f64 [m rounded up to even]
let pScratch: usize = 0; // f64 [m rounded up to even]
let pDraws: usize = 0; // u32 [m rounded up to even]
let pFixed: usize = 0; // f64 [m]
let pLow: usize = 0; // f64 [m]
let pHigh: usize = 0; // f64 [m]
let pOrder: usize = 0; // i32 [m]
let pScores: usize = 0; // f64 [n rounded up to 16]
let pAbove: usize = 0; // i64 [n rounded up to 16]: options scoring strictly higher
let pSame: usize = 0; // i32 [n]
let pPlaces: usize = 0; // u8 [n * capacity]: each option's place (options ahead of it) per sample
let pRank: usize = 0; // f64 [n * n]: samples without exact ties, by option and place
let pShared: usize = 0; // f64 [n * n]: shares of places in samples with exact ties
let pWins: usize = 0; // f64 [n * n]: a < b, samples where a ranked strictly before b
let pTies: usize = 0; // f64 [n * n]: a < b, samples where they tied exactly
let pCentral: usize = 0; // f64 [n * m]
let pValLow: usize = 0; // f64 [n * m], row-major: each rating's interval (low = high when certain)
let pValHigh: usize = 0; // f64 [n * m]
let pColScale: usize = 0; // f64 [m]: min-max over stated bounds, as minMaxColumn in normalize.ts
let pColLo: usize = 0; // f64 [m]
let pColHi: usize = 0; // f64 [m]
let pColRange: usize = 0; // f64 [m]
let pBenefit: usize = 0; // i32 [m]
let pOffsets: usize = 0; // f64 [n]
let pTiers: usize = 0; // f64 [n rounded up to 16], +∞ past n
let end: usize = 0;

// xoshiro128** state.
let s0: u32 = 0;
let s1: u32 = 0;
let s2: u32 = 0;
let s3: u32 = 0;

@inline
function align16(x: usize): usize {
  return (x + 15) & ~(<usize>15);
}

/** The next free byte while `configure` lays out memory. */
let cursor: usize = 0;

/** Reserves `bytes` at the cursor, 16-byte aligned (for v128 loads and stores). */
function take(bytes: usize): usize {
  const at = cursor;
  cursor = align16(cursor + bytes);
  return at;
}

/**
 * Lays out memory for n options and m criteria (growing it when needed) and zeroes the tallies.
 * Returns 0, or 1 when memory cannot grow.
 */
export function configure(
  options: i32,
  criteria: i32,
  scoreKind: i32,
  weightModel: i32,
  seedBits: u32,
  rejections: i32,
  block: i32,
  flags: i32,
): i32 {
  n = options;
  np = (options + 1) & ~1;
  m = criteria;
  kind = scoreKind;
  model = weightModel;
  seed = seedBits;
  maxRejections = rejections;
  capacity = (block + 15) & ~15;
  rated = (flags & 1) != 0;
  tiered = (flags & 2) != 0;
  shifted = (flags & 4) != 0;
  const f: usize = 8;
  const me = <usize>((m + 1) & ~1); // weight buffers hold an even count (pairs)
  const n16 = <usize>((n + 15) & ~15); // compared sixteen at a time
  cursor = align16(__heap_base);
  pA = take(f * <usize>(m * np));
  pB = take(f * <usize>(max(m, 2) * np));
  pWeights = take(f * me);
  pScratch = take(f * me);
  pDraws = take(4 * me);
  pFixed = take(f * <usize>m);
  pLow = take(f * <usize>m);
  pHigh = take(f * <usize>m);
  pOrder = take(4 * <usize>m);
  pScores = take(f * n16);
  pAbove = take(f * n16);
  pSame = take(4 * <usize>n);
  pPlaces = take(<usize>n * <usize>capacity);
  pRank = take(f * <usize>(n * n));
  pShared = take(f * <usize>(n * n));
  pWins = take(f * <usize>(n * n));
  pTies = take(f * <usize>(n * n));
  pCentral = take(f * <usize>(n * m));
  pValLow = take(f * <usize>(n * m));
  pValHigh = take(f * <usize>(n * m));
  pColScale = take(f * <usize>m);
  pColLo = take(f * <usize>m);
  pColHi = take(f * <usize>m);
  pColRange = take(f * <usize>m);
  pBenefit = take(4 * <usize>m);
  pOffsets = take(f * <usize>n);
  pTiers = take(f * n16);
  end = cursor;
  const have = <usize>memory.size() << 16;
  if (end > have) {
    const pages = <i32>((end - have + 0xffff) >> 16);
    if (memory.grow(pages) < 0) return 1;
  }
  memory.fill(align16(__heap_base), 0, end - align16(__heap_base));
  for (let k = n; k < ((n + 15) & ~15); k++) {
    store<f64>(pScores + (<usize>k << 3), -Infinity);
    store<f64>(pTiers + (<usize>k << 3), Infinity);
  }
  return 0;
}

/** The address of region k: the numbering of `Region` in wasm-engine.ts. */
export function pointer(k: i32): usize {
  switch (k) {
    case 0:
      return pA;
    case 1:
      return pB;
    case 2:
      return pWeights;
    case 3:
      return pFixed;
    case 4:
      return pLow;
    case 5:
      return pHigh;
    case 6:
      return pOrder;
    case 7:
      return pRank;
    case 8:
      return pWins;
    case 9:
      return pTies;
    case 10:
      return pCentral;
    case 11:
      return pScores;
    case 12:
      return pShared;
    case 13:
      return pValLow;
    case 14:
      return pValHigh;
    case 15:
      return pColScale;
    case 16:
      return pColLo;
    case 17:
      return pColHi;
    case 18:
      return pColRange;
    case 19:
      return pBenefit;
    case 20:
      return pOffsets;
    case 21:
      return pTiers;
    default:
      return end;
  }
}

/** Sets VIKOR's v (kind 2). */
export function setV(v: f64): void {
  vikorV = v;
}

/** Zeroes the tallies (rank, wins, ties, central) for the next block. */
export function clear(): void {
  memory.fill(pRank, 0, pValLow - pRank); // the tallies lie between pRank and the inputs after them
}

// ---- Random numbers: as RandomStream in random.ts. ----

@inline
function reseed(index: u64): void {
  let x: u32 = (seed * 0x9e3779b1) ^ <u32>index ^ (<u32>(index >> 32) * 0x85ebca6b);
  x += 0x9e3779b9;
  s0 = mix(x);
  x += 0x9e3779b9;
  s1 = mix(x);
  x += 0x9e3779b9;
  s2 = mix(x);
  x += 0x9e3779b9;
  s3 = mix(x);
  if ((s0 | s1 | s2 | s3) == 0) s0 = 1;
}

@inline
function mix(x: u32): u32 {
  let z = x;
  z = (z ^ (z >>> 16)) * 0x85ebca6b;
  z = (z ^ (z >>> 13)) * 0xc2b2ae35;
  return z ^ (z >>> 16);
}

/**
 * −ln u for u = (r + 0.5) / 2^32, two at a time (lane by lane the same IEEE operations as
 * `exponential` in weights.ts), from two 32-bit draws in the low lanes of `draws`. Instead of
 * counting leading zeros, the scaling to y in [0.5, 1) sets the exponent field of r + 0.5 to that
 * of 0.5 (exact, and the same number), and k = 1054 − its exponent field.
 */
@inline
function exponentials(draws: v128): v128 {
  const one = f64x2.splat(1);
  const r = f64x2.add(f64x2.convert_low_i32x4_u(draws), f64x2.splat(0.5));
  const field = i64x2.shr_u(r, 52);
  const y = v128.or(v128.and(r, i64x2.splat(0x000fffffffffffff)), i64x2.splat(0x3fe0000000000000));
  // k as a double: 2^52 + k has k in its low bits; subtracting 2^52 is exact.
  const magic = f64x2.splat(4503599627370496.0);
  const k = f64x2.sub(v128.or(i64x2.sub(i64x2.splat(1054), field), magic), magic);
  const low = f64x2.lt(y, f64x2.splat(0.7071067811865476));
  const x = v128.bitselect(f64x2.add(y, y), y, low);
  const e = v128.bitselect(f64x2.add(k, one), k, low);
  const s = f64x2.div(f64x2.sub(x, one), f64x2.add(x, one));
  const z = f64x2.mul(s, s);
  const z2 = f64x2.mul(z, z);
  const z4 = f64x2.mul(z2, z2);
  const q0 = f64x2.add(f64x2.mul(f64x2.splat(0.3333333333333333), z), one);
  const q1 = f64x2.add(f64x2.mul(f64x2.splat(0.14285714285714285), z), f64x2.splat(0.2));
  const q2 = f64x2.add(f64x2.mul(f64x2.splat(0.09090909090909091), z), f64x2.splat(0.1111111111111111));
  const q3 = f64x2.add(f64x2.mul(f64x2.splat(0.06666666666666667), z), f64x2.splat(0.07692307692307693));
  const p = f64x2.add(
    f64x2.mul(f64x2.add(f64x2.mul(q3, z2), q2), z4),
    f64x2.add(f64x2.mul(q1, z2), q0),
  );
  return f64x2.sub(f64x2.mul(e, f64x2.splat(0.6931471805599453)), f64x2.mul(f64x2.add(s, s), p));
}

/** The next 32-bit draw: xoshiro128**, as RandomStream.nextUint32 in random.ts. */
@inline
function nextUint32(): u32 {
  const result = rotl<u32>(s1 * 5, 7) * 9;
  const t = s1 << 9;
  s2 ^= s0;
  s3 ^= s1;
  s1 ^= s2;
  s0 ^= s3;
  s2 ^= t;
  s3 = rotl<u32>(s3, 11);
  return result;
}

/**
 * Uniform on the simplex: m standard exponentials over their sum (summed in order), as in
 * weights.ts. The m draws come first; then the exponentials, two at a time and independent of
 * each other.
 */
function simplex(out: usize): void {
  for (let j = 0; j < m; j++) store<u32>(pDraws + (<usize>j << 2), nextUint32());
  // Pairs: with m odd the last lane is left over (its draw slot is never read as a weight).
  let j = 0;
  for (; j + 2 < m; j += 4) {
    const draws = v128.load(pDraws + (<usize>j << 2));
    v128.store(out + (<usize>j << 3), exponentials(draws));
    v128.store(out + (<usize>j << 3), exponentials(i32x4.shuffle(draws, draws, 2, 3, 0, 1)), 16);
  }
  for (; j < m; j += 2) {
    v128.store(out + (<usize>j << 3), exponentials(v128.load64_zero(pDraws + (<usize>j << 2))));
  }
  let total: f64 = 0;
  for (let j = 0; j < m; j++) total += load<f64>(out + (<usize>j << 3));
  const sum = f64x2.splat(total);
  for (let j = 0; j < m; j += 2) {
    const at = out + (<usize>j << 3);
    v128.store(at, f64x2.div(v128.load(at), sum));
  }
}

/** Draws the weights into pWeights; false when the intervals rejected every try. */
function sampleWeights(): bool {
  if (model == 0) {
    simplex(pWeights);
    return true;
  }
  if (model == 3) {
    memory.copy(pWeights, pFixed, <usize>m << 3);
    return true;
  }
  if (model == 2) {
    simplex(pScratch);
    for (let a = 1; a < m; a++) {
      const x = load<f64>(pScratch + (<usize>a << 3));
      let b = a - 1;
      while (b >= 0) {
        const y = load<f64>(pScratch + (<usize>b << 3));
        if (!(y < x)) break;
        store<f64>(pScratch + (<usize>(b + 1) << 3), y);
        b--;
      }
      store<f64>(pScratch + (<usize>(b + 1) << 3), x);
    }
    for (let k = 0; k < m; k++) {
      const to = load<i32>(pOrder + (<usize>k << 2));
      store<f64>(pWeights + (<usize>to << 3), load<f64>(pScratch + (<usize>k << 3)));
    }
    return true;
  }
  // Lower bounds by a shift (w = low + spread·u), upper bounds by rejection: as in weights.ts.
  let low: f64 = 0;
  for (let j = 0; j < m; j++) low += load<f64>(pLow + (<usize>j << 3));
  const spread = 1 - low;
  for (let attempt = 0; attempt < maxRejections; attempt++) {
    simplex(pWeights);
    let inside = true;
    for (let j = 0; j < m; j++) {
      const at = pWeights + (<usize>j << 3);
      const w = load<f64>(pLow + (<usize>j << 3)) + spread * load<f64>(at);
      store<f64>(at, w);
      inside = inside && w <= load<f64>(pHigh + (<usize>j << 3));
    }
    if (inside) return true;
  }
  return false;
}

// ---- Ratings: as drawSample in sampler.ts, then minMaxColumn (with stated bounds) in normalize.ts. ----

/**
 * Draws every rating within its interval (two 32-bit draws each, as RandomStream.next, in cell
 * order; a certain rating draws nothing) and normalizes it over its criterion's stated bounds,
 * into the column-major score matrix.
 */
function sampleRatings(): void {
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const k = <usize>(i * m + j) << 3;
      const lo = load<f64>(pValLow + k);
      const hi = load<f64>(pValHigh + k);
      let v = lo;
      if (lo != hi) {
        const a = nextUint32();
        const b = nextUint32();
        const u = (<f64>(a >>> 5) * 67108864 + <f64>(b >>> 6) + 0.5) / 9007199254740992;
        v = lo + (hi - lo) * u;
      }
      const c = <usize>j << 3;
      const x = v / load<f64>(pColScale + c);
      const range = load<f64>(pColRange + c);
      const r =
        range == 0
          ? 1
          : load<i32>(pBenefit + (<usize>j << 2)) != 0
            ? (x - load<f64>(pColLo + c)) / range
            : (load<f64>(pColHi + c) - x) / range;
      store<f64>(pA + ((<usize>(j * np + i)) << 3), r);
    }
  }
}

// ---- Scores: as the wsm/promethee2 (Σ_j w_j A_ij) and topsis kernels in kernels.ts. ----

/** Σ_j w_j A_ij, summed in order j = 0, 1, ... from 0 (as `dot` in kernels.ts); four pairs at a time. */
function scoreLinear(): void {
  const step = <usize>np << 3;
  let i = 0;
  for (; i + 8 <= np; i += 8) {
    let a0 = f64x2.splat(0);
    let a1 = a0;
    let a2 = a0;
    let a3 = a0;
    let at = pA + (<usize>i << 3);
    for (let j = 0; j < m; j++) {
      const w = f64x2.splat(load<f64>(pWeights + (<usize>j << 3)));
      a0 = f64x2.add(a0, f64x2.mul(w, v128.load(at)));
      a1 = f64x2.add(a1, f64x2.mul(w, v128.load(at, 16)));
      a2 = f64x2.add(a2, f64x2.mul(w, v128.load(at, 32)));
      a3 = f64x2.add(a3, f64x2.mul(w, v128.load(at, 48)));
      at += step;
    }
    const out = pScores + (<usize>i << 3);
    v128.store(out, a0);
    v128.store(out, a1, 16);
    v128.store(out, a2, 32);
    v128.store(out, a3, 48);
  }
  for (; i < np; i += 2) {
    let acc = f64x2.splat(0);
    let at = pA + (<usize>i << 3);
    for (let j = 0; j < m; j++) {
      const w = f64x2.splat(load<f64>(pWeights + (<usize>j << 3)));
      acc = f64x2.add(acc, f64x2.mul(w, v128.load(at)));
      at += step;
    }
    v128.store(pScores + (<usize>i << 3), acc);
  }
}

function scoreCloseness(): void {
  const one = f64x2.splat(1);
  const zero = f64x2.splat(0);
  const step = <usize>np << 3;
  for (let i = 0; i < np; i += 2) {
    let plus = zero;
    let minus = zero;
    let at = <usize>i << 3;
    for (let j = 0; j < m; j++) {
      const x = load<f64>(pWeights + (<usize>j << 3));
      const w2 = f64x2.splat(x * x);
      plus = f64x2.add(plus, f64x2.mul(w2, v128.load(pA + at)));
      minus = f64x2.add(minus, f64x2.mul(w2, v128.load(pB + at)));
      at += step;
    }
    const dPlus = f64x2.sqrt(plus);
    const dMinus = f64x2.sqrt(minus);
    const total = f64x2.add(dPlus, dMinus);
    const closeness = f64x2.div(dMinus, total);
    v128.store(pScores + (<usize>i << 3), v128.bitselect(one, closeness, f64x2.eq(total, zero)));
  }
}

/** As VIKOR's kernel in kernels.ts: the spread of S (or R) is none within CONSTANT_SPREAD of its size. */
@inline
function noSpread(best: f64, worst: f64): bool {
  return worst - best <= 1e-12 * max(abs(best), abs(worst));
}

/**
 * VIKOR, as the compromise kernel in kernels.ts: S = Σ_j w_j g_ij (in order j = 0, 1, ...) and
 * R = max_j w_j g_ij (from 0), two options at a time; then their best and worst over the options,
 * and 1 − Q.
 */
function scoreCompromise(): void {
  const step = <usize>np << 3;
  const pS = pB;
  const pR = pB + step;
  for (let i = 0; i < np; i += 2) {
    let sum = f64x2.splat(0);
    let most = f64x2.splat(0);
    let at = pA + (<usize>i << 3);
    for (let j = 0; j < m; j++) {
      const term = f64x2.mul(f64x2.splat(load<f64>(pWeights + (<usize>j << 3))), v128.load(at));
      sum = f64x2.add(sum, term);
      most = f64x2.max(most, term); // terms are >= 0: as `if (term > worst) worst = term`
      at += step;
    }
    v128.store(pS + (<usize>i << 3), sum);
    v128.store(pR + (<usize>i << 3), most);
  }
  let sBest = Infinity;
  let sWorst = -Infinity;
  let rBest = Infinity;
  let rWorst = -Infinity;
  for (let i = 0; i < n; i++) {
    const x = load<f64>(pS + (<usize>i << 3));
    const y = load<f64>(pR + (<usize>i << 3));
    sBest = min(sBest, x);
    sWorst = max(sWorst, x);
    rBest = min(rBest, y);
    rWorst = max(rWorst, y);
  }
  const sFlat = noSpread(sBest, sWorst);
  const rFlat = noSpread(rBest, rWorst);
  for (let i = 0; i < n; i++) {
    const group = sFlat ? 0 : (load<f64>(pS + (<usize>i << 3)) - sBest) / (sWorst - sBest);
    const regret = rFlat ? 0 : (load<f64>(pR + (<usize>i << 3)) - rBest) / (rWorst - rBest);
    store<f64>(pScores + (<usize>i << 3), 1 - (vikorV * group + (1 - vikorV) * regret));
  }
}

// ---- Tallies: as tallySample in sampler.ts (the flat path: one tier, no offsets). ----

/**
 * Each option's place (the options scoring strictly higher) into pAbove and, as a byte, into
 * column t of pPlaces. Returns the option in first place, or −1 when some scores tied exactly
 * (the places then sum short). Every pair is compared, sixteen options at a time: eight vectors of
 * scores and eight of counts stay in registers while each option's score is held against them.
 * Scores past n are −∞, which is never higher.
 */
function places(t: i32): i32 {
  for (let c = 0; c < n; c += 16) {
    const at = pScores + (<usize>c << 3);
    const v0 = v128.load(at);
    const v1 = v128.load(at, 16);
    const v2 = v128.load(at, 32);
    const v3 = v128.load(at, 48);
    const v4 = v128.load(at, 64);
    const v5 = v128.load(at, 80);
    const v6 = v128.load(at, 96);
    const v7 = v128.load(at, 112);
    // Each true lane is −1: the counts are minus the sums of the masks.
    let c0 = i64x2.splat(0);
    let c1 = c0;
    let c2 = c0;
    let c3 = c0;
    let c4 = c0;
    let c5 = c0;
    let c6 = c0;
    let c7 = c0;
    let a = 0;
    for (; a + 1 < n; a += 2) {
      const sa = v128.load64_splat(pScores + (<usize>a << 3));
      const sb = v128.load64_splat(pScores + (<usize>a << 3), 8);
      c0 = i64x2.add(c0, i64x2.add(f64x2.gt(sa, v0), f64x2.gt(sb, v0)));
      c1 = i64x2.add(c1, i64x2.add(f64x2.gt(sa, v1), f64x2.gt(sb, v1)));
      c2 = i64x2.add(c2, i64x2.add(f64x2.gt(sa, v2), f64x2.gt(sb, v2)));
      c3 = i64x2.add(c3, i64x2.add(f64x2.gt(sa, v3), f64x2.gt(sb, v3)));
      c4 = i64x2.add(c4, i64x2.add(f64x2.gt(sa, v4), f64x2.gt(sb, v4)));
      c5 = i64x2.add(c5, i64x2.add(f64x2.gt(sa, v5), f64x2.gt(sb, v5)));
      c6 = i64x2.add(c6, i64x2.add(f64x2.gt(sa, v6), f64x2.gt(sb, v6)));
      c7 = i64x2.add(c7, i64x2.add(f64x2.gt(sa, v7), f64x2.gt(sb, v7)));
    }
    for (; a < n; a++) {
      const sa = v128.load64_splat(pScores + (<usize>a << 3));
      c0 = i64x2.add(c0, f64x2.gt(sa, v0));
      c1 = i64x2.add(c1, f64x2.gt(sa, v1));
      c2 = i64x2.add(c2, f64x2.gt(sa, v2));
      c3 = i64x2.add(c3, f64x2.gt(sa, v3));
      c4 = i64x2.add(c4, f64x2.gt(sa, v4));
      c5 = i64x2.add(c5, f64x2.gt(sa, v5));
      c6 = i64x2.add(c6, f64x2.gt(sa, v6));
      c7 = i64x2.add(c7, f64x2.gt(sa, v7));
    }
    const into = pAbove + (<usize>c << 3);
    const zero = i64x2.splat(0);
    v128.store(into, i64x2.sub(zero, c0));
    v128.store(into, i64x2.sub(zero, c1), 16);
    v128.store(into, i64x2.sub(zero, c2), 32);
    v128.store(into, i64x2.sub(zero, c3), 48);
    v128.store(into, i64x2.sub(zero, c4), 64);
    v128.store(into, i64x2.sub(zero, c5), 80);
    v128.store(into, i64x2.sub(zero, c6), 96);
    v128.store(into, i64x2.sub(zero, c7), 112);
  }
  return recordPlaces(t);
}

/**
 * Stores the places in pAbove as bytes in column t of pPlaces. Returns the option in first place,
 * or −1 when some options tied exactly: without ties the places are 0..n−1, and sum to n(n−1)/2.
 */
@inline
function recordPlaces(t: i32): i32 {
  let sum: i64 = 0;
  let first = 0;
  for (let a = 0; a < n; a++) {
    const place = load<i64>(pAbove + (<usize>a << 3));
    store<u8>(pPlaces + <usize>a * <usize>capacity + <usize>t, <u8>place);
    sum += place;
    first = select<i32>(a, first, place == 0);
  }
  return sum == (<i64>n * <i64>(n - 1)) / 2 ? first : -1;
}

/**
 * `places` with tiers: a ranks before b when its tier is lower, or the same and its score higher
 * (as `order` in sampler.ts). Tiers past n are +∞.
 */
function placesTiered(t: i32): i32 {
  const chunks = (n + 15) & ~15;
  for (let b = 0; b < chunks; b++) store<i64>(pAbove + (<usize>b << 3), 0);
  for (let a = 0; a < n; a++) {
    const sa = v128.load64_splat(pScores + (<usize>a << 3));
    const ta = v128.load64_splat(pTiers + (<usize>a << 3));
    for (let b = 0; b < chunks; b += 2) {
      const off = <usize>b << 3;
      const tb = v128.load(pTiers + off);
      const before = v128.or(
        f64x2.lt(ta, tb),
        v128.and(f64x2.eq(ta, tb), f64x2.gt(sa, v128.load(pScores + off))),
      );
      v128.store(pAbove + off, i64x2.sub(v128.load(pAbove + off), before));
    }
  }
  return recordPlaces(t);
}

@inline
function addCentral(option: i32, share: f64): void {
  const c = pCentral + ((<usize>option * <usize>m) << 3);
  for (let j = 0; j < m; j++) {
    const at = c + (<usize>j << 3);
    store<f64>(at, load<f64>(at) + share * load<f64>(pWeights + (<usize>j << 3)));
  }
}

/**
 * Exact ties share the places they span, 1/k each, into pShared (as placeShares in sampler.ts);
 * their places come off the whole counts that `countPlaces` takes from pPlaces.
 */
function placeTies(): void {
  for (let i = 0; i < n; i++) store<i32>(pSame + (<usize>i << 2), 0);
  for (let a = 0; a < n; a++) {
    const x = load<f64>(pScores + (<usize>a << 3));
    for (let b = a + 1; b < n; b++) {
      const same = x == load<f64>(pScores + (<usize>b << 3));
      if (same && (!tiered || load<f64>(pTiers + (<usize>a << 3)) == load<f64>(pTiers + (<usize>b << 3)))) {
        store<i32>(pSame + (<usize>a << 2), load<i32>(pSame + (<usize>a << 2)) + 1);
        store<i32>(pSame + (<usize>b << 2), load<i32>(pSame + (<usize>b << 2)) + 1);
      }
    }
  }
  for (let i = 0; i < n; i++) {
    const place = <i32>load<i64>(pAbove + (<usize>i << 3));
    const tied = load<i32>(pSame + (<usize>i << 2));
    if (tied == 0) {
      if (place == 0) addCentral(i, 1);
      continue;
    }
    const whole = pRank + (<usize>(i * n + place) << 3);
    store<f64>(whole, load<f64>(whole) - 1);
    const share: f64 = 1 / <f64>(tied + 1);
    for (let q = place; q <= place + tied; q++) {
      const at = pShared + (<usize>(i * n + q) << 3);
      store<f64>(at, load<f64>(at) + share);
    }
    if (place == 0) addCentral(i, share);
  }
}

/** The sum of a vector's 16 unsigned bytes. */
@inline
function byteSum(v: v128): i64 {
  const quads = i32x4.extadd_pairwise_i16x8_u(i16x8.extadd_pairwise_i8x16_u(v));
  return (
    <i64>i32x4.extract_lane(quads, 0) +
    <i64>i32x4.extract_lane(quads, 1) +
    <i64>i32x4.extract_lane(quads, 2) +
    <i64>i32x4.extract_lane(quads, 3)
  );
}

/**
 * Pairwise wins and ties, and whole rank counts, of the `count` samples just run, from their
 * places: a ranked strictly before b exactly when it had fewer options ahead, and they tied
 * exactly when it had as many. Sixteen samples per vector; byte counters are emptied every 255
 * vectors.
 */
function countPlaces(count: i32): void {
  const chunks = (count + 15) >> 4;
  const padding = (chunks << 4) - count;
  for (let a = 0; a < n; a++) {
    const row = pPlaces + <usize>a * <usize>capacity;
    for (let t = count; t < chunks << 4; t++) store<u8>(row + <usize>t, 0); // equal: counted as ties
  }
  for (let a = 0; a < n; a++) {
    const rowA = pPlaces + <usize>a * <usize>capacity;
    for (let b = a + 1; b < n; b++) {
      const rowB = pPlaces + <usize>b * <usize>capacity;
      let before: i64 = 0;
      let same: i64 = 0;
      for (let c = 0; c < chunks; ) {
        const stop = min(chunks, c + 255);
        let lt = i8x16.splat(0);
        let eq = lt;
        for (; c < stop; c++) {
          const off = <usize>c << 4;
          const x = v128.load(rowA + off);
          const y = v128.load(rowB + off);
          lt = i8x16.sub(lt, i8x16.lt_u(x, y));
          eq = i8x16.sub(eq, i8x16.eq(x, y));
        }
        before += byteSum(lt);
        same += byteSum(eq);
      }
      store<f64>(pWins + (<usize>(a * n + b) << 3), <f64>before);
      store<f64>(pTies + (<usize>(a * n + b) << 3), <f64>(same - padding));
    }
  }
  // Whole rank counts: how often each option held each place (the padding held place 0).
  for (let a = 0; a < n; a++) {
    const row = pPlaces + <usize>a * <usize>capacity;
    for (let q = 0; q < n; q++) {
      const place = i8x16.splat(<i8>q);
      let total: i64 = q == 0 ? -padding : 0;
      for (let c = 0; c < chunks; ) {
        const stop = min(chunks, c + 255);
        let eq = i8x16.splat(0);
        for (; c < stop; c++) eq = i8x16.sub(eq, i8x16.eq(v128.load(row + (<usize>c << 4)), place));
        total += byteSum(eq);
      }
      const at = pRank + (<usize>(a * n + q) << 3);
      store<f64>(at, load<f64>(at) + <f64>total);
    }
  }
}

/**
 * Runs samples [start, end) (at most `capacity` of them) into the tallies, which `clear` zeroed.
 * Returns 0, or 1 when the weight intervals rejected `maxRejections` tries in a row.
 */
export function run(start: f64, stop: f64): i32 {
  const first = <u64>start;
  const last = <u64>stop;
  for (let index = first; index < last; index++) {
    reseed(index);
    if (!sampleWeights()) return 1;
    if (rated) sampleRatings();
    if (kind == 0) scoreLinear();
    else if (kind == 1) scoreCloseness();
    else scoreCompromise();
    if (shifted) {
      for (let i = 0; i < n; i++) {
        const at = pScores + (<usize>i << 3);
        store<f64>(at, load<f64>(at) + load<f64>(pOffsets + (<usize>i << 3)));
      }
    }
    for (let k = n; k < np; k++) store<f64>(pScores + (<usize>k << 3), -Infinity);
    const top = tiered ? placesTiered(<i32>(index - first)) : places(<i32>(index - first));
    if (top < 0) placeTies();
    else addCentral(top, 1); // 1 * w is w exactly, as the JavaScript path adds it
  }
  countPlaces(<i32>(last - first));
  return 0;
}
