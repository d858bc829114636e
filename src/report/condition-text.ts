import type { Condition } from "../model/requirement";

/** A condition in words, for reports: `mexican-consent in {limited-cooperation, opposed}`. */
export const conditionText = (c: Condition): string => {
  switch (c.op) {
    case "in":
      return c.states.length === 1
        ? `${c.precondition} = ${c.states[0]}`
        : `${c.precondition} in {${c.states.join(", ")}}`;
    case "not":
      return `not (${conditionText(c.of)})`;
    case "all":
      return c.of.length === 0 ? "always" : c.of.map(conditionText).join(" and ");
    case "any":
      return c.of.length === 0 ? "never" : c.of.map(conditionText).join(" or ");
  }
};
