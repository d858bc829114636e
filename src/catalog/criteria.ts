import type { Criterion } from "../model/criterion";

const scale = (low: string, high: string) => ({ min: 0, max: 10, low, high });

/**
 * Nine criteria, each rated 0..10. Benefit criteria: more is better; cost criteria: more is worse.
 * Risk burden is reported per option from the stated risks, beside these criteria.
 */
export const criteria: Criterion[] = [
  {
    id: "drug-flow",
    name: "Effect on drug flow",
    direction: "benefit",
    description:
      "How much the option would reduce the flow of fentanyl and other drugs into the United States.",
    scale: scale("no measurable effect", "large reduction"),
  },
  {
    id: "cartel-capability",
    name: "Effect on cartel capability",
    direction: "benefit",
    description: "How much the option degrades cartels' money, leadership, production, weapons and reach.",
    scale: scale("no effect", "severe degradation"),
  },
  {
    id: "speed",
    name: "Time to effect",
    direction: "benefit",
    description: "How soon the option would show its effect (10: within weeks; 0: a generation).",
    scale: scale("a generation or more", "within weeks"),
  },
  {
    id: "sovereignty-cost",
    name: "Relationship and sovereignty cost",
    direction: "cost",
    description:
      "Damage to the U.S.–Mexico relationship and to Mexican sovereignty: cooperation lost, trade and diplomatic fallout.",
    scale: scale("none", "rupture"),
  },
  {
    id: "escalation-risk",
    name: "Escalation risk",
    direction: "cost",
    description:
      "Risk that the option starts a spiral of violence or confrontation with cartels or the Mexican state.",
    scale: scale("none", "open conflict likely"),
  },
  {
    id: "civilian-harm",
    name: "Civilian harm",
    direction: "cost",
    description: "Expected harm to Mexican and U.S. civilians, displacement and refugee flows included.",
    scale: scale("none", "mass casualties and displacement"),
  },
  {
    id: "legal-exposure",
    name: "Legal exposure",
    direction: "cost",
    description:
      "How far the option rests on contested or missing legal authority, in U.S. and international law.",
    scale: scale("clear authority", "no recognised authority"),
  },
  {
    id: "resource-cost",
    name: "Cost and readiness drain",
    direction: "cost",
    description:
      "Money, forces and attention the option takes, and the readiness it draws from other theaters.",
    scale: scale("negligible", "major, lasting drain"),
  },
  {
    id: "durability",
    name: "Durability",
    direction: "benefit",
    description:
      "Whether the effect lasts without continued U.S. effort (institutions built, capacity left behind).",
    scale: scale("fades at once", "self-sustaining"),
  },
];
