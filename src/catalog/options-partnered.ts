import type { z } from "zod";
import type { Option } from "../model/option";
import { background, inferred, stateIn, under, withCases } from "./build";
import { evidence as e } from "./quotes";
import {
  aumfSoft,
  COOPERATING,
  forceAuthorized,
  jointApproval,
  restricted,
  restrictedCapability,
  restrictedFlow,
  restrictedRole,
  RESISTING,
  willingPartner,
} from "./requirements";

type OptionInput = z.input<typeof Option>;

/** Training and joint action with the Mexican government (escalation 2 to 3). */
export const partneredOptions: OptionInput[] = [
  {
    id: "training-fid",
    name: "Training and foreign internal defense",
    category: "partnered",
    escalation: 2,
    description:
      "Training Mexican military and police units and improving Mexico's internal defense, 'by, with, and through' the Mexican government.",
    requirements: [willingPartner],
    ratings: {
      "drug-flow": withCases(
        inferred(2, [1, 4], "Works through better Mexican enforcement, slowly.", [e.augment]),
        under(restricted, restrictedFlow(1)),
      ),
      "cartel-capability": withCases(
        inferred(2, [1, 4], "Capable Mexican units degrade cartels over time.", [e.lessKinetic]),
        under(restricted, restrictedCapability),
      ),
      "border-security": inferred(0, [0, 1], "Acts in Mexico, not at the border.", [e.lessKinetic]),
      "mexican-role": withCases(
        inferred(
          3,
          [1, 5],
          "Its purpose is Mexico's own capacity: work 'by, with, and through' Mexican forces, 'bolstering Mexico's internal defenses'; whether the cooperation lasts counts under the partnership-fragility risk.",
          [e.byWithThrough, e.internalDefenses],
        ),
        under(restricted, restrictedRole),
      ),
      speed: background(
        2,
        [1, 3],
        "Background: training and fielding units takes a year or more before they act.",
      ),
      "sovereignty-cost": withCases(
        inferred(1, [0, 3], "Small teams training Mexico's forces, with Mexico's approval.", [
          e.byWithThrough,
        ]),
        under(
          stateIn("mexican-consent", ...COOPERATING, ...RESISTING),
          inferred(
            3,
            [1, 5],
            "Short of approval, U.S. trainers in Mexico are U.S. soldiers 'to help her government fight drug cartels', which Sheinbaum turned down in 2025; under López Obrador, Heritage describes 'substantial new limits on security cooperation'.",
            [e.turnedDownSoldiers, e.amlo],
          ),
        ),
      ),
      "escalation-risk": inferred(
        0,
        [0, 1],
        "Trainers do not fight: 'less glamorous things like training indigenous forces'.",
        [e.lessKinetic],
      ),
      "civilian-harm": background(1, [0, 2], "Background: trained units may abuse force."),
      "legal-exposure": background(0, [0, 1], "Background: established security-cooperation authorities."),
      "resource-cost": inferred(2, [1, 3], "The 'bread and butter' of small Green Beret teams.", [
        e.breadAndButter,
      ]),
    },
    stances: [
      { actor: "Gen. Mark Milley", stance: "advocates", evidence: [e.byWithThrough, e.trainingBest] },
      {
        actor: "The SOF operator and other experts (BI)",
        stance: "conditional",
        qualifier:
          "'could prove worthwhile'; the operator, as BI reports him: it 'could be a worthwhile endeavor', but prioritizing military intervention over non-violent approaches 'would be foolhardy'; in BI's summary, 'only to augment nonmilitary approaches'",
        evidence: [e.lessKinetic, e.internalDefenses, e.onlyAugment, e.augment],
      },
      { actor: "Doug Livermore", stance: "advocates", evidence: [e.livermoreIntelligence] },
    ],
    evidence: [e.byWithThrough, e.lessKinetic, e.trainingBest],
  },
  {
    id: "joint-operations",
    name: "Joint military operations with Mexico",
    category: "partnered",
    escalation: 3,
    description:
      "Direct U.S. military action against cartels in Mexico, coordinated with and approved by the Mexican government.",
    requirements: [jointApproval, forceAuthorized, aumfSoft(2)],
    ratings: {
      "drug-flow": inferred(
        3,
        [1, 6],
        "Hits production and routes with Mexican forces; the long-term effect of military operations is unclear.",
        [e.unclearEffect],
      ),
      "cartel-capability": inferred(
        3,
        [0, 5],
        "Combined forces can take on armed cartels, but more than 500 groups remain.",
        [e.weaponry, e.fiveHundred],
      ),
      "border-security": inferred(
        0,
        [-2, 2],
        "Contested: violence against cartels could drive people north (Correa-Cabrera).",
        [e.humanitarian],
      ),
      "mexican-role": inferred(
        2,
        [0, 4],
        "Heritage calls joint action with Mexico's approval the ideal condition; Mexico stays a partner in the fight.",
        [e.jointIdeal],
      ),
      speed: inferred(
        5,
        [3, 7],
        "Fast once approved and authorized: military options have been briefed to the defense secretary.",
        [e.noActionImminent],
      ),
      "sovereignty-cost": background(
        3,
        [2, 6],
        "Background: approved, but U.S. troops in combat on Mexican soil stay a weight on its sovereignty.",
      ),
      "escalation-risk": inferred(5, [4, 7], "Combat with cartels that field military-grade weapons.", [
        e.weaponry,
      ]),
      "civilian-harm": inferred(4, [3, 6], "Combat 'in the middle of civilian life', as for raids.", [
        e.civilianLife,
      ]),
      "legal-exposure": background(
        2,
        [1, 4],
        "Background: the host state's consent covers international law; U.S. law still asks for authority (see the AUMF requirement).",
      ),
      "resource-cost": inferred(6, [5, 8], "Forces committed for years.", [e.takesYears]),
    },
    stances: [
      {
        actor: "Heritage Foundation authors",
        stance: "advocates",
        qualifier:
          "the ideal condition for direct action, itself a last resort, with measures to mitigate undesirable responses",
        evidence: [e.jointIdeal, e.lastResort, e.mitigate],
      },
      {
        actor: "Gen. Mark Milley",
        stance: "conditional",
        qualifier: "only with Mexico's support and approval",
        evidence: [e.milleyNotWithout],
      },
      { actor: "Claudia Sheinbaum", stance: "opposes", evidence: [e.turnedDownSoldiers] },
    ],
    evidence: [e.jointIdeal, e.destroyers],
  },
];
