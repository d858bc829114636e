/**
 * Why each option scored what it did, in the terms of the method that scored it. Matrices are
 * indexed [option][criterion]; vectors by option (or by criterion for ideal points).
 */
export type Explanation =
  | {
      /** wsm: score = Σ contributions[i][j] = Σ w_j · r_ij on the normalized matrix. */
      readonly kind: "wsm";
      readonly normalized: readonly (readonly number[])[];
      readonly contributions: readonly (readonly number[])[];
    }
  | {
      /** wpm: score = Π r_ij^w_j = exp(Σ contributions[i][j]), r_ij the ratio to the best value (≤ 1). */
      readonly kind: "wpm";
      readonly ratios: readonly (readonly number[])[];
      readonly contributions: readonly (readonly number[])[];
    }
  | {
      /** topsis: score = d⁻ / (d⁺ + d⁻), distances from the weighted normalized matrix to the ideal points. */
      readonly kind: "topsis";
      readonly weighted: readonly (readonly number[])[];
      readonly ideal: readonly number[];
      readonly antiIdeal: readonly number[];
      readonly distanceToIdeal: readonly number[];
      readonly distanceToAntiIdeal: readonly number[];
    }
  | {
      /** vikor: S (group utility), R (individual regret), Q (compromise; lower is better); score = 1 − Q. */
      readonly kind: "vikor";
      readonly v: number;
      /** regret[i][j] = w_j (f*_j − f_ij)/(f*_j − f⁻_j): S is their sum, R their maximum. */
      readonly regret: readonly (readonly number[])[];
      readonly S: readonly number[];
      readonly R: readonly number[];
      readonly Q: readonly number[];
      /** Opricovic's conditions on the option with the lowest Q, and the compromise set they imply. */
      readonly acceptableAdvantage: boolean;
      readonly acceptableStability: boolean;
      readonly compromiseSet: readonly number[];
    }
  | {
      /** promethee2: score = net flow φ = φ⁺ − φ⁻. */
      readonly kind: "promethee2";
      readonly positiveFlow: readonly number[];
      readonly negativeFlow: readonly number[];
      /** Each criterion's share of the net flow: φ_i = Σ_j netFlowByCriterion[i][j]. */
      readonly netFlowByCriterion: readonly (readonly number[])[];
    };

/** What a method returns before ranking: a score per option (higher is better) and why. */
export interface MethodOutput {
  readonly scores: Float64Array;
  readonly explanation: Explanation;
}

/** Copies a row-major Float64Array into rows of plain numbers. */
export const toRows = (values: Float64Array, rows: number, columns: number): number[][] =>
  Array.from({ length: rows }, (_, i) => Array.from(values.subarray(i * columns, (i + 1) * columns)));
