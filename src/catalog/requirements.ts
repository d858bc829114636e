import type { z } from "zod";
import type { Requirement } from "../model/requirement";
import { not, quote, stateIn } from "./build";

type RequirementInput = z.input<typeof Requirement>;

const milleyConsent = quote(
  "milley-2023",
  "nor operate against cartels there without the express consent of the Mexican government",
);

/** Hard: a Mexican government that has not shut cooperation down (training, intelligence, police work). */
export const willingPartner: RequirementInput = {
  id: "willing-partner",
  description: "The Mexican government takes part (it has not shut down cooperation)",
  condition: not(stateIn("mexican-consent", "opposed")),
  severity: "hard",
  rationale:
    "Partnered options are done 'by, with, and through' Mexican institutions: without a partner there is no option.",
  evidence: [
    quote(
      "milley-2023",
      "I would argue that the best thing that can be done is ‘by, with, and through’ the local governments that are friendly to the United States",
      "Mark Milley",
    ),
  ],
};

/** Hard: Mexico approves joint military action (or asks for it). */
export const jointApproval: RequirementInput = {
  id: "joint-approval",
  description: "Mexico approves joint military action or expressly requests U.S. help",
  condition: stateIn("mexican-consent", "express-request", "joint-approval"),
  severity: "hard",
  rationale: "Joint action is by definition with the Mexican government's approval.",
  evidence: [
    quote(
      "heritage-2025",
      "Joint military action, coordinated with the approval of the Mexican government, is the ideal condition for any direct U.S. action against the cartels on Mexican territory.",
    ),
    milleyConsent,
  ],
};

/** Soft: an invitation from Mexico; without it, unilateral action costs sovereignty and escalates. */
export const invitation = (sovereignty: number, escalation: number): RequirementInput => ({
  id: "mexican-invitation",
  description: "Mexico invites or approves the action",
  condition: stateIn("mexican-consent", "express-request", "joint-approval"),
  severity: "soft",
  consequences: {
    penalties: [
      { criterion: "sovereignty-cost", worsen: sovereignty },
      { criterion: "escalation-risk", worsen: escalation },
    ],
    risks: [],
  },
  rationale:
    "Unilateral action is possible (Heritage contemplates it) but the sources expect worse consequences without an invitation.",
  evidence: [
    quote("bi-2025", "especially if conducted without an invitation from Mexico"),
    quote(
      "milley-2023",
      "I would not recommend doing anything without the support and the approval of the Mexican government, because that would just lead to something worse than what you already have.",
      "Mark Milley",
    ),
    quote(
      "heritage-2025",
      "unilateral U.S. military action may be employed to disrupt cartel activity and prompt cooperation from a resistant Mexican government",
    ),
  ],
});

/** Hard: a presidential directive to use military force. */
export const directive: RequirementInput = {
  id: "presidential-directive",
  description: "The President has directed the use of military force against cartels",
  condition: stateIn("presidential-directive", "signed"),
  severity: "hard",
  rationale: "Direct military action does not start without a decision by the commander in chief.",
  evidence: [
    quote(
      "wapo-2025",
      "The New York Times reported Friday that Trump has signed a “directive” to begin using military force against cartels.",
    ),
  ],
};

const kaine = quote(
  "wapo-2025",
  "without consulting Congress, notifying the American people, or any legal authority to launch strikes within the sovereign territory of our neighbors",
  "Tim Kaine",
);

/** Soft: an AUMF; without one, strikes and raids rest on contested authority. */
export const aumfSoft = (legal: number): RequirementInput => ({
  id: "aumf",
  description: "Congress has enacted an AUMF against the cartels",
  condition: stateIn("aumf", "enacted"),
  severity: "soft",
  consequences: { penalties: [{ criterion: "legal-exposure", worsen: legal }], risks: [] },
  rationale: "Without congressional authorization the legal basis is contested (Kaine: 'lawless').",
  evidence: [kaine],
});

/** Hard: an AUMF, for a large-scale war. */
export const aumfHard: RequirementInput = {
  id: "aumf",
  description: "Congress has enacted an AUMF against the cartels",
  condition: stateIn("aumf", "enacted"),
  severity: "hard",
  rationale: "Analyst judgment: no source contemplates a large-scale ground war without Congress.",
  evidence: [kaine],
};

/** Soft: Mexico not deemed cooperative; lethal force in a 'cooperative' country contradicts the stated line. */
export const notCooperative: RequirementInput = {
  id: "not-cooperative-country",
  description: "The administration does not deem Mexico a 'cooperative' country",
  condition: not(stateIn("cooperative-country", "cooperative")),
  severity: "soft",
  consequences: { penalties: [{ criterion: "sovereignty-cost", worsen: 2 }], risks: [] },
  rationale: "Rubio said lethal force would not be used in cooperative countries, though not ruled out.",
  evidence: [
    quote(
      "analysis-2025",
      "the United States would not use lethal force in “cooperative” countries",
      "Marco Rubio",
    ),
    quote("analysis-2025", "has not ruled out unilateral military attacks in Mexico"),
  ],
};

/** Soft: the FTO designation, which opens terrorism authorities and agencies to the effort. */
export const ftoDesignation = (criterion: string, worsen: number): RequirementInput => ({
  id: "fto-designation",
  description: "Cartels are designated Foreign Terrorist Organizations",
  condition: stateIn("fto-designation", "designated"),
  severity: "soft",
  consequences: { penalties: [{ criterion, worsen }], risks: [] },
  rationale: "The designation brings terrorism authorities, sanctions and more agencies to bear.",
  evidence: [
    quote(
      "wapo-2025",
      "allows us to now target what they’re operating and to use other elements of American power, intelligence agencies, the Department of Defense",
      "Marco Rubio",
    ),
  ],
});
