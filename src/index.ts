// The public API of policy-matrix, and nothing else.

// Errors
export { PolicyMatrixError, type ErrorCode, type ErrorIssue } from "./errors";
export { either } from "./either";

// Domain model (zod schemas; each type is inferred from its schema)
export { Id, Text, IsoDate } from "./model/id";
export { Evidence } from "./model/evidence";
export { Source } from "./model/source";
export { Criterion, Direction, Scale } from "./model/criterion";
export { Rating, RatingCase, Basis } from "./model/rating";
export { Condition, StateIn, Consequences, Requirement } from "./model/requirement";
export { Precondition, PreconditionState, DocumentedState } from "./model/precondition";
export { Risk, RiskExposure, RiskModifier } from "./model/risk";
export { Option, Stance } from "./model/option";
export { Perspective, Beliefs, RatingBelief, RiskBelief, BeliefBasis } from "./model/perspective";
export { Catalog, Omission, type CatalogInput } from "./model/catalog";
export {
  Assumptions,
  PerspectiveChoice,
  RatingOverride,
  RiskOverride,
  type AssumptionsInput,
} from "./model/assumptions";
export { Preset, PresetState } from "./model/preset";
export { loadCatalog, loadCatalogJson } from "./model/load-catalog";
export { conditionSyntax, parseCondition } from "./model/condition-syntax";
export {
  loadCatalogWorkbook,
  loadCatalogCsv,
  loadCatalogTables,
  catalogSheets,
  catalogTemplateSheets,
  catalogCsv,
  type RawTable,
  type RawCell,
  type CatalogSheetsOptions,
  type SourceTexts,
} from "./sheets/catalog-workbook";
export { verifyEvidence, type EvidenceReport, type EvidenceMiss } from "./model/verify-evidence";

// The built-in catalog
export { builtinCatalog } from "./catalog/index";

// Feasibility
export { evaluateCondition, type ConditionResult, type PreconditionStates } from "./feasibility/condition";
export { assessFeasibility, type Feasibility, type RequirementCheck } from "./feasibility/assess";
export { documentedStates } from "./feasibility/documented-states";

// Matrix
export {
  buildMatrix,
  type PolicyMatrix,
  type MatrixCell,
  type MatrixChoice,
  type CatalogRating,
  type AppliedPenalty,
} from "./matrix/build-matrix";
export { assessRisks, type AppliedRisk, type LikelihoodShift } from "./matrix/risks";
export { normalizations, type Normalization } from "./matrix/normalize";

// Methods: the numeric core
export { DecisionProblem } from "./methods/problem";
export { MethodOptions, methodNames, type MethodName } from "./methods/method-options";
export { scoreMatrix, type ScoreResult } from "./methods/score-matrix";
export { wsm, wpm, topsis, vikor, promethee2, normalizeMatrix } from "./methods/public";
export { compareMethods, type MethodComparison, type MethodAgreement } from "./methods/compare-methods";
export { spearman, kendall } from "./methods/rank-correlation";
export { compareMethodsOn, type CatalogMethodComparison } from "./methods/compare-methods-catalog";
export { rankScores, TIE_TOLERANCE, type Ranking } from "./methods/ranking";
export { preferenceFunctions, type PreferenceFunction } from "./methods/promethee";
export type { Explanation } from "./methods/explanation";

// Scenario and comparison
export {
  resolveAssumptions,
  type ResolvedAssumptions,
  type ResolvedRating,
  type ResolvedRiskOverride,
} from "./scenario/resolve";
export {
  withAssumptions,
  setPrecondition,
  setWeight,
  scaleWeight,
  overrideRating,
  type AssumptionsDraft,
} from "./scenario/builders";
export {
  comparePerspectives,
  perspectivePairs,
  type PerspectiveComparison,
  type PerspectivePair,
} from "./scenario/perspectives";
export { escalationLadder, leastEscalatory, type Rung, type Bar } from "./scenario/ladder";
export {
  diff,
  topOptions,
  sameOptions,
  type ComparisonDiff,
  type OptionMove,
  type Driver,
  type AssumptionChange,
} from "./scenario/diff";
export { assumptionsJsonSchema } from "./scenario/schema";
export { timeline, type TimelineStep, type StateMove } from "./scenario/timeline";
export {
  discover,
  discoverShard,
  mergeDiscovery,
  type DiscoveryShard,
  type Discovery,
  type DiscoveryTarget,
  type DiscoverySpace,
  type WeightSpace,
  type ClaimTarget,
  type DiscoverOptions,
  type DiscoveryRule,
  type DecisiveAssumption,
} from "./discovery/discover";
export {
  peel,
  paste,
  insideBox,
  fullBox,
  type PrimBox,
  type PrimDimension,
  type PrimLimit,
  type PrimOptions,
} from "./discovery/prim";
export { disagreement, type Disagreement, type DisagreementSource, type Crux } from "./scenario/disagreement";
export { compare } from "./comparison/compare";
export type { Comparison, ComparisonRow, CriterionContribution, PerspectiveUsed } from "./comparison/types";

// Uncertainty
export {
  smaa,
  smaaSync,
  smaaShard,
  mergeSmaa,
  finalizeSmaa,
  type SmaaControl,
  type SmaaProgress,
} from "./uncertainty/smaa";
export {
  SmaaProblem,
  SmaaOptions,
  type SmaaOptionsInput,
  type SampleRange,
} from "./uncertainty/smaa-options";
export { FEW_SAMPLES, type SmaaResult } from "./uncertainty/finalize";
export type { SmaaAccumulator } from "./uncertainty/accumulator";
export { WeightModel } from "./uncertainty/smaa-options";
export { RandomStream } from "./uncertainty/random";
export {
  smaaCompare,
  smaaCompareSync,
  comparisonSmaaProblem,
  type ComparisonSmaa,
  type ComparisonSmaaProblem,
} from "./uncertainty/smaa-comparison";

// Sensitivity
export { weightStability, STABILITY_TOLERANCE, type WeightStability } from "./sensitivity/stability";
export { breakEven, type BreakEven } from "./sensitivity/break-even";
export { tornado, type TornadoBar, type TornadoEnd } from "./sensitivity/tornado";
export {
  stabilityCompare,
  tornadoCompare,
  breakEvenCompare,
  type CriterionStability,
  type CriterionTornadoBar,
} from "./sensitivity/comparison";

// Reports
export { renderTable, type Table, type TableFormat } from "./report/table";
export {
  comparisonTable,
  renderComparison,
  formatNumber,
  readableNumber,
  topText,
} from "./report/comparison-table";
export { explainOption } from "./report/explain-row";
export { catalogMarkdown } from "./report/catalog-markdown";
export { diffTable, renderDiff, describeAssumption, describeMove } from "./report/diff-table";
export { perspectivesTable, perspectivePairsTable, renderPerspectives } from "./report/perspectives-table";
export { smaaTable, renderSmaa } from "./report/smaa-table";
export { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./report/charts/spec";
export { chartCaption } from "./report/charts/caption";
export { heatmapSpec, contributionsSpec, ladderSpec } from "./report/charts/comparison-charts";
export { acceptabilitySpec, stabilitySpec, tornadoSpec } from "./report/charts/uncertainty-charts";
export { timelineSpec } from "./report/charts/timeline-chart";
export { trajectorySpec, decisiveSpec, boxSpec, disagreementSpec } from "./report/charts/discovery-charts";
export { timelineTable, renderTimeline } from "./report/timeline-table";
export { disagreementTable, renderDisagreement, describeCrux } from "./report/disagreement-table";
export { brief, type BriefOptions } from "./report/brief";
export {
  workbook,
  comparisonSheets,
  smaaSheets,
  disagreementSheet,
  discoverySheets,
  assumptionsSheet,
  methodsSheets,
  stabilitySheet,
  tornadoSheet,
  perspectivesSheets,
  type WorkbookSheet,
  type WorkbookCell,
} from "./report/workbook";
export { discoveryTable, decisiveTable, renderDiscovery } from "./report/discovery-table";
export { renderSvg } from "./report/charts/render-svg";
export {
  methodsTable,
  agreementTable,
  stabilityTable,
  tornadoTable,
  renderAnalysis,
} from "./report/analysis-tables";
