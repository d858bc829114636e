import type { Evidence } from "../model/evidence";
import type { Rating } from "../model/rating";
import type { Condition } from "../model/requirement";

// Small constructors that keep the catalog files readable. They build plain data only.

/** A verbatim quote from a source. */
export const quote = (source: string, text: string, speaker?: string): Evidence =>
  speaker === undefined ? { source, quote: text } : { source, quote: text, speaker };

/** An analyst's rating: value, interval, rationale, and the quotes it rests on (may be none). */
export const judged = (
  value: number,
  interval: readonly [number, number],
  rationale: string,
  evidence: readonly Evidence[] = [],
): Rating => ({
  value,
  interval: [interval[0], interval[1]],
  rationale,
  evidence: [...evidence],
  analystJudgment: true,
});

/** The precondition is in one of these states. */
export const stateIn = (precondition: string, ...states: string[]): Condition => ({
  op: "in",
  precondition,
  states,
});

/** The condition does not hold. */
export const not = (of: Condition): Condition => ({ op: "not", of });
