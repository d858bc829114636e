import type { Perspective } from "../model/perspective";
import { quote } from "./build";

const w = (
  drugFlow: number,
  capability: number,
  speed: number,
  sovereignty: number,
  escalation: number,
  civilians: number,
  legal: number,
  resources: number,
  durability: number,
): Record<string, number> => ({
  "drug-flow": drugFlow,
  "cartel-capability": capability,
  speed,
  "sovereignty-cost": sovereignty,
  "escalation-risk": escalation,
  "civilian-harm": civilians,
  "legal-exposure": legal,
  "resource-cost": resources,
  durability,
});

/**
 * Weight profiles for actors in the documents. The weights are analyst judgments of each actor's
 * stated emphasis; the quotes are what the judgment rests on.
 */
export const perspectives: Perspective[] = [
  {
    id: "milley",
    name: "Consent first, by, with and through",
    actor: "Gen. Mark Milley",
    weights: w(2, 1, 1, 3, 3, 2, 2, 2, 3),
    rationale: "Weighs the relationship, escalation and lasting partner capacity above quick effect.",
    evidence: [
      quote(
        "milley-2023",
        "I would not recommend doing anything without the support and the approval of the Mexican government, because that would just lead to something worse than what you already have.",
        "Mark Milley",
      ),
      quote(
        "milley-2023",
        "The drug trafficking trade is fundamentally a law enforcement issue. It's a crime",
        "Mark Milley",
      ),
    ],
  },
  {
    id: "heritage",
    name: "Border security first, escalating scale",
    actor: "Heritage Foundation (Greenway, Martínez-Fernández, Beaver)",
    weights: w(3, 3, 3, 1, 1, 1, 1, 2, 2),
    rationale:
      "Weighs effect and speed against a 'catastrophic threat'; accepts sovereignty cost as leverage; minds readiness.",
    evidence: [
      quote(
        "heritage-2025",
        "unilateral U.S. military action may be necessary to prompt cooperation from a resistant Mexican government or otherwise contain the cartel threat",
      ),
      quote("heritage-2025", "demands for limited U.S. military resources are substantial"),
    ],
  },
  {
    id: "dea-maltz",
    name: "Hit the labs and the leaders",
    actor: "Derek S. Maltz and DEA officials",
    weights: w(3, 4, 3, 0.5, 1, 1, 0.5, 1, 1),
    rationale:
      "Weighs damage to cartel capability and drug flow; little weight on sovereignty or legal objections.",
    evidence: [
      quote(
        "analysis-2025",
        "in favor of hitting the production labs and command control leaders in Mexico",
        "Derek S. Maltz",
      ),
      quote("analysis-2025", "DEA officials suggested both targeted killings of cartel leadership"),
    ],
  },
  {
    id: "bi-experts",
    name: "Non-kinetic first; raids make it worse",
    actor: "Business Insider's experts (SOF operator, Hoffman, Correa-Cabrera, Gallaher, Livermore)",
    weights: w(2, 1, 1, 2, 3, 3, 1, 1, 3),
    rationale:
      "Weighs escalation, civilian harm and durability: killing leaders backfires and the effort takes a generation.",
    evidence: [
      quote("bi-2025", "It's only going to make things worse."),
      quote(
        "bi-2025",
        "Violence against cartels could trigger a humanitarian crisis and spur more immigration to the US",
        "Guadalupe Correa-Cabrera",
      ),
      quote("bi-2025", "It's not done in a short amount of time; it takes consistent effort and partnership"),
    ],
  },
  {
    id: "sheinbaum",
    name: "Sovereignty: cooperation, no invasion",
    actor: "Claudia Sheinbaum's government",
    weights: w(1, 1, 1, 5, 3, 3, 2, 0, 2),
    rationale: "Sovereignty above all; cooperation yes, foreign troops no.",
    evidence: [
      quote(
        "wapo-2025",
        "We cooperate, we collaborate, but there will be no invasion. We’re ruling this out, absolutely.",
        "Claudia Sheinbaum",
      ),
      quote("wapo-2025", "This has nothing to do with Mexican territory", "Claudia Sheinbaum"),
    ],
  },
  {
    id: "kaine",
    name: "Legal authority and Congress",
    actor: "Sen. Tim Kaine",
    weights: w(2, 1, 1, 2, 2, 2, 5, 1, 2),
    rationale: "Legal authority first, then the relationships a lawless strike would destroy.",
    evidence: [
      quote(
        "wapo-2025",
        "without consulting Congress, notifying the American people, or any legal authority to launch strikes within the sovereign territory of our neighbors",
        "Tim Kaine",
      ),
    ],
  },
];
