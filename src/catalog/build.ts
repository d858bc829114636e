import type { z } from "zod";
import type { Evidence } from "../model/evidence";
import type { RatingBelief, RiskBelief } from "../model/perspective";
import type { PresetState } from "../model/preset";
import type { Rating, RatingCase } from "../model/rating";
import type { Condition } from "../model/requirement";

// Small constructors that keep the catalog files readable. They build plain data only.

/** A verbatim quote from a source: the source's own words, or `speaker`'s when the source quotes them directly. */
export const quote = (source: string, text: string, speaker?: string): Evidence =>
  speaker === undefined ? { source, quote: text } : { source, quote: text, speaker };

/** A verbatim quote in which the source reports, in its own words, what `attributedTo` said or thinks. */
export const reported = (source: string, text: string, attributedTo: string): Evidence => ({
  source,
  quote: text,
  attributedTo,
});

type RatingInput = z.input<typeof Rating>;
type CaseInput = z.input<typeof RatingCase>;
type Interval = readonly [number, number];

const rating =
  (basis: RatingInput["basis"]) =>
  (
    value: number,
    interval: Interval,
    rationale: string,
    evidence: readonly Evidence[] = [],
  ): RatingInput => ({
    value,
    interval: [interval[0], interval[1]],
    rationale,
    basis,
    evidence: [...evidence],
  });

/** A rating a quote supports as it stands, read in its paragraph. */
export const documented = rating("documented");
/** The analyst's reading of the documents, with the quotes it rests on. */
export const inferred = rating("inference");
/** Knowledge from outside the documents; the rationale says what. */
export const background = rating("background");

/** The rating under other precondition states: the option's own, with cases that replace it while `when` holds. */
export const withCases = (own: RatingInput, ...cases: CaseInput[]): RatingInput => ({ ...own, cases });

/** A case: this rating while `when` holds (the first case that holds applies). */
export const under = (when: Condition, r: RatingInput): CaseInput => {
  const { cases, ...fields } = r;
  return { when, ...fields };
};

/** An actor's rating of an option on a criterion, from its own words. */
export const believes = (
  option: string,
  criterion: string,
  r: RatingInput,
  when?: Condition,
): z.input<typeof RatingBelief> => ({
  option,
  criterion,
  ...(when ? { when } : {}),
  value: r.value,
  ...(r.interval ? { interval: r.interval } : {}),
  rationale: r.rationale,
  basis: r.basis === "documented" ? "documented" : "inference",
  evidence: r.evidence ?? [],
});

/** An actor's likelihood (and severity) of a risk for an option, from its own words. */
export const expects = (
  risk: string,
  option: string,
  likelihood: number,
  rationale: string,
  basis: RiskBelief["basis"],
  evidence: Evidence[],
): z.input<typeof RiskBelief> => ({ risk, option, likelihood, rationale, basis, evidence });

/** A precondition's state in a preset or an actor's argued conditions, why, and the quotes. */
export const set = (state: string, rationale: string, ...evidence: Evidence[]): PresetState => ({
  state,
  rationale,
  evidence,
});

/** The precondition is in one of these states. */
export const stateIn = (precondition: string, ...states: string[]): Condition => ({
  op: "in",
  precondition,
  states,
});

/** The condition does not hold. */
export const not = (of: Condition): Condition => ({ op: "not", of });

/** Every condition holds. */
export const allOf = (...of: Condition[]): Condition => ({ op: "all", of });
