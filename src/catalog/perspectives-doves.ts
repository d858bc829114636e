import type { z } from "zod";
import type { Perspective } from "../model/perspective";
import { allOf, believes, documented, expects, inferred, not, set, stateIn } from "./build";
import { weights } from "./perspective-weights";
import { evidence as e } from "./quotes";
import { APPROVED } from "./requirements";

type PerspectiveInput = z.input<typeof Perspective>;

const withoutApproval = not(stateIn("mexican-consent", ...APPROVED));
const noAumf = not(stateIn("aumf", "enacted"));
// Kaine speaks of force without legal authority, into the territory of a neighbor that has not agreed.
const strikes = ["drone-strikes", "naval-strikes"];
// Milley's escalation for each option on Mexican soil when Mexico has not approved it (before the
// mexican-approval penalty, as every belief): two points above the analyst's base, at most 10.
const worseUninvited: Record<string, number> = {
  "drone-strikes": 7,
  "naval-strikes": 8,
  "sof-raids": 8,
  "ground-intervention": 10,
};
const onMexicanSoil = ["drone-strikes", "naval-strikes", "sof-raids", "ground-intervention"];

/** The actors who put consent, law, civilians and partnership first. */
export const dovePerspectives: PerspectiveInput[] = [
  {
    id: "milley",
    name: "Consent first, by, with and through",
    actor: "Gen. Mark Milley",
    weights: weights(
      { drugFlow: 2, capability: 1, border: 2, mexicanRole: 3, speed: 1 },
      { sovereignty: 3, escalation: 3, civilians: 1, legal: 1, resources: 1 },
    ),
    rationale:
      "Weighs Mexico's own role and consent (nothing 'without the support and the approval of the Mexican government'), escalation ('something worse than what you already have'), and the drug flow and a border crisis he calls very serious; he grants that the cartels use 'terrorist tactics', and would act only after 'a very rigorous decision-making process'.",
    evidence: [
      e.milleyNotWithout,
      e.byWithThrough,
      e.milleyBorderCrisis,
      e.terroristTactics,
      e.milleyRigorous,
    ],
    beliefs: {
      ratings: [
        believes(
          "training-fid",
          "drug-flow",
          inferred(
            4,
            [3, 6],
            "Working with local militaries is 'the best thing that can be done' to stem the flow of drugs.",
            [e.byWithThrough, e.trainingBest],
          ),
        ),
        believes(
          "training-fid",
          "mexican-role",
          inferred(5, [4, 5], "'By, with, and through' the local governments: Mexico leads.", [
            e.byWithThrough,
          ]),
        ),
        ...Object.entries(worseUninvited).map(([option, value]) =>
          believes(
            option,
            "escalation-risk",
            inferred(
              value,
              [value - 1, Math.min(10, value + 1)],
              "Without Mexico's approval it 'would just lead to something worse than what you already have'.",
              [e.milleyNotWithout],
            ),
            withoutApproval,
          ),
        ),
      ],
      risks: [],
    },
    conditions: {
      "mexican-consent": set(
        "express-request",
        "Milley would act only with Mexico's support and an express request from its government.",
        e.milleyExpressRequest,
        e.milleyExpressConsent,
      ),
    },
  },
  {
    id: "bi-experts",
    name: "Non-kinetic first; military action alone will not do it",
    actor: "Business Insider's experts (the SOF operator, Correa-Cabrera, Gallaher, Livermore)",
    weights: weights(
      { drugFlow: 2, capability: 2, border: 1, mexicanRole: 3, speed: 0.5 },
      { sovereignty: 1, escalation: 3, civilians: 3, legal: 1, resources: 1 },
    ),
    rationale:
      "Weighs civilian harm, escalation and the partnership a lasting effect needs ('consistent effort and partnership'); little weight on speed ('not going to be done in four years'). Hoffman, also quoted, finds the wish to send special operators understandable and is not counted among them.",
    evidence: [e.makeWorse, e.humanitarian, e.consistentEffort, e.generation],
    beliefs: {
      ratings: [
        believes(
          "sof-raids",
          "drug-flow",
          documented(0, [0, 1], "Killing cartel leaders 'is not going to change anything'.", [
            e.killingLeaders,
          ]),
        ),
        ...strikes.map((option) =>
          believes(
            option,
            "drug-flow",
            inferred(
              1,
              [0, 3],
              `Strikes on leaders are the 'military mechanism' the operator says will not change anything, and Livermore that 'a military approach by itself will not be sufficient'; strikes on ${option === "naval-strikes" ? "infrastructure" : "labs"}, which the operator does not speak to (Livermore's remark does), might do more as part of a wider approach (the analyst's reading), hence the interval to 3.`,
              [e.killingLeaders, e.notSufficient],
            ),
          ),
        ),
        ...["sof-raids", ...strikes].map((option) =>
          believes(
            option,
            "cartel-capability",
            (option === "sof-raids" ? documented : inferred)(
              -2,
              [-4, 0],
              "Killing leaders brings 'the exact opposite effect': successors fight for power.",
              [e.oppositeEffect, e.replaced],
            ),
          ),
        ),
        ...[...onMexicanSoil, "joint-operations"].map((option) =>
          believes(
            option,
            "border-security",
            inferred(
              option === "ground-intervention" ? -3 : -2,
              [-4, 0],
              "Violence against cartels could spur more immigration to the US.",
              [e.humanitarian, e.refugeeCrisis],
            ),
          ),
        ),
        ...["sof-raids", ...strikes].map((option) =>
          believes(
            option,
            "civilian-harm",
            inferred(6, [5, 8], "There is no 'accurate way to differentiate between civilian and soldier'.", [
              e.differentiate,
            ]),
          ),
        ),
        believes(
          "sof-raids",
          "escalation-risk",
          inferred(
            8,
            [7, 9],
            "Raids on Mexican soil 'would bring disastrous consequences', the more so uninvited.",
            [e.raidsDisastrous],
          ),
        ),
        believes(
          "training-fid",
          "drug-flow",
          inferred(
            3,
            [2, 5],
            "Training could 'augment other government efforts to more effectively stem the flow of drugs'.",
            [e.augment, e.lessKinetic],
          ),
        ),
        believes(
          "illicit-finance",
          "cartel-capability",
          inferred(
            3,
            [2, 4],
            "Pressure on cartel finance is the non-violent approach the operator would put first.",
            [e.internalDefenses],
          ),
        ),
      ],
      risks: [
        expects(
          "spillover-instability",
          "sof-raids",
          0.5,
          "Troops in Mexico risk stirring instability that spills over.",
          "documented",
          [e.spillover],
        ),
        expects(
          "spillover-instability",
          "ground-intervention",
          0.7,
          "Troops in Mexico risk stirring instability that spills over.",
          "documented",
          [e.spillover],
        ),
        expects("quagmire", "sof-raids", 0.5, "No defined end state: 'another quagmire'.", "documented", [
          e.quagmire,
        ]),
        expects(
          "domestic-support",
          "sof-raids",
          0.6,
          "The public lacks 'the stomach for what's going to happen'.",
          "documented",
          [e.stomach],
        ),
        ...["intelligence-sharing", "training-fid"].map((option) =>
          expects(
            "corruption",
            option,
            0.6,
            "Rampant corruption could complicate intelligence and internal-security efforts.",
            "documented",
            [e.corruption, e.corruptionComplicates],
          ),
        ),
      ],
    },
  },
  {
    id: "sheinbaum",
    name: "Sovereignty: cooperation, no invasion",
    actor: "Claudia Sheinbaum's government",
    weights: weights(
      { drugFlow: 1, capability: 1, border: 1, mexicanRole: 3, speed: 1 },
      { sovereignty: 5, escalation: 2, civilians: 2, legal: 1, resources: 0 },
    ),
    rationale:
      "Sovereignty above all: cooperation and collaboration, no invasion and no unilateral U.S. action; Mexico fights the cartels itself.",
    evidence: [e.sheinbaumNoInvasion, e.sheinbaumUnilateral],
    beliefs: {
      ratings: [
        believes(
          "law-enforcement-cooperation",
          "mexican-role",
          inferred(
            4,
            [3, 5],
            "'We cooperate, we collaborate': cooperation is Mexico's own way of fighting the cartels.",
            [e.sheinbaumNoInvasion],
          ),
        ),
        believes(
          "joint-operations",
          "sovereignty-cost",
          inferred(
            6,
            [5, 8],
            "She turned down offers of U.S. soldiers: their presence is the affront, approved or not.",
            [e.turnedDownSoldiers],
          ),
        ),
        believes(
          "ground-intervention",
          "sovereignty-cost",
          documented(10, [9, 10], "'There will be no invasion. We're ruling this out, absolutely.'", [
            e.sheinbaumNoInvasion,
          ]),
        ),
      ],
      risks: [],
    },
    conditions: {
      "mexican-consent": set(
        "cooperation-no-troops",
        "Her stated position: cooperation and collaboration, no U.S. troops, no unilateral action.",
        e.sheinbaumNoInvasion,
        e.sheinbaumUnilateral,
      ),
    },
  },
  {
    id: "kaine",
    name: "Legal authority and Congress",
    actor: "Sen. Tim Kaine",
    weights: weights(
      { drugFlow: 2, capability: 1, border: 1, mexicanRole: 2, speed: 1 },
      { sovereignty: 2, escalation: 2, civilians: 1, legal: 5, resources: 1 },
    ),
    rationale:
      "Legal authority and Congress first, then the relationships a strike without authority would destroy; he supports bipartisan efforts against the cartels.",
    evidence: [e.kaine, e.kaineBipartisan],
    beliefs: {
      ratings: onMexicanSoil.map((option) =>
        believes(
          option,
          "mexican-role",
          inferred(
            -4,
            [-5, -2],
            "Force without legal authority 'will destroy the critical relationships we need to effectively address this challenge' (he does not name Mexico; the analyst reads the relationship with Mexico as the one at stake).",
            [e.kaine],
          ),
          allOf(noAumf, withoutApproval),
        ),
      ),
      risks: [],
    },
  },
];
