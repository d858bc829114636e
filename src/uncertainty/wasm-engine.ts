import type { Tally } from "./sampler";
import { SMAA_WASM } from "./wasm/bytes";
import type { WeightModel } from "./smaa-options";

/**
 * The SMAA sample loop in WebAssembly (src/uncertainty/wasm/smaa.as.ts): the same arithmetic in the
 * same order as the JavaScript loop, so a block's tallies are the same bits whichever runs it. It
 * applies to the weighted sum, PROMETHEE II and TOPSIS with certain ratings and one tier; the
 * JavaScript loop does the rest, and everything where WebAssembly is unavailable.
 */
interface Exports {
  readonly memory: WebAssembly.Memory;
  configure(
    n: number,
    m: number,
    kind: number,
    model: number,
    seed: number,
    rejections: number,
    block: number,
    flags: number,
  ): number;
  pointer(region: number): number;
  setV(v: number): void;
  clear(): void;
  run(start: number, end: number): number;
}

/** Per criterion, the min-max span sampled ratings are normalized over (see `boundedMinMax`). */
export interface RatingSpans {
  readonly scale: Float64Array;
  readonly lo: Float64Array;
  readonly hi: Float64Array;
  readonly range: Float64Array;
  readonly benefit: Int32Array;
}

/**
 * What the WebAssembly loop scores: Σ_j w_j A_ij (`linear`; with `ratings`, A can be rebuilt from
 * sampled ratings), or TOPSIS closeness from squared gaps.
 */
export type WasmScore =
  | { readonly kind: "linear"; readonly matrix: Float64Array; readonly ratings?: RatingSpans }
  | { readonly kind: "closeness"; readonly toBest: Float64Array; readonly toWorst: Float64Array }
  | { readonly kind: "compromise"; readonly gap: Float64Array; readonly v: number };

/** Runs samples [start, end) into a zeroed tally; returns false when the weight intervals are too narrow. */
export type WasmBlock = (start: number, end: number, tally: Tally) => boolean;

const Region = {
  a: 0,
  b: 1,
  fixed: 3,
  low: 4,
  high: 5,
  order: 6,
  rank: 7,
  wins: 8,
  ties: 9,
  central: 10,
  shared: 12,
  valLow: 13,
  valHigh: 14,
  colScale: 15,
  colLo: 16,
  colHi: 17,
  colRange: 18,
  benefit: 19,
  offsets: 20,
  tiers: 21,
};

const decode = (base64: string): Uint8Array<ArrayBuffer> => {
  const text = atob(base64);
  const bytes = new Uint8Array(text.length);
  for (let k = 0; k < text.length; k++) bytes[k] = text.charCodeAt(k);
  return bytes;
};

/** The compiled module; null where it cannot be had; undefined before the first try. */
let compiled: WebAssembly.Module | null | undefined;
let compiling: Promise<void> | undefined;

/** Compiles in the background (browsers refuse large synchronous compiles on the main thread). */
const compileAsync = (): Promise<void> =>
  (compiling ??= WebAssembly.compile(decode(SMAA_WASM)).then(
    (module) => void (compiled = module),
    () => void (compiled = null),
  ));

/**
 * The compiled module, or undefined where WebAssembly (with SIMD) is unavailable, or while a
 * browser's main thread, which refuses to compile synchronously, compiles it in the background.
 * Compiled once per thread.
 */
const wasmModule = (): WebAssembly.Module | undefined => {
  if (compiled === undefined && !compiling) {
    if (typeof WebAssembly === "undefined") compiled = null;
    else {
      try {
        compiled = new WebAssembly.Module(decode(SMAA_WASM));
      } catch {
        void compileAsync();
      }
    }
  }
  return compiled ?? undefined;
};

/**
 * Resolves when the module is compiled or known to be unavailable: the asynchronous entry points
 * wait for it, so that they run in WebAssembly even where a first synchronous compile was refused.
 */
export const wasmReady = async (): Promise<void> => {
  wasmModule();
  if (compiled === undefined && compiling) await compiling;
};

/** Adds a block's tallies into the caller's (which may hold earlier blocks' whole counts). */
const addInto = (into: Float64Array, from: Float64Array): void => {
  for (let k = 0; k < from.length; k++) {
    const x = from[k]!;
    if (x !== 0) into[k] = into[k]! + x;
  }
};

const modelCode = { simplex: 0, intervals: 1, ordinal: 2, fixed: 3 } as const;

/** The problem a WebAssembly loop runs: its shape, scores, weight model and seed. */
export interface WasmProblem {
  readonly rows: number;
  readonly columns: number;
  readonly score: WasmScore;
  readonly model: WeightModel;
  readonly fixedWeights: Float64Array;
  readonly seed: number;
  readonly rejections: number;
  /** The most samples one call runs (a block). */
  readonly block: number;
  /** Rating intervals (row-major ends, equal where certain), when ratings are sampled. */
  readonly ratings?: { readonly low: Float64Array; readonly high: Float64Array };
  /** A lower tier ranks first whatever the scores. */
  readonly tiers?: Int32Array;
  /** Added to the scores. */
  readonly offsets?: Float64Array;
}

/** Copies a row-major rows × columns matrix into the kernel's column-major layout, rows padded to even. */
const transpose = (from: Float64Array, to: Float64Array, rows: number, columns: number): void => {
  const padded = (rows + 1) & ~1;
  for (let i = 0; i < rows; i++)
    for (let j = 0; j < columns; j++) to[j * padded + i] = from[i * columns + j]!;
};

/** A WebAssembly block runner for this problem, or undefined when WebAssembly is unavailable. */
export const makeWasmBlock = (p: WasmProblem): WasmBlock | undefined => {
  const module = wasmModule();
  const spans = p.score.kind === "linear" ? p.score.ratings : undefined;
  // Places are kept as bytes: more than 255 options go the JavaScript way; so do sampled ratings
  // the kernel cannot normalize itself.
  if (!module || p.rows > 255 || (p.ratings && !spans)) return undefined;
  const x = new WebAssembly.Instance(module, {}).exports as unknown as Exports;
  const { rows: n, columns: m } = p;
  const kind = { linear: 0, closeness: 1, compromise: 2 }[p.score.kind];
  const flags = (p.ratings ? 1 : 0) | (p.tiers ? 2 : 0) | (p.offsets ? 4 : 0);
  if (x.configure(n, m, kind, modelCode[p.model.kind], p.seed | 0, p.rejections, p.block, flags) !== 0)
    return undefined;
  const padded = (n + 1) & ~1;
  // Views are made after configure, which may grow (and so replace) the memory's buffer.
  const f64 = (region: number, length: number) =>
    new Float64Array(x.memory.buffer, x.pointer(region), length);
  if (p.score.kind === "linear") transpose(p.score.matrix, f64(Region.a, m * padded), n, m);
  else if (p.score.kind === "compromise") {
    transpose(p.score.gap, f64(Region.a, m * padded), n, m);
    x.setV(p.score.v);
  } else {
    transpose(p.score.toBest, f64(Region.a, m * padded), n, m);
    transpose(p.score.toWorst, f64(Region.b, m * padded), n, m);
  }
  f64(Region.fixed, m).set(p.fixedWeights);
  if (p.model.kind === "intervals") {
    f64(Region.low, m).set(p.model.bounds.map((b) => b[0]));
    f64(Region.high, m).set(p.model.bounds.map((b) => b[1]));
  }
  if (p.model.kind === "ordinal")
    new Int32Array(x.memory.buffer, x.pointer(Region.order), m).set(p.model.order);
  if (p.ratings && spans) {
    f64(Region.valLow, n * m).set(p.ratings.low);
    f64(Region.valHigh, n * m).set(p.ratings.high);
    f64(Region.colScale, m).set(spans.scale);
    f64(Region.colLo, m).set(spans.lo);
    f64(Region.colHi, m).set(spans.hi);
    f64(Region.colRange, m).set(spans.range);
    new Int32Array(x.memory.buffer, x.pointer(Region.benefit), m).set(spans.benefit);
  }
  if (p.tiers) f64(Region.tiers, n).set(p.tiers);
  if (p.offsets) f64(Region.offsets, n).set(p.offsets);
  const rank = f64(Region.rank, n * n);
  const shared = f64(Region.shared, n * n);
  const wins = f64(Region.wins, n * n);
  const ties = f64(Region.ties, n * n);
  const central = f64(Region.central, n * m);
  return (start, end, tally) => {
    // The kernel keeps one byte per option and sample of a block: it runs one block at a time.
    if (end - start > p.block)
      throw new RangeError(`at most ${p.block} samples per call, got ${end - start}`);
    x.clear();
    if (x.run(start, end) !== 0) return false;
    addInto(tally.rank, rank);
    addInto(tally.shared, shared);
    addInto(tally.wins, wins);
    addInto(tally.ties, ties);
    addInto(tally.central, central);
    return true;
  };
};
