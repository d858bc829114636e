import type { Explanation } from "../methods/explanation";

/** What the per-criterion contribution means under each method. */
export const contributionMeaning: Readonly<Record<Explanation["kind"], string>> = {
  wsm: "weight share × normalized rating; the contributions sum to the score",
  wpm: "weight × ln(ratio to the best rating, ratings shifted up by a tenth of their scale); the contributions sum to ln(score)",
  topsis: "weighted normalized rating (higher is better); the score is the relative closeness to the ideal",
  vikor: "−weight × normalized regret; the contributions sum to −S (the group regret)",
  promethee2: "the criterion's share of the net flow; the contributions sum to the score",
};

/** The per-criterion contributions of option i, in the terms of its method. */
export const contributionsOf = (e: Explanation, i: number): readonly number[] => {
  switch (e.kind) {
    case "wsm":
    case "wpm":
      return e.contributions[i]!;
    case "topsis":
      return e.weighted[i]!;
    case "vikor":
      return e.regret[i]!.map((term) => -term);
    case "promethee2":
      return e.netFlowByCriterion[i]!;
  }
};
