import type { z } from "zod";
import type { Option } from "../model/option";
import { background, documented, inferred, under, withCases } from "./build";
import { evidence as e } from "./quotes";
import {
  appropriations,
  flightsApproved,
  nationalEmergency,
  restricted,
  restrictedCapability,
  restrictedFlow,
  restrictedRole,
  willingPartner,
} from "./requirements";

type OptionInput = z.input<typeof Option>;

/** Threats, the military's role at the border, and intelligence (escalation 1 to 2). */
export const supportOptions: OptionInput[] = [
  {
    id: "coercive-signalling",
    name: "Public threats and ultimatums",
    category: "signalling",
    escalation: 1,
    description:
      "Public threats of military action and ultimatums to Mexican officials, to push Mexico to act against the cartels: signalling, without force.",
    ratings: {
      "drug-flow": inferred(
        1,
        [0, 3],
        "Works only through what Mexico does in response: the analyst's imputation, as no response to threats alone is documented.",
        [e.ultimatum],
      ),
      "cartel-capability": inferred(0, [0, 1], "A threat does nothing to the cartels by itself.", [
        e.telegraphing,
      ]),
      "border-security": inferred(
        1,
        [0, 2],
        "Works only through what Mexico does in response: the analyst's imputation, as no response to threats alone is documented.",
        [e.ultimatum],
      ),
      "mexican-role": inferred(
        0,
        [-2, 3],
        "Mexico's 2025 response (troops to its border, traffickers transferred, more cooperation) came 'in response' to public blame joined to the March tariffs, which this catalog credits to economic leverage (see that option); no document says what threats of force did by themselves. Of the reported directive Sheinbaum said 'This has nothing to do with Mexican territory' and 'We cooperate, we collaborate' (both said of a directive she read as concerning only U.S. domestic military action, so neither responds to a threat against Mexico; she added 'there will be no invasion'): no loss of cooperation is reported.",
        [
          e.blasted,
          e.tariffs,
          e.mexicoResponse,
          e.sheinbaumNotTerritory,
          e.sheinbaumCooperate,
          e.sheinbaumNoInvasion,
        ],
      ),
      speed: inferred(6, [4, 8], "A statement works at once, if it works at all.", [e.publicDiplomacy]),
      "sovereignty-cost": inferred(
        3,
        [2, 5],
        "Threatening a neighbor with force, whose government opposes 'any unilateral U.S. military action in her country'.",
        [e.ultimatum, e.sheinbaumUnilateral],
      ),
      "escalation-risk": inferred(
        2,
        [1, 4],
        "Raises tension without acting; Grillo warns that one incident could 'spark things up'.",
        [e.grilloIncident],
      ),
      "civilian-harm": inferred(0, [0, 1], "No force is used.", [e.telegraphing]),
      "legal-exposure": background(0, [0, 1], "Background: a statement needs no legal authority."),
      "resource-cost": background(0, [0, 1], "Background: costs nothing to say."),
    },
    stances: [{ actor: "Donald Trump", stance: "advocates", evidence: [e.ultimatum] }],
    evidence: [e.ultimatum, e.publicDiplomacy, e.telegraphing, e.notTheater],
  },
  {
    id: "border-military-support",
    name: "Military support at the U.S. border",
    category: "border",
    escalation: 1,
    description:
      "Troops, infrastructure, logistics and detention and deportation lift on the U.S. side of the border, including military control of border land.",
    requirements: [appropriations, nationalEmergency],
    ratings: {
      "drug-flow": inferred(
        2,
        [1, 4],
        "Officials say troops at the border could be prompting some traffickers to hold off on shipments.",
        [e.troopsHoldOff],
      ),
      "cartel-capability": inferred(0, [0, 1], "Acts on the U.S. side, not on the cartels in Mexico.", [
        e.uniqueResources,
      ]),
      "border-security": inferred(
        3,
        [1, 4],
        "Heritage's core proposal, with historical precedent; thousands of troops are deployed. The effect is not measured.",
        [e.uniqueResources, e.precedent, e.surveillanceStepped],
      ),
      "mexican-role": inferred(0, [-1, 1], "Acts on the U.S. side; asks nothing of Mexico.", [
        e.uniqueResources,
      ]),
      speed: inferred(6, [5, 8], "Thousands of troops are already deployed.", [e.surveillanceStepped]),
      "sovereignty-cost": background(
        1,
        [0, 2],
        "Background: on U.S. soil, but close to the line; the documents do not speak to it.",
      ),
      "escalation-risk": inferred(
        1,
        [0, 3],
        "Armed forces on both sides of the line: in April 2025 a Mexican army patrol crossed by accident.",
        [e.patrol],
      ),
      "civilian-harm": background(1, [0, 2], "Background: little, on U.S. soil."),
      "legal-exposure": background(
        2,
        [0, 4],
        "Background: the law limits what troops may do at home (the Posse Comitatus Act); Heritage cites precedent and 'a broad and diverse set of options and legal authorities'.",
        [e.precedent, e.optionsAndAuthorities],
      ),
      "resource-cost": documented(
        6,
        [4, 8],
        "Heritage itself names the trade-off: limited military resources drawn from other theaters (which it says appropriations and planning can mitigate).",
        [e.tradeOffs, e.limitedResources],
      ),
    },
    stances: [
      {
        actor: "Heritage Foundation authors",
        stance: "advocates",
        evidence: [e.appropriate, e.uniqueResources],
      },
    ],
    evidence: [e.appropriate, e.surveillanceStepped, e.boas],
  },
  {
    id: "counter-drone-border",
    name: "Counter-drone defense at the border",
    category: "border",
    escalation: 1,
    description: "Interception of cartel drones around the U.S. border.",
    ratings: {
      "drug-flow": background(1, [0, 3], "Background: drones are one delivery route among many."),
      "cartel-capability": inferred(
        1,
        [0, 2],
        "Denies the cartels one of their advanced tools near the border.",
        [e.cartelDrones],
      ),
      "border-security": inferred(
        2,
        [1, 3],
        "Heritage: 'may still be effective' against the threat at the border.",
        [e.lowerRisk],
      ),
      "mexican-role": inferred(0, [-1, 1], "Defensive, on the U.S. side.", [e.lowerRisk]),
      speed: background(6, [5, 8], "Background: systems can be fielded within months."),
      "sovereignty-cost": inferred(0, [0, 1], "Defensive, around the U.S. border.", [e.lowerRisk]),
      "escalation-risk": documented(1, [0, 2], "Heritage calls it a lower-risk option.", [e.lowerRisk]),
      "civilian-harm": background(0, [0, 1], "Background: falling debris and jamming at worst."),
      "legal-exposure": background(1, [0, 2], "Background: defensive action around U.S. territory."),
      "resource-cost": background(3, [2, 4], "Background: scarce systems and operators."),
    },
    stances: [
      {
        actor: "Heritage Foundation authors",
        stance: "advocates",
        qualifier: "'may still be effective', though it urges planning for more aggressive measures",
        evidence: [e.lowerRisk],
      },
    ],
    evidence: [e.lowerRisk],
  },
  {
    id: "surveillance-flights",
    name: "Surveillance flights and naval patrols",
    category: "intelligence",
    escalation: 2,
    description:
      "ISR drone flights over Mexico (the CIA's Predator program) and around the border, and naval patrols off Mexico's coasts.",
    requirements: [flightsApproved],
    ratings: {
      "drug-flow": inferred(2, [1, 3], "Finds labs; the effect depends on who acts on what is found.", [
        e.predator,
      ]),
      "cartel-capability": inferred(1, [0, 3], "Maps labs and operations; does nothing to them by itself.", [
        e.predator,
      ]),
      "border-security": inferred(1, [0, 2], "Flights also cover the U.S. southern border.", [
        e.surveillanceStepped,
      ]),
      "mexican-role": inferred(
        0,
        [-2, 2],
        "Neither builds nor breaks Mexico's own effort; the documents do not say Mexico shares in it.",
        [e.predator],
      ),
      speed: inferred(6, [5, 8], "Already flying, and stepped up.", [e.surveillanceStepped]),
      "sovereignty-cost": inferred(
        1,
        [0, 3],
        "Overflight of Mexican territory, if Mexico approves it (see the requirement).",
        [e.predator],
      ),
      "escalation-risk": inferred(
        2,
        [1, 3],
        "The drones can carry Hellfire missiles but are not authorized to strike; a lost aircraft is the kind of incident Grillo warns of.",
        [e.notAuthorizedToStrike, e.grilloIncident],
      ),
      "civilian-harm": inferred(0, [0, 1], "No strikes.", [e.notAuthorizedToStrike]),
      "legal-exposure": background(2, [1, 3], "Background: covert overflight rests on executive authority."),
      "resource-cost": inferred(3, [2, 4], "CIA resources diverted; aircraft and warships.", [
        e.ciaResources,
        e.navyPatrols,
      ]),
    },
    stances: [{ actor: "Trump administration", stance: "advocates", evidence: [e.surveillanceStepped] }],
    evidence: [e.predator, e.navyPatrols],
  },
  {
    id: "intelligence-sharing",
    name: "Intelligence sharing",
    category: "intelligence",
    escalation: 2,
    description:
      "Sharing U.S. intelligence with Mexican authorities (the CIA is increasing it; Livermore suggests intelligence from special operations).",
    requirements: [willingPartner],
    ratings: {
      "drug-flow": withCases(
        inferred(
          3,
          [1, 5],
          "Feeds Mexican interdiction; no document measures its effect on the flow; whether the cooperation lasts counts under the partnership-fragility risk.",
          [e.ciaSharing],
        ),
        under(restricted, restrictedFlow(1)),
      ),
      "cartel-capability": withCases(
        inferred(2, [1, 4], "Targets networks through Mexican arrests.", [e.ciaSharing]),
        under(restricted, restrictedCapability),
      ),
      "border-security": inferred(0, [0, 1], "Acts in Mexico, not at the border.", [e.ciaSharing]),
      "mexican-role": withCases(
        inferred(
          3,
          [1, 4],
          "Strengthens Mexico's own operations; Livermore suggests it, and warns that corruption could complicate it.",
          [e.livermoreIntelligence, e.corruption, e.corruptionComplicates],
        ),
        under(restricted, restrictedRole),
      ),
      speed: inferred(6, [5, 8], "Channels exist and are expanding.", [e.ciaSharing]),
      "sovereignty-cost": inferred(0, [0, 1], "Mexico acts on its own territory.", [e.ciaSharing]),
      "escalation-risk": inferred(0, [0, 1], "No U.S. force is used.", [e.ciaSharing]),
      "civilian-harm": background(1, [0, 2], "Background: Mexican operations it informs can turn violent."),
      "legal-exposure": background(0, [0, 1], "Background: established cooperation."),
      "resource-cost": background(2, [1, 3], "Background: analysts and liaison."),
    },
    stances: [
      {
        actor: "Gen. Mark Milley",
        stance: "conditional",
        qualifier: "possible, but 'very, very difficult policy decisions'",
        evidence: [e.milleyCapabilities],
      },
      { actor: "Doug Livermore", stance: "advocates", evidence: [e.livermoreIntelligence] },
      { actor: "Trump administration", stance: "advocates", evidence: [e.ciaSharing] },
    ],
    evidence: [e.ciaSharing, e.milleyCapabilities, e.pentagonGroup],
  },
];
