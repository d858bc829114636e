// The twins' types name fp-ts's Either through this import, so that the bundled declarations import
// 'fp-ts/lib/Either.js' (fp-ts has no exports map: Node's ESM resolution needs the extension).
// eslint-disable-next-line @typescript-eslint/no-unused-vars
import type * as E from "fp-ts/lib/Either.js";
import { parseCatalog, parseCatalogJson } from "./model/load-catalog";
import { verifyEvidenceEither } from "./model/verify-evidence";
import { compareEither } from "./comparison/compare";
import { scoreMatrixEither } from "./methods/score-matrix";
import { compareMethodsEither } from "./methods/compare-methods";
import { resolveAssumptionsEither } from "./scenario/resolve";
import { comparePerspectivesEither } from "./scenario/perspectives";
import { leastEscalatoryEither } from "./scenario/ladder";
import { timelineEither } from "./scenario/timeline";
import { briefEither } from "./report/brief";
import { workbookEither } from "./report/workbook";
import { parseConditionEither } from "./model/condition-syntax";
import {
  catalogCsvEither,
  loadCatalogCsvEither,
  loadCatalogTablesEither,
  loadCatalogWorkbookEither,
} from "./sheets/catalog-workbook";
import { catalogSheetsEither } from "./sheets/write-catalog";
import { discoverEither, discoverShardEither, mergeDiscoveryEither } from "./discovery/discover";
import { disagreementEither } from "./scenario/disagreement";
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
 * result.left.message; // "assumptions.weights.cost: unknown criterion 'cost' (known: drug-flow, cartel-capability, border-security, mexican-role, speed, sovereignty-cost, escalation-risk, civilian-harm, legal-exposure, resource-cost)"
 * ```
 */
export const either = Object.freeze({
  /** Either twin of `compare`. */
  compare: compareEither,
  /** Either twin of `scoreMatrix`. */
  scoreMatrix: scoreMatrixEither,
  /** Either twin of `compareMethods`. */
  compareMethods: compareMethodsEither,
  /** Either twin of `loadCatalog`. */
  loadCatalog: parseCatalog,
  /** Either twin of `loadCatalogJson`. */
  loadCatalogJson: parseCatalogJson,
  /** Either twin of `verifyEvidence`. */
  verifyEvidence: verifyEvidenceEither,
  /** Either twin of `resolveAssumptions`. */
  resolveAssumptions: resolveAssumptionsEither,
  /** Either twin of `comparePerspectives`. */
  comparePerspectives: comparePerspectivesEither,
  /** Either twin of `disagreement`. */
  disagreement: disagreementEither,
  /** Either twin of `discover`. */
  discover: discoverEither,
  /** Either twin of `discoverShard`. */
  discoverShard: discoverShardEither,
  /** Either twin of `mergeDiscovery`. */
  mergeDiscovery: mergeDiscoveryEither,
  /** Either twin of `timeline`. */
  timeline: timelineEither,
  /** Either twin of `brief` (a Promise of an Either). */
  brief: briefEither,
  /** Either twin of `workbook` (a Promise of an Either). */
  workbook: workbookEither,
  /** Either twin of `loadCatalogWorkbook` (a Promise of an Either). */
  loadCatalogWorkbook: loadCatalogWorkbookEither,
  /** Either twin of `loadCatalogCsv` (a Promise of an Either). */
  loadCatalogCsv: loadCatalogCsvEither,
  /** Either twin of `loadCatalogTables`. */
  loadCatalogTables: loadCatalogTablesEither,
  /** Either twin of `catalogSheets`. */
  catalogSheets: catalogSheetsEither,
  /** Either twin of `catalogCsv` (a Promise of an Either). */
  catalogCsv: catalogCsvEither,
  /** Either twin of `parseCondition`. */
  parseCondition: parseConditionEither,
  /** Either twin of `leastEscalatory`. */
  leastEscalatory: leastEscalatoryEither,
  /** Either twin of `smaa`. */
  smaa: smaaEither,
  /** Either twin of `smaaSync`. */
  smaaSync: smaaSyncEither,
  /** Either twin of `smaaShard`. */
  smaaShard: smaaShardEither,
  /** Either twin of `mergeSmaa`. */
  mergeSmaa: mergeSmaaEither,
  /** Either twin of `finalizeSmaa`. */
  finalizeSmaa: finalizeSmaaEither,
  /** Either twin of `smaaCompare`. */
  smaaCompare: smaaCompareEither,
  /** Either twin of `smaaCompareSync`. */
  smaaCompareSync: smaaCompareSyncEither,
  /** Either twin of `comparisonSmaaProblem`. */
  comparisonSmaaProblem: comparisonSmaaProblemEither,
  /** Either twin of `weightStability`. */
  weightStability: weightStabilityEither,
  /** Either twin of `breakEven`. */
  breakEven: breakEvenEither,
  /** Either twin of `tornado`. */
  tornado: tornadoEither,
  /** Either twin of `stabilityCompare`. */
  stabilityCompare: stabilityCompareEither,
  /** Either twin of `tornadoCompare`. */
  tornadoCompare: tornadoCompareEither,
  /** Either twin of `breakEvenCompare`. */
  breakEvenCompare: breakEvenCompareEither,
  /** Either twin of `renderSvg`. */
  renderSvg: renderSvgEither,
});
