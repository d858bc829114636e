import type { z } from "zod";
import type { Requirement } from "../model/requirement";
import { inferred, not, stateIn } from "./build";

import { evidence as e } from "./quotes";

type RequirementInput = z.input<typeof Requirement>;

/** Mexico approves or asks for the action: the consent states under which nothing is unilateral. */
export const APPROVED = ["express-request", "joint-approval"];
/** Mexico cooperates but has not approved this action: acting now would act against a partner's stated refusal. */
export const COOPERATING = ["cooperation-no-troops"];
/** Mexico restricts cooperation or opposes any U.S. role: Heritage's 'resistant Mexican government'. */
export const RESISTING = ["limited-cooperation", "opposed"];

/** Mexico restricts security cooperation: the state of Heritage's account of the López Obrador years. */
export const restricted = stateIn("mexican-consent", "limited-cooperation");
// Heritage: cooperation "has rapidly deteriorated"; that it may end is the analyst's inference, and
// the partnership-fragility risk's limited-cooperation modifier counts it. These cases count today's
// yield, the modifier whether cooperation lasts.
const restrictedWhy = [e.amlo];
/** A partnered option's effect on the flow where Mexico restricts cooperation. */
export const restrictedFlow = (value: number) =>
  inferred(
    value,
    [0, value + 2],
    "Where Mexico restricts security cooperation, as Heritage says the López Obrador government did, what works through Mexico's enforcement yields less.",
    restrictedWhy,
  );
/** A partnered option's effect on the cartels where Mexico restricts cooperation. */
export const restrictedCapability = inferred(
  1,
  [0, 2],
  "Where Mexico restricts security cooperation, its government 'accelerated the decline in Mexico's counternarcotics enforcement actions' (Heritage on López Obrador): what works through Mexican arrests yields less.",
  [e.amlo],
);
/** A partnered option's speed where Mexico restricts cooperation. */
export const restrictedSpeed = inferred(
  2,
  [1, 4],
  "Where Mexico restricts security cooperation, as Heritage says the López Obrador government did, the analyst's reading is that what works through it comes slowly; how much it yields counts under drug flow and cartel capability.",
  [e.amlo],
);

/** A partnered option's effect on Mexico's own role where Mexico restricts cooperation. */
export const restrictedRole = inferred(
  1,
  [-1, 3],
  "Where Mexico restricts security cooperation, as Heritage says the López Obrador government did ('substantial new limits on security cooperation with the U.S.'), the option does little for Mexico's own role.",
  restrictedWhy,
);

/** Hard: a Mexican government that has not shut cooperation down (training, intelligence, police work). */
export const willingPartner: RequirementInput = {
  id: "willing-partner",
  description: "The Mexican government takes part (it has not shut down cooperation)",
  condition: not(stateIn("mexican-consent", "opposed")),
  severity: "hard",
  rationale:
    "Partnered options are done 'by, with, and through' Mexican institutions: without a partner there is no option.",
  evidence: [e.byWithThrough],
};

/** Hard: Mexico approves joint military action (or asks for it). */
export const jointApproval: RequirementInput = {
  id: "joint-approval",
  description: "Mexico approves joint military action or expressly requests U.S. help",
  condition: stateIn("mexican-consent", ...APPROVED),
  severity: "hard",
  rationale: "Joint action is by definition coordinated with the Mexican government's approval.",
  evidence: [e.jointIdeal],
};

/**
 * Soft: Mexico's approval. Without it the action is unilateral, and two consequences follow, each
 * counted once: the affront to Mexican sovereignty, here, for every state short of approval; and
 * what it does to Mexico's own cooperation, which depends on the state (a cooperating partner's
 * cooperation is at stake; a resisting one may be pushed, Heritage argues), in each option's
 * mexican-role cases. A hostile response is in the risks (government-response), not in the score.
 */
export const mexicanApproval = (sovereignty: number): RequirementInput => ({
  id: "mexican-approval",
  description: "Mexico approves the action or asks for it",
  condition: stateIn("mexican-consent", ...APPROVED),
  severity: "soft",
  consequences: { penalties: [{ criterion: "sovereignty-cost", worsen: sovereignty }], risks: [] },
  rationale:
    "The affront to sovereignty: Mexico's president opposes any unilateral U.S. military action in her country. (What it does to Mexico's cooperation is rated apart, in the mexican-role cases.)",
  evidence: [e.sheinbaumUnilateral],
});

/** Hard: the President has authorized force. A directive to prepare options is not enough. */
export const forceAuthorized: RequirementInput = {
  id: "force-authorized",
  description: "The President has authorized force against the cartels in Mexico",
  condition: stateIn("presidential-directive", "force-authorized"),
  severity: "hard",
  rationale:
    "Strikes and raids do not start without the commander in chief's authorization. The Post relays a Times report of a signed directive to begin using force, but the White House declined to say whether a new authorization had been approved, and the September analysis calls it a directive to prepare options: no authorization is confirmed.",
  evidence: [e.nytDirective, e.declinedToSay, e.prepareOptions, e.notAuthorizedToStrike, e.audacious],
};

/** Soft: an AUMF; without one, force rests on contested authority. */
export const aumfSoft = (legal: number): RequirementInput => ({
  id: "aumf",
  description: "Congress has enacted an AUMF against the cartels",
  condition: stateIn("aumf", "enacted"),
  severity: "soft",
  consequences: { penalties: [{ criterion: "legal-exposure", worsen: legal }], risks: [] },
  rationale:
    "Without congressional authorization the legal basis is contested: Kaine calls a secret directive, issued without consulting Congress or any legal authority to strike, 'lawless'.",
  evidence: [e.kaine],
});

/** Soft: the FTO designation, which opens terrorism authorities and agencies to the effort. */
export const ftoDesignation = (criterion: string, worsen: number): RequirementInput => ({
  id: "fto-designation",
  description: "Cartels are designated Foreign Terrorist Organizations",
  condition: stateIn("fto-designation", "designated"),
  severity: "soft",
  consequences: { penalties: [{ criterion, worsen }], risks: [] },
  rationale: "Rubio: the designation brings other elements of American power to bear on the cartels.",
  evidence: [e.rubioDesignation],
});

/** Soft: Mexico's approval of the flights over its territory; no document says it has given it. */
export const flightsApproved: RequirementInput = {
  id: "flights-approved",
  description: "Mexico approves U.S. surveillance flights over its territory",
  condition: stateIn("mexican-consent", ...APPROVED),
  severity: "soft",
  consequences: { penalties: [{ criterion: "sovereignty-cost", worsen: 1 }], risks: [] },
  rationale:
    "The analyst's inference, kept small: the documents report surveillance flights over Mexico (including a CIA program begun under the Biden administration, since expanded) and say nothing of how Mexico views them; Sheinbaum opposes any unilateral U.S. military action in her country, which overflight without approval may be read as, though the CIA's flights are not military.",
  evidence: [e.surveillanceStepped, e.predator, e.sheinbaumUnilateral],
};

/** Soft: Congress funds the military's border role. */
export const appropriations: RequirementInput = {
  id: "appropriations",
  description: "Congress funds the military's border role",
  condition: stateIn("appropriations", "enacted"),
  severity: "soft",
  consequences: { penalties: [{ criterion: "resource-cost", worsen: 2 }], risks: [] },
  rationale: "Heritage: appropriations limit the effect on readiness elsewhere; unfunded, readiness pays.",
  evidence: [e.appropriate, e.readinessLimited],
};

/** Soft: the national emergency the expanded border role rests on. */
export const nationalEmergency: RequirementInput = {
  id: "national-emergency",
  description: "A national emergency is declared at the southern border",
  condition: stateIn("national-emergency", "declared"),
  severity: "soft",
  consequences: { penalties: [{ criterion: "legal-exposure", worsen: 2 }], risks: [] },
  rationale:
    "Heritage reads the emergency declaration as the President's intent to expand the military's border role; background: the declaration unlocks emergency authorities for that role.",
  evidence: [e.emergencyIntent],
};
