import type { Feasibility, RequirementCheck } from "../feasibility/assess";
import type { AppliedPenalty } from "../matrix/build-matrix";
import type { AppliedRisk } from "../matrix/risks";
import type { MethodOptions } from "../methods/method-options";
import type { Evidence } from "../model/evidence";
import type { Stance } from "../model/option";
import type { Basis } from "../model/rating";
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
  /**
   * Whose rating this is: the catalog's (`analyst`), a perspective's belief (`perspective`), or
   * the user's override (`user`). Where a perspective is used but does not speak to a rating, the
   * analyst's stands, and this says so.
   */
  readonly ratedBy: "analyst" | "perspective" | "user";
  /** What the rating rests on (see `Basis`; a belief's is `documented` or `inference`); absent for the user's. */
  readonly basis?: Basis;
  /** When the catalog rates the option otherwise under these states: which condition chose the rating. */
  readonly case?: string;
  /** For a perspective's belief or your rating: the analyst's (catalog's) rating it replaces. */
  readonly replaces?: { readonly value: number; readonly basis: Basis };
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
  /** Who argues for or against the option in the documents, with their words. */
  readonly stances: readonly Stance[];
  /** Where the documents discuss the option. */
  readonly evidence: readonly Evidence[];
}

/**
 * The perspective a comparison takes, and how much of it: which parts (`use`), whether its
 * argued conditions were set, and how many ratings and risks are its beliefs; the rest are the
 * analyst's (or the user's).
 */
export interface PerspectiveUsed {
  readonly id: string;
  readonly actor: string;
  readonly use: "values-and-beliefs" | "values" | "beliefs";
  readonly conditions: boolean;
  /** With `conditions`: the states it argues for that the comparison took, by precondition. */
  readonly argued: Readonly<Record<string, string>>;
  /** With `conditions`: the preconditions it argues for whose state the assumptions set otherwise. */
  readonly overridden: readonly string[];
  /** Ratings and risk assessments (of the options compared) that are the perspective's beliefs. */
  readonly beliefs: { readonly ratings: number; readonly risks: number };
  /** Ratings and risk assessments that are the analyst's, because the actor does not speak to them. */
  readonly analyst: { readonly ratings: number; readonly risks: number };
}

/** A scored, explained comparison of a catalog's options under a set of assumptions. */
export interface Comparison {
  readonly catalog: { readonly id: string; readonly version: string };
  readonly assumptions: ResolvedAssumptions;
  readonly method: MethodOptions;
  /** The perspective taken, if any, and how much of the comparison is its own. */
  readonly perspective?: PerspectiveUsed;
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
