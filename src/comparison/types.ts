import type { Feasibility, RequirementCheck } from "../feasibility/assess";
import type { AppliedPenalty } from "../matrix/build-matrix";
import type { AppliedRisk } from "../matrix/risks";
import type { MethodOptions } from "../methods/method-options";
import type { Evidence } from "../model/evidence";
import type { ResolvedAssumptions } from "../scenario/resolve";

/** How one criterion entered one option's score. */
export interface CriterionContribution {
  readonly criterion: string;
  /** The rating used (after penalties), on the criterion's scale. */
  readonly value: number;
  readonly interval: readonly [number, number];
  /** The criterion's weight, normalized so that all weights sum to 1. */
  readonly weight: number;
  /** The method's share for this criterion (see `Comparison.contributionMeaning`). */
  readonly contribution: number;
  readonly rationale: string;
  /** True for the catalog's ratings (analyst judgments); false where the user's override replaced it. */
  readonly analystJudgment: boolean;
  /** Set when the user's rating replaced the catalog's. */
  readonly overridden: boolean;
  readonly evidence: readonly Evidence[];
  readonly penalties: readonly AppliedPenalty[];
}

/** One option in a comparison: where it ranks, and why. */
export interface ComparisonRow {
  readonly option: string;
  readonly name: string;
  readonly category: string;
  readonly escalation: number;
  readonly feasible: boolean;
  /** Hard requirements unmet. */
  readonly blockers: readonly RequirementCheck[];
  /** Soft requirements unmet, with the penalties they brought. */
  readonly penalties: readonly RequirementCheck[];
  /** The score the ranking uses: the method's score less any penalty below. */
  readonly score: number;
  /** The method's own score, before penalties. */
  readonly methodScore: number;
  /** Subtracted from the method's score: risk burden (`riskBurden.penalty`) and infeasibility (`penalize`). */
  readonly penalty: { readonly risk: number; readonly infeasible: number };
  /** 1 = best. Feasible options rank before infeasible ones (under `rank-last`). */
  readonly rank: number;
  /** Other options whose score ties with this one (within the stated tolerance). */
  readonly tiedWith: readonly string[];
  readonly contributions: readonly CriterionContribution[];
  /** Method-specific figures for this option (distances for TOPSIS, S/R/Q for VIKOR, flows for PROMETHEE II). */
  readonly detail: Readonly<Record<string, number>>;
  /** Risks that apply, most expected severity first. */
  readonly risks: readonly AppliedRisk[];
  /** Σ likelihood × severity over the risks. */
  readonly riskBurden: number;
  /** Where the documents discuss the option. */
  readonly evidence: readonly Evidence[];
}

/** A scored, explained comparison of a catalog's options under a set of assumptions. */
export interface Comparison {
  readonly catalog: { readonly id: string; readonly version: string };
  readonly assumptions: ResolvedAssumptions;
  readonly method: MethodOptions;
  readonly contributionMeaning: string;
  readonly criteria: readonly {
    readonly id: string;
    readonly name: string;
    readonly direction: "benefit" | "cost";
    readonly weight: number;
    /** The range the criterion's ratings are stated on. */
    readonly scale: { readonly min: number; readonly max: number };
  }[];
  /** Best first. */
  readonly rows: readonly ComparisonRow[];
  /** Options left out (`infeasible: "exclude"`), with why. */
  readonly excluded: readonly Feasibility[];
}
