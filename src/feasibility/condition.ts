import type { Condition } from "../model/requirement";

/** The state of each precondition, by id. */
export type PreconditionStates = Readonly<Record<string, string>>;

/** Whether a condition holds, and a sentence saying why. */
export interface ConditionResult {
  readonly holds: boolean;
  readonly explanation: string;
}

const list = (states: readonly string[]): string =>
  states.length === 1 ? `'${states[0]}'` : `one of ${states.map((s) => `'${s}'`).join(", ")}`;

/**
 * Evaluates a condition under precondition states. `all` of nothing holds, `any` of nothing does
 * not; a precondition missing from `states` is in no state, so `in` does not hold for it.
 *
 * @example
 * ```ts
 * const consent = { op: "in", precondition: "mexican-consent", states: ["joint-approval"] };
 * evaluateCondition(consent, { "mexican-consent": "opposed" }).holds; // false
 * evaluateCondition({ op: "not", of: consent }, { "mexican-consent": "opposed" }).holds; // true
 * ```
 */
export const evaluateCondition = (condition: Condition, states: PreconditionStates): ConditionResult => {
  switch (condition.op) {
    case "in": {
      const actual = states[condition.precondition];
      const holds = actual !== undefined && condition.states.includes(actual);
      return {
        holds,
        explanation: `${condition.precondition} is '${actual ?? "unset"}' (${holds ? "" : "needs "}${list(condition.states)})`,
      };
    }
    case "not": {
      const inner = evaluateCondition(condition.of, states);
      return { holds: !inner.holds, explanation: `not [${inner.explanation}]` };
    }
    case "all":
    case "any": {
      const parts = condition.of.map((c) => evaluateCondition(c, states));
      const holds = condition.op === "all" ? parts.every((p) => p.holds) : parts.some((p) => p.holds);
      return { holds, explanation: `${condition.op} of [${parts.map((p) => p.explanation).join("; ")}]` };
    }
  }
};
