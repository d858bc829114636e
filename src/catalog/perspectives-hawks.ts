import type { z } from "zod";
import type { Perspective } from "../model/perspective";
import { believes, documented, expects, inferred, set, stateIn } from "./build";
import { weights } from "./perspective-weights";
import { evidence as e } from "./quotes";
import { RESISTING, restricted } from "./requirements";

type PerspectiveInput = z.input<typeof Perspective>;

const strikes = ["drone-strikes", "naval-strikes"];
const directAction = [...strikes, "sof-raids"];
const resisting = stateIn("mexican-consent", ...RESISTING);
const partneredWithMexico = ["law-enforcement-cooperation", "intelligence-sharing", "training-fid"];

/** The actors who argue for direct action, or keep it open: Heritage, the DEA, the hard line, Rubio. */
export const hawkPerspectives: PerspectiveInput[] = [
  {
    id: "heritage",
    name: "Border security first, escalating scale",
    actor: "Heritage Foundation (Greenway, Martínez-Fernández, Beaver)",
    weights: weights(
      { drugFlow: 2, capability: 2, border: 4, mexicanRole: 3, speed: 2 },
      { sovereignty: 0.75, escalation: 1, civilians: 1, legal: 1, resources: 2 },
    ),
    rationale:
      "Border security is the central objective; the end state is a Mexico that 're-assumes the primary role' against the cartels; it minds readiness ('limited U.S. military resources'); it sees a Mexican state losing the rule of law to cartels that are 'the fifth-largest employer in Mexico', and accepts unilateral action, and so (the analyst's reading) its sovereignty cost, as leverage on a resistant government. The analyst's reading of the middle weights: urgency (a 'rapidly increasing threat') for speed; the fentanyl toll ('surpassing 100,000 annually') for drug flow, held at 2, below border security, because Heritage counts fentanyl among the threats that 'pass through the U.S. southern border' and makes the border its central objective; the cartels' power for their capability. Why its programme starts on the U.S. side: it sees 'a clear need for increased U.S. action to contain and confront the cartels', and reports that the 'increasingly unreliable' partnership has led the Administration to signal a stance prioritizing measures that 'reduce the reliance of the U.S. on the willingness of the Mexican government to contain the cartel threat' (the analyst's reading: a reason it shares; the partnership's fragility itself counts under its risk).",
    evidence: [
      e.narcoMigration,
      e.rapidlyIncreasing,
      e.overdoseToll,
      e.allThreats,
      e.clearNeed,
      e.unreliable,
      e.endState,
      e.limitedResources,
      e.unilateralPrompt,
      e.decliningCapacity,
      e.fifthLargest,
      e.homicides,
    ],
    beliefs: {
      ratings: [
        ...directAction.map((option) =>
          believes(
            option,
            "mexican-role",
            documented(
              2,
              [0, 4],
              "Unilateral action may 'prompt cooperation from a resistant Mexican government'.",
              [e.unilateralPrompt, e.dualObjectives],
            ),
            resisting,
          ),
        ),
        ...directAction.map((option) =>
          believes(
            option,
            "cartel-capability",
            inferred(
              3,
              [1, 4],
              "Direct action may be employed 'to disrupt cartel activity' and destabilize supply chains.",
              [e.unilateralPrompt, e.dualObjectives],
            ),
          ),
        ),
        believes(
          "economic-leverage",
          "mexican-role",
          documented(
            3,
            [2, 5],
            "Economic leverage 'can push a reluctant Mexican government to confront the cartel threat'.",
            [e.leverage],
          ),
        ),
        believes(
          "border-military-support",
          "border-security",
          inferred(
            4,
            [3, 5],
            "The military has 'unique resources and capabilities' for the border crisis, with precedent.",
            [e.uniqueResources, e.precedent],
          ),
        ),
        believes(
          "border-military-support",
          "legal-exposure",
          inferred(
            1,
            [0, 2],
            "'A broad and diverse set of options and legal authorities are available', with 'substantial historical precedent'.",
            [e.optionsAndAuthorities, e.precedent],
          ),
        ),
        believes(
          "border-military-support",
          "resource-cost",
          inferred(4, [3, 6], "The readiness cost can be mitigated by appropriations and planning.", [
            e.readinessMitigated,
          ]),
        ),
        believes(
          "border-enforcement",
          "border-security",
          inferred(4, [3, 5], "Its first steps: more CBP capacity and fewer crossings.", [e.firstSteps]),
        ),
        // Drug flow and Mexico's role: where Mexico restricts cooperation (Heritage's account of the
        // present), then in every other state. The first belief whose `when` holds applies, so
        // each restricted belief must come before the one for the other states. Outside the
        // restricted state Heritage does not say what partnership does for a Mexico that takes
        // part (its pressure aims to 'prompt cooperation'), so Mexico's role keeps the analyst's
        // rating there.
        ...partneredWithMexico.map((option) =>
          believes(
            option,
            "drug-flow",
            inferred(
              1,
              [0, 3],
              "The analyst's reading: partnered efforts yield through Mexican enforcement, which Heritage says 'the Mexican government increasingly pulls back on'; López Obrador's government 'accelerated the decline in Mexico's counternarcotics enforcement actions while imposing substantial new limits on security cooperation'; the value is the catalog's own for restricted cooperation. This counts what the option yields on the flow today; what it adds to Mexico's own part counts under Mexico's role, whether cooperation lasts under the partnership-fragility risk.",
              [e.pullsBack, e.amlo],
            ),
            restricted,
          ),
        ),
        // Training keeps the analyst's drug flow outside the restricted state: Heritage's 'capacity
        // limitations' are what training is for, not a reason it yields less.
        ...partneredWithMexico
          .filter((option) => option !== "training-fid")
          .map((option) =>
            believes(
              option,
              "drug-flow",
              inferred(
                2,
                [0, 4],
                "The analyst's reading: Heritage sees counternarcotics cooperation with Mexico 'impaired by corruption, capacity limitations, and political shifts' for decades, not only under López Obrador, so that partnered efforts yield less on the flow than the analyst rates them, even where Mexico takes part. Of the three causes, corruption counts in the corruption risk and political shifts in the partnership-fragility risk; the one point less rests on the capacity limitations, through which the option must work. What the option adds to Mexico's own part counts under Mexico's role.",
                [e.complexPartner],
              ),
            ),
          ),
        ...partneredWithMexico.map((option) =>
          believes(
            option,
            "mexican-role",
            inferred(
              1,
              [-1, 3],
              "Heritage: the cartels' wealth has let them 'grow in power and lethal capacity, further dissuading the Mexican government from deploying its limited enforcement capacities', in the paragraph on a government that 'increasingly pulls back on enforcement'. The analyst's reading: while that lasts, partnership adds little to Mexico's will; the value is the catalog's own for restricted cooperation. 'Pulls back' and 'dissuading' are one fact, the government's falling will to enforce; its consequences in this state are the restricted cases' (what the option yields on the flow and the cartels, how fast and at the border, for law-enforcement cooperation, and Mexico's own part in the fight, here), each counted once.",
              [e.dissuading],
            ),
            restricted,
          ),
        ),
        believes(
          "counter-drone-border",
          "border-security",
          inferred(
            3,
            [2, 4],
            "Intercepting cartel drones 'may still be effective': a hedged claim, read as a solid effect.",
            [e.lowerRisk],
          ),
        ),
      ],
      risks: [
        ...directAction.map((option) =>
          expects(
            "government-response",
            option,
            0.6,
            "It names 'high risks of undesirable response' itself.",
            "documented",
            [e.highRisks],
          ),
        ),
        ...partneredWithMexico.map((option) =>
          expects(
            "partnership-fragility",
            option,
            0.6,
            "The analyst's reading: Heritage expects cooperation, even where given, not to last. For decades it has been 'impaired by ... political shifts' (the clause of that sentence that bears on this risk), and where Mexico did give cooperation, on migration, 'even this cooperation has proven tenuous'. Heritage's 'increasingly unreliable' partnership names the recent deterioration, which the limited-cooperation modifier counts (+0.2 there), and 'only tenuous U.S.–Mexico cooperation' describes that restricted state; neither is counted here.",
            "inference",
            [e.complexPartner, e.migrationTenuous],
          ),
        ),
      ],
    },
    conditions: {
      "mexican-consent": set(
        "joint-approval",
        "Joint action with Mexico's approval is 'the ideal condition'.",
        e.jointIdeal,
      ),
      appropriations: set("enacted", "Congress should fund the military's border role.", e.appropriate),
      "presidential-directive": set(
        "options-ordered",
        "Serious planning and preparation; direct action only as a last resort.",
        e.seriousPlanning,
        e.lastResort,
      ),
    },
  },
  {
    id: "dea-maltz",
    name: "Hit the labs and the leaders",
    actor: "Derek S. Maltz and DEA officials",
    weights: weights(
      { drugFlow: 3, capability: 4, border: 1, mexicanRole: 0.5, speed: 3 },
      { sovereignty: 0.5, escalation: 1, civilians: 1, legal: 0.5, resources: 1 },
    ),
    rationale:
      "Weighs damage to cartel production and command, and the drug flow; the analyst's reading of what their advocacy leaves out: speed matters, sovereignty and legal objections little (their words do not speak to them).",
    evidence: [e.maltz, e.deaAdvocated, e.deaSuggested],
    beliefs: {
      ratings: [
        ...strikes.flatMap((option) => [
          believes(
            option,
            "cartel-capability",
            inferred(
              4,
              [2, 5],
              "Maltz has long favored 'hitting the production labs and command control leaders'.",
              [e.maltz],
            ),
          ),
          believes(
            option,
            "drug-flow",
            inferred(6, [4, 8], "Hitting the production labs is aimed at the supply itself.", [
              e.maltz,
              e.deaSuggested,
            ]),
          ),
        ]),
        believes(
          "sof-raids",
          "cartel-capability",
          inferred(4, [2, 5], "DEA officials suggested 'targeted killings of cartel leadership'.", [
            e.deaSuggested,
          ]),
        ),
      ],
      risks: [],
    },
    conditions: {
      "presidential-directive": set(
        "force-authorized",
        "DEA officials advocated a series of military strikes in Mexico.",
        e.deaAdvocated,
      ),
    },
  },
  {
    id: "hard-line",
    name: "Direct action, with or without Mexico",
    actor:
      "The hard line on direct action: Waltz, Homan and the Gorka faction in the administration, DeSantis as a candidate, Trump's own requests and vows",
    weights: weights(
      { drugFlow: 3, capability: 4, border: 4, mexicanRole: 2, speed: 4 },
      { sovereignty: 0, escalation: 1, civilians: 1, legal: 0.5, resources: 1 },
    ),
    rationale:
      "Weighs destroying the cartels, securing the border and acting fast ('on day one'); Mexico should be 'enlisted to help', but its objection has no weight ('not ... veto power'; the weight of 0 is the analyst's reading, and Mexico's help counts under its role). The weights on law and the other costs are the analyst's reading: their words do not speak to them. The designation it argues for is the White House's 'bold step'. Trump's own position moved: candidate's requests for plans, a president who says raids 'could happen' and whose officials in 2025 favor drone or naval strikes, not ground troops.",
    evidence: [e.gorka, e.policyPaper, e.homan, e.desantis, e.kelly, e.favoringStrikes],
    beliefs: {
      ratings: [
        believes(
          "sof-raids",
          "cartel-capability",
          documented(5, [3, 5], "Special operators could 'take them off the face of the Earth'.", [e.homan]),
        ),
        believes(
          "ground-intervention",
          "cartel-capability",
          inferred(
            5,
            [3, 5],
            "Trump's reported request for 'battle plans' 'to destroy the cartels': the aim, read as the expected effect (the analyst's reading).",
            [e.battlePlans],
          ),
        ),
        ...strikes.map((option) =>
          believes(
            option,
            "cartel-capability",
            inferred(
              4,
              [1, 5],
              "The direct use of the military in Mexico; the aim of Trump's reported 2023 request for 'battle plans' to invade, 'destroy the cartels', carried over to strikes (the analyst's reading).",
              [e.gorka, e.battlePlans],
            ),
          ),
        ),
        ...[...directAction, "ground-intervention"].map((option) =>
          believes(
            option,
            "drug-flow",
            inferred(
              6,
              [3, 8],
              strikes.includes(option)
                ? "Imputed by the analyst: the hard line treats force as the answer to the flow (Trump reportedly meant to warn Mexican officials that if they failed to 'stem the flow of fentanyl to America' they would face 'American military reprisals'), but none of its words says what strikes would do to the flow; the strike options he reportedly tasked his advisers with ('a range of military options' including strikes; administration officials, a U.S. official says, 'favoring drone or naval strikes if action is approved') come without such a word. The value is the analyst's imputation of that expectation, hence the wide interval."
                : "Imputed by the analyst: the hard line treats force as the answer to the flow (Trump reportedly meant to warn Mexican officials that if they failed to 'stem the flow of fentanyl to America' they would face 'American military reprisals'), but none of its words says what raids or an intervention would do to the flow. The value is the analyst's imputation of that expectation, hence the wide interval.",
              [e.ultimatum, ...(strikes.includes(option) ? [e.rangeOfOptions, e.favoringStrikes] : [])],
            ),
          ),
        ),
        ...[...directAction, "ground-intervention"].map((option) =>
          believes(
            option,
            "border-security",
            inferred(
              3,
              [1, 4],
              "Action against the cartels is among 'the actions necessary to secure its borders and people'.",
              [e.policyPaper],
            ),
          ),
        ),
        believes(
          "coercive-signalling",
          "mexican-role",
          inferred(
            3,
            [1, 4],
            "An ultimatum: stem the flow of fentanyl or face American military reprisals.",
            [e.ultimatum],
          ),
        ),
      ],
      risks: [],
    },
    conditions: {
      "presidential-directive": set(
        "force-authorized",
        "The faction favors the direct use of the U.S. military in Mexico.",
        e.gorka,
      ),
      "fto-designation": set("designated", "The designation is its 'bold step'.", e.kelly),
      "national-emergency": set("declared", "Declared on day one.", e.dayOne),
    },
  },
  {
    id: "rubio",
    name: "Designation and partnership; force not ruled out",
    actor: "Secretary of State Marco Rubio",
    weights: weights(
      { drugFlow: 2, capability: 3, border: 1, mexicanRole: 4, speed: 1 },
      { sovereignty: 2, escalation: 1, civilians: 1, legal: 1, resources: 1 },
    ),
    rationale:
      "Treats the cartels as 'armed terrorist organizations' and prizes 'the closest security cooperation we have ever had'; no lethal force in 'cooperative' countries, though unilateral attacks are not ruled out.",
    evidence: [e.rubioArmed, e.rubioDesignation, e.closestCooperation, e.rubioNotRuledOut],
    beliefs: {
      ratings: [
        believes(
          "law-enforcement-cooperation",
          "mexican-role",
          documented(5, [4, 5], "'The closest security cooperation we have ever had'.", [
            e.closestCooperation,
            e.highLevelConsultation,
          ]),
        ),
        ...directAction.map((option) =>
          believes(
            option,
            "mexican-role",
            inferred(
              -4,
              [-5, -3],
              "No lethal force in countries that 'proactively advanced the administration's counternarcotics objectives' (said in Ecuador); the analyst's reading: striking Mexico, which Rubio praises for that cooperation, would cost it.",
              [e.rubioCooperative],
            ),
            stateIn("mexican-consent", "cooperation-no-troops"),
          ),
        ),
      ],
      risks: [],
    },
    conditions: {
      "fto-designation": set(
        "designated",
        "The designation lets the U.S. bring every tool to bear.",
        e.rubioDesignation,
      ),
    },
  },
];
