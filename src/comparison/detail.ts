import type { Explanation } from "../methods/explanation";

/** Method-specific figures for option i (empty for the additive methods, whose contributions say it all). */
export const detailOf = (e: Explanation, i: number): Record<string, number> => {
  switch (e.kind) {
    case "wsm":
    case "wpm":
      return {};
    case "topsis":
      return { distanceToIdeal: e.distanceToIdeal[i]!, distanceToAntiIdeal: e.distanceToAntiIdeal[i]! };
    case "vikor":
      return { S: e.S[i]!, R: e.R[i]!, Q: e.Q[i]! };
    case "promethee2":
      return { positiveFlow: e.positiveFlow[i]!, negativeFlow: e.negativeFlow[i]! };
  }
};
