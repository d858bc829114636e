import type { z } from "zod";
import type { Criterion } from "../model/criterion";

type CriterionInput = z.input<typeof Criterion>;

const unipolar = (low: string, high: string) => ({ min: 0, max: 10, low, high });
// A bipolar scale: the documents' actors disagree on the sign of these effects, not only the size.
const bipolar = (low: string, high: string) => ({ min: -5, max: 5, low, high });

/**
 * Ten criteria: five on the effect side (benefits: more is better) and five on the cost side
 * (costs: more is worse), each with a default weight of 1, so that before any judgment the two
 * sides have an equal say. The effect side covers what each side of the debate argues about: drug
 * flow and cartel capability (the DEA's and the administration's aims), border security and
 * migration (Heritage's central objective; Correa-Cabrera's warning of refugee flows), Mexico's own
 * role against the cartels (Heritage's end state and claimed leverage, Milley's 'by, with, and
 * through', the experts' 'consistent effort and partnership', the relationship Kaine says a strike
 * would destroy), and time to effect. The cost side: sovereignty, escalation, civilians, law,
 * resources. Each consequence has one home: cooperation won or lost counts under Mexico's role, not
 * under sovereignty; refugee flows count under border security, harm to civilians themselves under
 * civilian harm. Risk burden is reported per option from the stated risks, beside these criteria.
 */
export const criteria: CriterionInput[] = [
  {
    id: "drug-flow",
    name: "Effect on drug flow",
    direction: "benefit",
    description:
      "How much the option would reduce the flow of fentanyl and other drugs into the United States.",
    scale: unipolar("no measurable effect", "large reduction"),
  },
  {
    id: "cartel-capability",
    name: "Effect on cartel capability",
    direction: "benefit",
    description:
      "Whether the option degrades the cartels' money, leadership, production, weapons and reach (positive) or leaves them fragmented, more violent and wider in reach (negative).",
    scale: bipolar("cartels strengthened or spread", "severe degradation"),
  },
  {
    id: "border-security",
    name: "Effect on border security and migration",
    direction: "benefit",
    description:
      "Whether the option makes the U.S. southern border more secure against drugs, smuggling and illegal crossings (positive) or drives new refugee and migrant flows toward it (negative).",
    scale: bipolar("new flows toward the border", "much more secure border"),
  },
  {
    id: "mexican-role",
    name: "Mexico's own role against the cartels",
    direction: "benefit",
    description:
      "Whether the option leaves Mexico more willing and able to confront the cartels itself, with its cooperation and capacity growing (positive), or less, with cooperation lost (negative). A lasting effect needs this.",
    scale: bipolar("cooperation lost", "Mexico takes the lead"),
  },
  {
    id: "speed",
    name: "Time to effect",
    direction: "benefit",
    description:
      "How soon the option would show a first effect (10: within weeks; 0: a generation). Whether the effect lasts is a matter of the other criteria, Mexico's own role above all.",
    scale: unipolar("a generation or more", "within weeks"),
  },
  {
    id: "sovereignty-cost",
    name: "Sovereignty and diplomatic cost",
    direction: "cost",
    description:
      "The affront to Mexican sovereignty and the diplomatic and trade fallout with the top U.S. trading partner (cooperation itself counts under Mexico's own role).",
    scale: unipolar("none", "rupture"),
  },
  {
    id: "escalation-risk",
    name: "Escalation risk",
    direction: "cost",
    description:
      "Risk that the option starts a spiral of violence or confrontation with cartels or the Mexican state.",
    scale: unipolar("none", "open conflict likely"),
  },
  {
    id: "civilian-harm",
    name: "Civilian harm",
    direction: "cost",
    description: "Expected harm to Mexican and U.S. civilians: deaths, injuries, communities displaced.",
    scale: unipolar("none", "mass casualties and displacement"),
  },
  {
    id: "legal-exposure",
    name: "Legal exposure",
    direction: "cost",
    description:
      "How far the option rests on contested or missing legal authority: U.S. law above all; where a rating weighs international law (a host's consent), its rationale says so.",
    scale: unipolar("clear authority", "no recognised authority"),
  },
  {
    id: "resource-cost",
    name: "Cost and readiness drain",
    direction: "cost",
    description:
      "Money, forces and attention the option takes, and the readiness it draws from other theaters.",
    scale: unipolar("negligible", "major, lasting drain"),
  },
];
