import type { z } from "zod";
import type { Option } from "../model/option";
import { background, inferred, quote, under, withCases } from "./build";
import { evidence as e } from "./quotes";
import {
  ftoDesignation,
  restricted,
  restrictedCapability,
  restrictedFlow,
  restrictedRole,
  restrictedSpeed,
  willingPartner,
} from "./requirements";

type OptionInput = z.input<typeof Option>;

const heritageFinance = quote(
  "heritage-2025",
  "targeting illicit financial flows tied to the cartels, and sanctioning corrupt Mexican officials",
);
const cbp = quote(
  "heritage-2025",
  "substantial bolstering of the U.S. Customs and Border Protection (CBP) border security capacities",
);
const crossings = quote("heritage-2025", "increasing restrictions on formal and informal border crossings");
const noForce = "No force is used.";

/** Options without a military role (escalation 0). Ratings are the analyst's; each says its basis. */
export const nonMilitaryOptions: OptionInput[] = [
  {
    id: "illicit-finance",
    name: "Pressure on cartel finance",
    category: "non-military",
    escalation: 0,
    description:
      "State and Treasury pressure on the financial institutions cartels use; sanctions on corrupt Mexican officials.",
    requirements: [ftoDesignation("cartel-capability", 1)],
    ratings: {
      "drug-flow": inferred(
        2,
        [1, 4],
        "Money pressure raises traffickers' costs; no document measures an effect on shipments.",
        [e.internalDefenses],
      ),
      "cartel-capability": inferred(
        2,
        [0, 3],
        "Targets the revenue (an estimated $30 billion a year) that buys weapons and officials.",
        [e.revenue],
      ),
      "border-security": inferred(0, [0, 1], "Acts on money, not at the border.", [heritageFinance]),
      "mexican-role": inferred(
        1,
        [-1, 2],
        "Sanctions on corrupt Mexican officials press Mexico's institutions; no document says how Mexico responds to them.",
        [heritageFinance],
      ),
      speed: background(
        3,
        [2, 5],
        "Background: financial measures take months to bite, and laundering networks adapt.",
      ),
      "sovereignty-cost": inferred(
        1,
        [0, 2],
        "Acts on U.S. and international finance; sanctioning Mexican officials is the one irritant.",
        [heritageFinance],
      ),
      "escalation-risk": inferred(0, [0, 1], `${noForce} The operator calls it a non-violent approach.`, [
        e.internalDefenses,
      ]),
      "civilian-harm": inferred(0, [0, 1], noForce, [e.internalDefenses]),
      "legal-exposure": background(
        1,
        [0, 2],
        "Background: Treasury's sanctions authorities are long established; Rubio says the designation adds to what can be targeted.",
        [e.rubioDesignation],
      ),
      "resource-cost": background(1, [0, 2], "Background: small staffs of analysts and lawyers; no forces."),
    },
    stances: [
      {
        actor: "Senior active-duty special operator (BI)",
        stance: "advocates",
        evidence: [e.internalDefenses],
      },
      { actor: "Heritage Foundation authors", stance: "advocates", evidence: [e.firstSteps] },
    ],
    evidence: [e.internalDefenses, heritageFinance],
  },
  {
    id: "economic-leverage",
    name: "Economic leverage on Mexico",
    category: "non-military",
    escalation: 0,
    description: "Tariffs and the 2026 USMCA renegotiation used to push Mexico to act against the cartels.",
    ratings: {
      "drug-flow": inferred(3, [1, 5], "Works only through what Mexico does in response.", [
        e.mexicoResponse,
      ]),
      "cartel-capability": inferred(
        1,
        [0, 3],
        "Indirect: Mexico transferred dozens of top traffickers after the March 2025 tariffs.",
        [e.mexicoResponse],
      ),
      "border-security": inferred(
        2,
        [0, 3],
        "Mexico deployed thousands of troops to its northern border in response to the tariffs.",
        [e.tariffs, e.mexicoResponse],
      ),
      "mexican-role": inferred(
        2,
        [0, 4],
        "After the March 2025 tariffs, announced as Trump blamed Mexico for the fentanyl flow, Mexico increased its cooperation with U.S. antidrug agencies, as Heritage expects of economic leverage (the response followed both the tariffs and the blame; law-enforcement cooperation then sustains it).",
        [e.blasted, e.tariffs, e.mexicoResponse, e.leverage],
      ),
      speed: inferred(5, [3, 7], "The tariffs came in March 2025; by August Mexico had responded.", [
        e.tariffs,
        e.mexicoResponse,
      ]),
      "sovereignty-cost": background(
        3,
        [1, 5],
        "Background: tariffs on the number one U.S. trading partner strain relations; the documents show cooperation rising afterwards.",
        [e.mexicoResponse],
      ),
      "escalation-risk": inferred(1, [0, 2], "A trade dispute, not an armed one.", [e.tariffs]),
      "civilian-harm": inferred(0, [0, 1], noForce, [e.leverage]),
      "legal-exposure": background(
        1,
        [0, 3],
        "Background: tariff authorities are contested in U.S. courts but established.",
      ),
      "resource-cost": background(3, [1, 5], "Background: tariffs are paid by U.S. importers and consumers."),
    },
    stances: [
      { actor: "Heritage Foundation authors", stance: "advocates", evidence: [e.leverage, e.usmca] },
      { actor: "Trump administration", stance: "advocates", evidence: [e.tariffs] },
    ],
    evidence: [e.leverage, e.usmca, e.tariffs],
  },
  {
    id: "border-enforcement",
    name: "Border enforcement",
    category: "non-military",
    escalation: 0,
    description: "Bolster CBP, restrict formal and informal crossings, ramp up U.S. law enforcement.",
    ratings: {
      "drug-flow": inferred(
        3,
        [1, 5],
        "Fentanyl seizures at the border halved by June 2025, but the decline began before Trump took office and officials name other causes; no document measures what enforcement itself does.",
        [e.seizuresFalling, e.factors],
      ),
      "cartel-capability": inferred(0, [0, 1], "Acts at the border, not on the cartels in Mexico.", [cbp]),
      "border-security": inferred(
        3,
        [2, 4],
        "Heritage's first steps for border security: more CBP capacity and fewer crossings; the effect is not measured.",
        [cbp, crossings],
      ),
      "mexican-role": inferred(0, [-1, 1], "Acts on the U.S. side; asks nothing of Mexico.", [cbp]),
      speed: background(5, [3, 6], "Background: more officers and tighter crossings act within months."),
      "sovereignty-cost": inferred(0, [0, 1], "Acts on the U.S. side.", [crossings]),
      "escalation-risk": inferred(0, [0, 1], "Law enforcement at the border.", [cbp]),
      "civilian-harm": background(
        0,
        [0, 1],
        "Background: little; stricter crossings burden travellers and migrants.",
      ),
      "legal-exposure": background(0, [0, 1], "Background: clear domestic authority."),
      "resource-cost": inferred(5, [3, 7], "A 'substantial bolstering' of CBP is costly.", [cbp]),
    },
    stances: [{ actor: "Heritage Foundation authors", stance: "advocates", evidence: [e.firstSteps] }],
    evidence: [cbp, crossings],
  },
  {
    id: "law-enforcement-cooperation",
    name: "Law-enforcement cooperation",
    category: "non-military",
    escalation: 0,
    description:
      "A law-enforcement-led, interagency effort with Mexico: transfers of traffickers to the United States, joint investigations, high-level consultation.",
    requirements: [willingPartner],
    ratings: {
      "drug-flow": withCases(
        inferred(
          3,
          [1, 5],
          "The cooperation this option sustains is what Mexico gave in 2025 (transfers of top traffickers, more work with U.S. antidrug agencies), which the Post reports came 'in response' to Trump's public blame and the March tariffs; no document measures its effect on the flow, and officials and analysts name factors that 'could be behind' the fall in seizures; whether the cooperation lasts counts under the partnership-fragility risk.",
          [e.blasted, e.tariffs, e.mexicoResponse, e.factors],
        ),
        under(restricted, restrictedFlow(1)),
      ),
      "cartel-capability": withCases(
        inferred(
          2,
          [1, 3],
          "Transfers of 'dozens of top traffickers' take leaders out through courts (the 2025 response to pressure this option would sustain).",
          [e.mexicoResponse],
        ),
        under(restricted, restrictedCapability),
      ),
      "border-security": withCases(
        inferred(1, [0, 2], "Cooperation in 2025 included Mexican troops at its northern border.", [
          e.mexicoResponse,
        ]),
        under(
          restricted,
          inferred(0, [0, 1], "Where Mexico restricts cooperation, no such deployment is documented.", [
            e.amlo,
          ]),
        ),
      ),
      "mexican-role": withCases(
        inferred(
          3,
          [1, 5],
          "Mexico's own forces act, with U.S. help: Rubio calls it the closest security cooperation ever, with a new consultation framework; whether the cooperation lasts counts under the partnership-fragility risk.",
          [e.closestCooperation, e.highLevelConsultation],
        ),
        under(restricted, restrictedRole),
      ),
      speed: withCases(
        inferred(4, [3, 6], "Transfers came within months of the 2025 pressure.", [e.mexicoResponse]),
        under(restricted, restrictedSpeed),
      ),
      "sovereignty-cost": inferred(
        0,
        [0, 1],
        "Mexico acts on its territory; Sheinbaum: 'We cooperate, we collaborate'.",
        [e.sheinbaumNoInvasion],
      ),
      "escalation-risk": inferred(0, [0, 1], "Police work, with no U.S. force.", [e.lawEnforcementIssue]),
      "civilian-harm": background(1, [0, 2], "Background: Mexican enforcement operations can turn violent."),
      "legal-exposure": background(0, [0, 1], "Background: established law-enforcement channels."),
      "resource-cost": background(2, [1, 3], "Background: agents, prosecutors, liaison."),
    },
    stances: [
      { actor: "Gen. Mark Milley", stance: "advocates", evidence: [e.lawEnforcementIssue] },
      { actor: "Marco Rubio", stance: "advocates", evidence: [e.rubioNotRuledOut, e.highLevelConsultation] },
      { actor: "Claudia Sheinbaum", stance: "advocates", evidence: [e.sheinbaumNoInvasion] },
    ],
    evidence: [e.lawEnforcementIssue, e.mexicoResponse, e.highLevelConsultation],
  },
  {
    id: "precursor-pressure",
    name: "Pressure on China's precursor and laundering role",
    category: "non-military",
    escalation: 0,
    description:
      "Diplomatic and financial pressure on the Chinese supply of fentanyl precursors and money laundering.",
    ratings: {
      "drug-flow": inferred(
        3,
        [0, 5],
        "The Chinese supply matters: Heritage says the Chinese Communist Party, through Chinese chemical companies and criminal groups, supplies fentanyl precursors to the cartels, and officials and analysts name a crackdown by China on precursor exports among the possible causes of the drop in seizures, beside a civil war within the Sinaloa cartel and an apparent decline in fentanyl use (a decline that began before Trump took office; seizures stand in for the flow here, the analyst's reading). No document says U.S. pressure brings such a crackdown; the rating assumes it can, hence the interval down to 0.",
        [e.chinaHeritage, e.factors, e.seizuresFalling],
      ),
      "cartel-capability": inferred(
        1,
        [0, 3],
        "The analyst's reading: pressure on the Chinese money launderers who, Heritage says, 'aid the cartels in laundering their profits' would raise the cartels' costs (fewer precursors count under drug flow, not again here).",
        [e.launderingChina],
      ),
      "border-security": inferred(0, [0, 1], "Acts on supply in China, not at the border.", [
        e.livermoreChina,
      ]),
      "mexican-role": inferred(0, [-1, 1], "Does not involve Mexico.", [e.livermoreChina]),
      speed: background(3, [1, 5], "Background: depends on Beijing; supply chains shift."),
      "sovereignty-cost": inferred(0, [0, 1], "Does not touch Mexico.", [e.livermoreChina]),
      "escalation-risk": background(1, [0, 3], "Background: friction with China, not with the cartels."),
      "civilian-harm": inferred(0, [0, 0], noForce, [e.livermoreChina]),
      "legal-exposure": background(0, [0, 1], "Background: diplomacy and sanctions."),
      "resource-cost": background(2, [1, 3], "Background: diplomatic and Treasury effort."),
    },
    stances: [{ actor: "Doug Livermore", stance: "advocates", evidence: [e.livermoreChina] }],
    evidence: [e.chinaHeritage, e.factors],
  },
];
