// policy-matrix/testing: fast-check arbitraries, invariants and claims for property-testing
// assumptions. fast-check is a peer dependency of this entry point only.
export { simplexWeights, intervalWeights, orderedWeights } from "./weights";
export { decisionProblems, methods, type ProblemShape } from "./problems";
export {
  preconditionStates,
  criterionWeights,
  ratingsWithinIntervals,
  assumptionsFor,
  scenarioPairs,
  type AssumptionsShape,
  type ScenarioPair,
} from "./assumptions";
export { catalogs, brokenCatalogs, type BrokenCatalog } from "./catalogs";
export {
  findDominanceViolation,
  findMonotonicityViolation,
  findZeroWeightDependence,
  findFeasibilityGatingViolation,
  findTopInstability,
  type Counterexample,
} from "./invariants";
export {
  alwaysRanksAbove,
  neverFeasibleWhen,
  topOptionIn,
  defineClaim,
  checkClaim,
  ClaimFailure,
  differingFromDefaults,
  type Claim,
  type ClaimCheck,
} from "./claims";
