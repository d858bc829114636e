import { parseCatalog, parseCatalogJson } from "./model/load-catalog";
import { compareEither } from "./comparison/compare";
import { scoreMatrixEither } from "./methods/score-matrix";
import { compareMethodsEither } from "./methods/compare-methods";
import { resolveAssumptionsEither } from "./scenario/resolve";
import { comparePerspectivesEither } from "./scenario/perspectives";
import { leastEscalatoryEither } from "./scenario/ladder";
import { smaaEither, smaaSyncEither, smaaShardEither, finalizeSmaaEither } from "./uncertainty/smaa";
import { mergeSmaaEither } from "./uncertainty/accumulator";
import { weightStabilityEither } from "./sensitivity/stability";
import { breakEvenEither } from "./sensitivity/break-even";
import { tornadoEither } from "./sensitivity/tornado";
import { renderSvgEither } from "./report/charts/render-svg";
import {
  stabilityCompareEither,
  tornadoCompareEither,
  breakEvenCompareEither,
} from "./sensitivity/comparison";
import {
  smaaCompareEither,
  smaaCompareSyncEither,
  comparisonSmaaProblemEither,
} from "./uncertainty/smaa-comparison";

/**
 * Every fallible entry point, returning an fp-ts `Either<PolicyMatrixError, A>` instead of
 * throwing. Same names, same arguments as the throwing versions.
 *
 * @example
 * ```ts
 * const result = either.compare(builtinCatalog(), { weights: { cost: 1 } });
 * result._tag; // "Left"
 * result.left.message; // "assumptions.weights.cost: unknown criterion 'cost' (known: drug-flow, cartel-capability, speed, sovereignty-cost, escalation-risk, civilian-harm, legal-exposure, resource-cost, durability)"
 * ```
 */
export const either = Object.freeze({
  compare: compareEither,
  scoreMatrix: scoreMatrixEither,
  compareMethods: compareMethodsEither,
  loadCatalog: parseCatalog,
  loadCatalogJson: parseCatalogJson,
  resolveAssumptions: resolveAssumptionsEither,
  comparePerspectives: comparePerspectivesEither,
  leastEscalatory: leastEscalatoryEither,
  smaa: smaaEither,
  smaaSync: smaaSyncEither,
  smaaShard: smaaShardEither,
  mergeSmaa: mergeSmaaEither,
  finalizeSmaa: finalizeSmaaEither,
  smaaCompare: smaaCompareEither,
  smaaCompareSync: smaaCompareSyncEither,
  comparisonSmaaProblem: comparisonSmaaProblemEither,
  weightStability: weightStabilityEither,
  breakEven: breakEvenEither,
  tornado: tornadoEither,
  stabilityCompare: stabilityCompareEither,
  tornadoCompare: tornadoCompareEither,
  breakEvenCompare: breakEvenCompareEither,
  renderSvg: renderSvgEither,
});
