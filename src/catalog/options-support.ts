import type { z } from "zod";
import type { Option } from "../model/option";
import { judged, not, quote, stateIn } from "./build";
import { directive, jointApproval, willingPartner } from "./requirements";

type OptionInput = z.input<typeof Option>;

const appropriate = quote(
  "heritage-2025",
  "Congress should appropriate resources for an enhanced border security role for the U.S. military.",
);
const troopsHoldOff = quote(
  "wapo-2025",
  "Trump’s deployment of U.S. troops to the border also could be prompting some traffickers to hold off on shipments",
);
const counterDrone = quote(
  "heritage-2025",
  "Lower-risk options, such as interception of cartel drones around the U.S. border, may still be effective",
);
const predator = quote(
  "wapo-2025",
  "in which Predator drones fly over Mexican territory in search of fentanyl labs and other cartel operations",
);
const milleyCapabilities = quote(
  "milley-2023",
  "There are capabilities that we in the military have—intelligence, for example, or logistical support, or airlift",
  "Mark Milley",
);
const ciaSharing = quote(
  "wapo-2025",
  "The CIA also is increasing intelligence-sharing with Mexican law enforcement authorities to battle the cartels",
);
const byWithThrough = quote(
  "milley-2023",
  "I would argue that the best thing that can be done is ‘by, with, and through’ the local governments that are friendly to the United States",
  "Mark Milley",
);
const lessKinetic = quote(
  "bi-2025",
  "But other, less kinetic missions, like training foreign troops or improving foreign internal defense, could prove worthwhile, they said.",
);
const generation = quote(
  "bi-2025",
  "It's going to take a generation or two; it's not going to be done in four years.",
);
const jointIdeal = quote(
  "heritage-2025",
  "Joint military action, coordinated with the approval of the Mexican government, is the ideal condition for any direct U.S. action against the cartels on Mexican territory.",
);

/** Military support at the border, intelligence, training and joint action (escalation 1 to 3). */
export const supportOptions: OptionInput[] = [
  {
    id: "border-military-support",
    name: "Military support at the U.S. border",
    category: "border",
    escalation: 1,
    description:
      "Troops, infrastructure, logistics and detention/deportation lift on the U.S. side of the border.",
    requirements: [
      {
        id: "appropriations",
        description: "Congress funds the military's border role",
        condition: stateIn("appropriations", "enacted"),
        severity: "soft",
        consequences: { penalties: [{ criterion: "resource-cost", worsen: 2 }], risks: [] },
        rationale: "Unfunded, the mission is paid for out of readiness elsewhere.",
        evidence: [appropriate],
      },
      {
        id: "national-emergency",
        description: "A national emergency is declared at the southern border",
        condition: stateIn("national-emergency", "declared"),
        severity: "soft",
        consequences: { penalties: [{ criterion: "legal-exposure", worsen: 2 }], risks: [] },
        rationale: "Heritage ties the expanded military role to the emergency declaration.",
        evidence: [
          quote(
            "heritage-2025",
            "President Trump has shown his intent to do so in his declaration of a national emergency at the U.S. southern border",
          ),
        ],
      },
    ],
    ratings: {
      "drug-flow": judged(4, [2, 6], "Officials think troops at the border may deter some shipments.", [
        troopsHoldOff,
      ]),
      "cartel-capability": judged(1, [0, 2], "Does not touch cartels in Mexico."),
      speed: judged(6, [5, 8], "Troops deploy within weeks."),
      "sovereignty-cost": judged(2, [1, 3], "Stays on U.S. soil, though close to the line."),
      "escalation-risk": judged(2, [1, 4], "Armed forces face each other across the border."),
      "civilian-harm": judged(1, [0, 2], "Little, on U.S. soil."),
      "legal-exposure": judged(2, [1, 4], "Posse Comitatus limits the role; precedent exists.", [
        quote(
          "heritage-2025",
          "there is substantial historical precedent for an active U.S. military role in border security",
        ),
      ]),
      "resource-cost": judged(6, [5, 8], "Pulls forces from other theaters.", [
        quote("heritage-2025", "demands for limited U.S. military resources are substantial"),
      ]),
      durability: judged(3, [2, 4], "Deterrence ends when the troops leave."),
    },
    stances: [{ actor: "Heritage Foundation authors", stance: "advocates", evidence: [appropriate] }],
    evidence: [appropriate, quote("wapo-2025", "where the U.S. military has deployed thousands of troops")],
  },
  {
    id: "counter-drone-border",
    name: "Counter-drone defense at the border",
    category: "border",
    escalation: 1,
    description: "Interception of cartel drones around the U.S. border.",
    ratings: {
      "drug-flow": judged(2, [1, 4], "Drones are one delivery route among many."),
      "cartel-capability": judged(2, [1, 3], "Denies cartels one tool, drones, near the border.", [
        quote(
          "heritage-2025",
          "increasingly employing advanced technologies, such as drones and signal jamming systems",
        ),
      ]),
      speed: judged(6, [5, 8], "Systems can be fielded quickly."),
      "sovereignty-cost": judged(1, [0, 2], "Defensive, around the border."),
      "escalation-risk": judged(2, [1, 3], "Engagements at the line; Heritage calls it lower risk.", [
        counterDrone,
      ]),
      "civilian-harm": judged(1, [0, 2], "Falling debris, jamming."),
      "legal-exposure": judged(1, [0, 2], "Defensive action near U.S. territory."),
      "resource-cost": judged(3, [2, 4], "Scarce systems and operators."),
      durability: judged(3, [2, 5], "Effective while kept in place; cartels adapt."),
    },
    stances: [{ actor: "Heritage Foundation authors", stance: "advocates", evidence: [counterDrone] }],
    evidence: [counterDrone],
  },
  {
    id: "surveillance-flights",
    name: "Surveillance flights and naval patrols",
    category: "intelligence",
    escalation: 2,
    description:
      "ISR drone flights over Mexico (the CIA's Predator program) and naval patrols off its coasts.",
    requirements: [
      {
        id: "cooperating-mexico",
        description: "Mexico cooperates with the U.S. on security",
        condition: not(stateIn("mexican-consent", "opposed", "limited-cooperation")),
        severity: "soft",
        consequences: { penalties: [{ criterion: "sovereignty-cost", worsen: 2 }], risks: [] },
        rationale:
          "Flights over a resisting government's territory are an affront; over a cooperating one, a shared asset.",
        evidence: [quote("wapo-2025", "Trump has already stepped up surveillance drone flights over Mexico")],
      },
    ],
    ratings: {
      "drug-flow": judged(3, [2, 4], "Finds labs; the effect depends on who acts on it.", [predator]),
      "cartel-capability": judged(3, [2, 5], "Maps labs and operations."),
      speed: judged(6, [5, 8], "Already flying."),
      "sovereignty-cost": judged(3, [2, 5], "Overflight of Mexican territory."),
      "escalation-risk": judged(3, [2, 4], "Armed drones nearby invite escalation.", [
        quote(
          "wapo-2025",
          "the drones, which can carry Hellfire missiles, have not been authorized to conduct lethal strikes",
        ),
      ]),
      "civilian-harm": judged(0, [0, 1], "No strikes."),
      "legal-exposure": judged(2, [1, 3], "Covert overflight rests on executive authority."),
      "resource-cost": judged(3, [2, 4], "ISR assets and ships."),
      durability: judged(3, [2, 4], "Knowledge fades as cartels move."),
    },
    stances: [
      {
        actor: "Trump administration",
        stance: "advocates",
        evidence: [quote("wapo-2025", "Trump has already stepped up surveillance drone flights over Mexico")],
      },
    ],
    evidence: [
      predator,
      quote(
        "wapo-2025",
        "The U.S. Navy has also sent warships to conduct additional patrols in coastal waters near Mexico.",
      ),
    ],
  },
  {
    id: "intelligence-sharing",
    name: "Intelligence sharing",
    category: "intelligence",
    escalation: 2,
    description: "Sharing U.S. intelligence (CIA, NSA, NCTC, special operations) with Mexican authorities.",
    requirements: [willingPartner],
    ratings: {
      "drug-flow": judged(
        4,
        [3, 6],
        "Feeds Mexican interdiction, which analysts credit with lowering the threat.",
      ),
      "cartel-capability": judged(5, [3, 6], "Targets networks through Mexican arrests."),
      speed: judged(6, [5, 8], "Channels exist and are expanding.", [ciaSharing]),
      "sovereignty-cost": judged(1, [0, 2], "Mexico acts on its own territory."),
      "escalation-risk": judged(1, [0, 2], "No U.S. force used."),
      "civilian-harm": judged(1, [0, 2], "Mexican operations may turn violent."),
      "legal-exposure": judged(0, [0, 1], "Established cooperation."),
      "resource-cost": judged(2, [1, 3], "Analysts and liaison."),
      durability: judged(6, [4, 7], "Builds trust and capacity; leaks to corrupt officials erode it."),
    },
    stances: [
      { actor: "Gen. Mark Milley", stance: "advocates", evidence: [milleyCapabilities] },
      {
        actor: "Doug Livermore",
        stance: "advocates",
        evidence: [
          quote(
            "bi-2025",
            "He suggested a broader approach involving US special operations-provided intelligence or efforts to bolster internal security.",
          ),
        ],
      },
    ],
    evidence: [ciaSharing, milleyCapabilities],
  },
  {
    id: "training-fid",
    name: "Training and foreign internal defense",
    category: "partnered",
    escalation: 2,
    description:
      "Training Mexican military and police units and improving Mexico's internal defense, 'by, with, and through' the Mexican government.",
    requirements: [willingPartner],
    ratings: {
      "drug-flow": judged(3, [2, 5], "Works through better Mexican enforcement, slowly."),
      "cartel-capability": judged(5, [3, 7], "Capable Mexican units degrade cartels over time.", [
        lessKinetic,
      ]),
      speed: judged(2, [1, 3], "Takes years.", [generation]),
      "sovereignty-cost": judged(2, [1, 3], "U.S. trainers in or for Mexico, at its request."),
      "escalation-risk": judged(1, [0, 2], "Trainers do not fight."),
      "civilian-harm": judged(1, [0, 3], "Trained units may abuse force."),
      "legal-exposure": judged(0, [0, 1], "Established security-cooperation authorities."),
      "resource-cost": judged(3, [2, 4], "Green Berets' 'bread and butter': small teams.", [
        quote(
          "bi-2025",
          "Such missions have long been the bread and butter of forces like the Army's Green Berets.",
        ),
      ]),
      durability: judged(8, [6, 9], "Leaves capacity behind, if not captured by corruption.", [
        byWithThrough,
      ]),
    },
    stances: [
      { actor: "Gen. Mark Milley", stance: "advocates", evidence: [byWithThrough] },
      {
        actor: "Senior active-duty special operator and BI experts",
        stance: "advocates",
        evidence: [lessKinetic],
      },
    ],
    evidence: [
      byWithThrough,
      lessKinetic,
      quote(
        "milley-2023",
        "said he believes that training foreign military and local police is still the best option",
      ),
    ],
  },
  {
    id: "joint-operations",
    name: "Joint military operations with Mexico",
    category: "partnered",
    escalation: 3,
    description:
      "Direct U.S. military action against cartels in Mexico, coordinated with and approved by the Mexican government.",
    requirements: [jointApproval, directive],
    ratings: {
      "drug-flow": judged(5, [3, 7], "Hits production and routes with Mexican forces."),
      "cartel-capability": judged(7, [5, 8], "Combined forces can take on armed cartels."),
      speed: judged(6, [4, 7], "Fast once approved."),
      "sovereignty-cost": judged(3, [2, 5], "Approved, but U.S. troops in Mexico remain sensitive."),
      "escalation-risk": judged(5, [4, 7], "Combat with heavily armed cartels."),
      "civilian-harm": judged(5, [3, 6], "Combat among civilians, with local knowledge."),
      "legal-exposure": judged(2, [1, 4], "Host-state consent covers international law."),
      "resource-cost": judged(6, [5, 8], "Forces committed for years."),
      durability: judged(5, [3, 7], "Durable if it leaves Mexican capacity behind."),
    },
    stances: [
      { actor: "Heritage Foundation authors", stance: "advocates", evidence: [jointIdeal] },
      {
        actor: "Claudia Sheinbaum",
        stance: "opposes",
        evidence: [
          quote(
            "wapo-2025",
            "She noted that she had turned down Trump’s offers to send U.S. soldiers to help her government fight drug cartels.",
          ),
        ],
      },
    ],
    evidence: [
      jointIdeal,
      quote(
        "wapo-2025",
        "partnering more closely with Mexican authorities to target the criminal organizations",
      ),
    ],
  },
];
