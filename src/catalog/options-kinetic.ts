import type { z } from "zod";
import type { Option } from "../model/option";
import { judged, quote } from "./build";
import { aumfHard, aumfSoft, directive, ftoDesignation, invitation, notCooperative } from "./requirements";

type OptionInput = z.input<typeof Option>;

const destroyers = quote(
  "wapo-2025",
  "using Navy destroyers to launch missiles at cartel leaders or infrastructure",
);
const favoringStrikes = quote(
  "wapo-2025",
  "there is no consideration for putting U.S. troops on the ground in Mexico, with administration officials instead favoring drone or naval strikes if action is approved",
);
const maltz = quote(
  "analysis-2025",
  "in favor of hitting the production labs and command control leaders in Mexico",
  "Derek S. Maltz",
);
const audacious = quote("wapo-2025", "potentially unlikely to get approval from the president");
const sheinbaum = quote(
  "wapo-2025",
  "We cooperate, we collaborate, but there will be no invasion. We’re ruling this out, absolutely.",
  "Claudia Sheinbaum",
);
const kaine = quote(
  "wapo-2025",
  "is shortsighted and lawless, and will destroy the critical relationships",
  "Tim Kaine",
);
const killingLeaders = quote(
  "bi-2025",
  "Just throwing any military mechanism at this problem for the purpose of just killing cartel leaders is not going to change anything",
  "Senior active-duty special operator",
);
const raidsDisastrous = quote(
  "bi-2025",
  "on Mexican soil would bring disastrous consequences, especially if conducted without an invitation from Mexico",
);
const fiveHundred = quote(
  "wapo-2025",
  "Today, there are more than 500 cartels, gangs and mafia-style groups all over the country",
);

// Strikes and raids share their preconditions: a directive (hard), and an invitation, an AUMF,
// the FTO designation and Mexico's not being deemed cooperative (soft). Base ratings assume all are met.
const strikeRequirements = [
  directive,
  invitation(3, 1),
  aumfSoft(3),
  ftoDesignation("legal-exposure", 1),
  notCooperative,
];

/** Direct action on Mexican territory (escalation 4 to 6). Ratings are analyst judgments. */
export const kineticOptions: OptionInput[] = [
  {
    id: "drone-strikes",
    name: "Drone strikes",
    category: "kinetic",
    escalation: 4,
    description: "Strikes by armed drones on fentanyl labs, cartel infrastructure and leaders in Mexico.",
    requirements: strikeRequirements,
    ratings: {
      "drug-flow": judged(3, [1, 5], "Labs are rebuilt; 500+ groups share the market.", [fiveHundred]),
      "cartel-capability": judged(4, [2, 6], "Destroys labs and kills leaders; successors follow.", [maltz]),
      speed: judged(8, [7, 9], "Assets already fly over Mexico."),
      "sovereignty-cost": judged(5, [3, 7], "Strikes on Mexican soil, even when approved."),
      "escalation-risk": judged(6, [5, 8], "Invites cartel and political retaliation."),
      "civilian-harm": judged(5, [3, 7], "Labs and leaders sit among civilians."),
      "legal-exposure": judged(3, [2, 5], "With consent and an AUMF; rises sharply without them."),
      "resource-cost": judged(3, [2, 4], "Existing aircraft."),
      durability: judged(2, [1, 3], "Effects fade as groups replace leaders and labs."),
    },
    stances: [
      { actor: "Derek S. Maltz (DEA)", stance: "advocates", evidence: [maltz] },
      { actor: "Administration officials", stance: "advocates", evidence: [favoringStrikes] },
      { actor: "Claudia Sheinbaum", stance: "opposes", evidence: [sheinbaum] },
      { actor: "Sen. Tim Kaine", stance: "opposes", evidence: [kaine] },
    ],
    evidence: [favoringStrikes, maltz],
  },
  {
    id: "naval-strikes",
    name: "Naval missile strikes",
    category: "kinetic",
    escalation: 4,
    description: "Missiles launched from Navy destroyers at cartel leaders or infrastructure.",
    requirements: strikeRequirements,
    ratings: {
      "drug-flow": judged(3, [1, 5], "As for drone strikes.", [fiveHundred]),
      "cartel-capability": judged(4, [2, 6], "Hits fixed infrastructure hard.", [destroyers]),
      speed: judged(7, [6, 9], "Warships already patrol nearby."),
      "sovereignty-cost": judged(6, [4, 8], "Missile strikes are a visible act of war."),
      "escalation-risk": judged(7, [5, 8], "Missiles are a conspicuous escalation."),
      "civilian-harm": judged(6, [4, 8], "Large warheads, little on-scene discrimination."),
      "legal-exposure": judged(3, [2, 5], "With consent and an AUMF; rises sharply without them."),
      "resource-cost": judged(4, [3, 5], "Destroyers and munitions from other missions."),
      durability: judged(2, [1, 3], "As for drone strikes."),
    },
    stances: [
      { actor: "Administration officials", stance: "advocates", evidence: [favoringStrikes] },
      { actor: "A U.S. official", stance: "conditional", evidence: [audacious] },
      { actor: "Claudia Sheinbaum", stance: "opposes", evidence: [sheinbaum] },
    ],
    evidence: [destroyers, favoringStrikes],
  },
  {
    id: "sof-raids",
    name: "Special-operations raids",
    category: "kinetic",
    escalation: 5,
    description:
      "Direct-action raids by U.S. special operations forces on Mexican soil, including targeted killing of leaders.",
    requirements: [
      directive,
      invitation(4, 2),
      aumfSoft(3),
      ftoDesignation("legal-exposure", 1),
      notCooperative,
    ],
    ratings: {
      "drug-flow": judged(2, [1, 4], "Killing leaders does not stop the trade.", [killingLeaders]),
      "cartel-capability": judged(4, [3, 6], "Removes leaders, who are replaced.", [
        quote("bi-2025", "Top leaders can be easily replaced by others zealously vying for power"),
      ]),
      speed: judged(6, [5, 8], "Raids can start quickly once ordered."),
      "sovereignty-cost": judged(5, [4, 7], "U.S. troops on Mexican soil."),
      "escalation-risk": judged(7, [6, 9], "Firefights with cartels that field military weapons."),
      "civilian-harm": judged(5, [4, 7], "Raids 'in the middle of civilian life'.", [
        quote(
          "bi-2025",
          "When you start fighting an army that is not behaving like a regular military, you are basically in the middle of civilian life",
        ),
      ]),
      "legal-exposure": judged(3, [2, 5], "With consent and an AUMF; rises sharply without them."),
      "resource-cost": judged(5, [4, 7], "SOF are few and in demand.", [
        quote("bi-2025", "special operations is much smaller than conventional military forces"),
      ]),
      durability: judged(2, [1, 3], "'It's only going to make things worse.'", [
        quote("bi-2025", "It's only going to make things worse."),
      ]),
    },
    stances: [
      {
        actor: "Tom Homan",
        stance: "advocates",
        evidence: [quote("bi-2025", "special operations forces could be used to take the cartels out")],
      },
      { actor: "Senior active-duty special operator (BI)", stance: "opposes", evidence: [killingLeaders] },
      { actor: "BI experts", stance: "opposes", evidence: [raidsDisastrous] },
    ],
    evidence: [raidsDisastrous],
  },
  {
    id: "ground-intervention",
    name: "Large-scale ground intervention",
    category: "intervention",
    escalation: 6,
    description: "Sending U.S. ground forces into Mexico in numbers to fight the cartels ('invade').",
    requirements: [directive, aumfHard, invitation(1, 1), notCooperative],
    ratings: {
      "drug-flow": judged(5, [2, 7], "Could disrupt production widely, for a while."),
      "cartel-capability": judged(7, [4, 8], "Mass force against armed groups."),
      speed: judged(3, [2, 5], "Takes months to mount."),
      "sovereignty-cost": judged(9, [8, 10], "An invasion of the top trading partner.", [sheinbaum]),
      "escalation-risk": judged(10, [9, 10], "War in Mexico."),
      "civilian-harm": judged(9, [7, 10], "Fighting in civilian life; refugee flows.", [
        quote(
          "bi-2025",
          "Mexican civilians caught in the crossfire would likely flee communities, which could create a refugee crisis",
        ),
      ]),
      "legal-exposure": judged(5, [3, 7], "Even with an AUMF, international law objects without consent."),
      "resource-cost": judged(10, [9, 10], "A major campaign for years."),
      durability: judged(2, [1, 5], "A generation-long problem; occupation does not solve it.", [
        quote(
          "bi-2025",
          "A military approach by itself will not be sufficient. It will not solve the problem",
          "Doug Livermore",
        ),
      ]),
    },
    stances: [
      {
        actor: "Trump transition team member",
        stance: "conditional",
        evidence: [quote("bi-2025", "How much should we invade Mexico?")],
      },
      { actor: "Claudia Sheinbaum", stance: "opposes", evidence: [sheinbaum] },
      {
        actor: "Guadalupe Correa-Cabrera",
        stance: "opposes",
        evidence: [quote("bi-2025", "calling the idea of immediate military intervention illogical")],
      },
    ],
    evidence: [favoringStrikes],
  },
];
