import type { z } from "zod";
import type { Option } from "../model/option";
import { judged, quote } from "./build";
import { ftoDesignation, willingPartner } from "./requirements";

type OptionInput = z.input<typeof Option>;

const treasury = quote(
  "bi-2025",
  "empowering the State and Treasury departments to apply pressure on the financial institutions used by cartels",
);
const heritageFirstSteps = quote(
  "heritage-2025",
  "targeting illicit financial flows tied to the cartels, and sanctioning corrupt Mexican officials",
);
const leverage = quote(
  "heritage-2025",
  "using U.S. economic leverage, the U.S. can push a reluctant Mexican government to confront the cartel threat housed within its borders",
);
const mexicoResponse = quote(
  "wapo-2025",
  "In response, Sheinbaum’s government has deployed thousands of troops to its northern border, transferred dozens of top traffickers to the United States and increased cooperation with U.S. antidrug agencies.",
);
const lawEnforcement = quote(
  "milley-2023",
  "The drug trafficking trade is fundamentally a law enforcement issue. It's a crime",
  "Mark Milley",
);
const chinaPrecursors = quote("wapo-2025", "a crackdown by China on exports of precursor chemicals");

/** Options without a military role (escalation 0). Ratings are analyst judgments. */
export const nonMilitaryOptions: OptionInput[] = [
  {
    id: "illicit-finance",
    name: "Pressure on cartel finance",
    category: "non-military",
    escalation: 0,
    description:
      "State and Treasury pressure on the financial institutions cartels use; sanctions on corrupt officials.",
    requirements: [ftoDesignation("cartel-capability", 1)],
    ratings: {
      "drug-flow": judged(3, [2, 5], "Money pressure raises costs but does not stop shipments directly."),
      "cartel-capability": judged(
        4,
        [2, 6],
        "Targets the revenue (about $30 billion a year) that buys weapons and officials.",
        [
          quote(
            "heritage-2025",
            "Mexican drug cartels receive an estimated $30 billion each year in illicit revenue",
          ),
        ],
      ),
      speed: judged(3, [2, 5], "Sanctions bite over months; laundering networks adapt."),
      "sovereignty-cost": judged(
        1,
        [0, 2],
        "Acts on U.S. and international finance; sanctions on Mexican officials irritate.",
      ),
      "escalation-risk": judged(0, [0, 1], "No use of force."),
      "civilian-harm": judged(0, [0, 1], "No use of force."),
      "legal-exposure": judged(1, [0, 2], "Established Treasury authorities, strengthened by designation."),
      "resource-cost": judged(1, [1, 3], "Small staffs, no forces."),
      durability: judged(5, [3, 6], "Lasts as long as the pressure is kept up; networks rebuild slowly."),
    },
    stances: [
      { actor: "Senior active-duty special operator (BI)", stance: "advocates", evidence: [treasury] },
      { actor: "Heritage Foundation authors", stance: "advocates", evidence: [heritageFirstSteps] },
    ],
    evidence: [treasury, heritageFirstSteps],
  },
  {
    id: "economic-leverage",
    name: "Economic leverage on Mexico",
    category: "non-military",
    escalation: 0,
    description: "Tariffs and the 2026 USMCA renegotiation used to push Mexico to act against the cartels.",
    ratings: {
      "drug-flow": judged(3, [1, 5], "Works only through what Mexico does in response.", [mexicoResponse]),
      "cartel-capability": judged(2, [1, 4], "Indirect: depends on Mexican enforcement."),
      speed: judged(5, [3, 7], "Mexico responded within weeks to the tariffs of March 2025.", [
        mexicoResponse,
      ]),
      "sovereignty-cost": judged(5, [3, 7], "Coercion of the top trading partner strains the relationship."),
      "escalation-risk": judged(2, [1, 3], "Trade conflict, not armed conflict."),
      "civilian-harm": judged(0, [0, 1], "No use of force."),
      "legal-exposure": judged(1, [0, 3], "Tariff authorities are contested but established."),
      "resource-cost": judged(3, [2, 5], "Tariffs cost U.S. consumers and firms."),
      durability: judged(3, [2, 5], "Cooperation won by pressure lasts while the pressure does."),
    },
    stances: [{ actor: "Heritage Foundation authors", stance: "advocates", evidence: [leverage] }],
    evidence: [
      leverage,
      quote(
        "heritage-2025",
        "The 2026 renegotiation of the United States–Mexico–Canada Agreement (USMCA) offers one such opportunity",
      ),
    ],
  },
  {
    id: "border-enforcement",
    name: "Border enforcement",
    category: "non-military",
    escalation: 0,
    description: "Bolster CBP, restrict formal and informal crossings, ramp up U.S. law enforcement.",
    ratings: {
      "drug-flow": judged(4, [2, 6], "Seizures at the border fell by half, for several reasons.", [
        quote(
          "wapo-2025",
          "agents confiscated 704 pounds of the deadly opioid at the U.S. border, half the amount in the same month in 2024",
        ),
      ]),
      "cartel-capability": judged(1, [0, 2], "Does not touch cartels in Mexico."),
      speed: judged(5, [4, 7], "More officers and restrictions act within months."),
      "sovereignty-cost": judged(1, [0, 2], "Acts on the U.S. side."),
      "escalation-risk": judged(1, [0, 2], "Law enforcement at the border."),
      "civilian-harm": judged(0, [0, 2], "Little; stricter crossings burden travellers and migrants."),
      "legal-exposure": judged(0, [0, 1], "Clear domestic authority."),
      "resource-cost": judged(5, [3, 7], "'Substantial bolstering' of CBP is costly."),
      durability: judged(4, [3, 6], "Lasts while funded; traffickers adapt routes."),
    },
    stances: [
      {
        actor: "Heritage Foundation authors",
        stance: "advocates",
        evidence: [
          quote(
            "heritage-2025",
            "substantial bolstering of the U.S. Customs and Border Protection (CBP) border security capacities",
          ),
        ],
      },
    ],
    evidence: [quote("heritage-2025", "increasing restrictions on formal and informal border crossings")],
  },
  {
    id: "law-enforcement-cooperation",
    name: "Law-enforcement cooperation",
    category: "non-military",
    escalation: 0,
    description:
      "A law-enforcement-led, interagency effort with Mexico: extraditions and transfers of traffickers, joint investigations, high-level consultation.",
    requirements: [willingPartner],
    ratings: {
      "drug-flow": judged(4, [3, 6], "Mexico's cooperation came with more seizures and transfers.", [
        mexicoResponse,
      ]),
      "cartel-capability": judged(
        4,
        [2, 6],
        "Transfers of 'dozens of top traffickers' hit leadership through courts.",
      ),
      speed: judged(5, [4, 7], "Transfers happened within months of the 2025 pressure."),
      "sovereignty-cost": judged(1, [0, 2], "Mexico leads on its territory."),
      "escalation-risk": judged(0, [0, 1], "Police work."),
      "civilian-harm": judged(1, [0, 3], "Mexican enforcement operations can turn violent."),
      "legal-exposure": judged(0, [0, 1], "Treaties and established channels."),
      "resource-cost": judged(2, [1, 3], "Agents, prosecutors, liaison."),
      durability: judged(6, [4, 7], "Builds institutions and habits, though corruption erodes them."),
    },
    stances: [
      { actor: "Gen. Mark Milley", stance: "advocates", evidence: [lawEnforcement] },
      {
        actor: "Marco Rubio",
        stance: "advocates",
        evidence: [
          quote(
            "analysis-2025",
            "issue a joint statement announcing a new “high-level consultation” framework for dealing with narcotics interdiction",
          ),
        ],
      },
    ],
    evidence: [lawEnforcement, mexicoResponse],
  },
  {
    id: "precursor-pressure",
    name: "Pressure on China's precursor and laundering role",
    category: "non-military",
    escalation: 0,
    description:
      "Diplomatic and financial pressure on the Chinese supply of fentanyl precursors and money laundering.",
    ratings: {
      "drug-flow": judged(
        5,
        [3, 7],
        "A Chinese crackdown on precursors is among the likely causes of the 2025 drop.",
        [chinaPrecursors],
      ),
      "cartel-capability": judged(3, [2, 5], "Raises input and laundering costs."),
      speed: judged(4, [2, 6], "Depends on Beijing; supply chains shift."),
      "sovereignty-cost": judged(0, [0, 1], "Does not touch Mexico."),
      "escalation-risk": judged(1, [0, 3], "Friction with China, not with cartels."),
      "civilian-harm": judged(0, [0, 0], "No use of force."),
      "legal-exposure": judged(0, [0, 1], "Diplomacy and sanctions."),
      "resource-cost": judged(2, [1, 3], "Diplomatic and Treasury effort."),
      durability: judged(5, [3, 6], "Holds while China enforces; chemists find substitutes."),
    },
    stances: [
      {
        actor: "Doug Livermore",
        stance: "advocates",
        evidence: [
          quote(
            "bi-2025",
            "He also recommended a closer examination and targeting of China's role in the US drug crisis",
          ),
        ],
      },
    ],
    evidence: [
      quote(
        "heritage-2025",
        "has provided a steady flow of fentanyl precursors to Mexican cartels, while Chinese money launderers aid the cartels",
      ),
      chinaPrecursors,
    ],
  },
];
