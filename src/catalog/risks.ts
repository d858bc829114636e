import type { z } from "zod";
import type { Risk } from "../model/risk";
import { not, stateIn } from "./build";
import { evidence as e } from "./quotes";
import { APPROVED } from "./requirements";

type RiskInput = z.input<typeof Risk>;

const exposure = (option: string, likelihood: number, severity: number, rationale: string) => ({
  option,
  likelihood,
  severity,
  rationale,
});
const withoutApproval = not(stateIn("mexican-consent", ...APPROVED));
const strikesAndRaids = ["drone-strikes", "naval-strikes", "sof-raids", "ground-intervention"];
const partnered = ["intelligence-sharing", "law-enforcement-cooperation", "training-fid", "joint-operations"];

/**
 * The sixteen risks the documents state. Likelihoods (0..1) and severities (1..5) per option are
 * analyst judgments, each with its rationale, and assume the option's requirements met (Mexico's
 * approval among them); a modifier moves a likelihood when the documents tie the risk to a
 * precondition, once per precondition. The risks restate, as likelihood × severity, consequences
 * the criteria also rate: they are reported beside the score and enter it only when asked
 * (`riskBurden`), and then on top of the criteria.
 */
export const risks: RiskInput[] = [
  {
    id: "spillover-instability",
    name: "Instability spills over the border",
    description: "Military action in Mexico stirs instability that spills into U.S. territory.",
    evidence: [e.spillover],
    exposures: [
      exposure("ground-intervention", 0.6, 4, "Large forces in Mexico are what the experts warn of."),
      exposure("sof-raids", 0.35, 4, "Troops on Mexican soil, in smaller numbers."),
      exposure("joint-operations", 0.25, 4, "Troops in Mexico, alongside Mexican forces."),
      exposure(
        "drone-strikes",
        0.2,
        4,
        "The analyst's inference: the experts warn of troops, and strikes send none; violence after strikes can still spread.",
      ),
      exposure("naval-strikes", 0.2, 4, "As for drone strikes."),
    ],
  },
  {
    id: "humanitarian-crisis",
    name: "Humanitarian and refugee crisis",
    description: "Violence against cartels displaces civilians and drives asylum flows to the U.S.",
    evidence: [e.humanitarian, e.refugeeCrisis],
    exposures: [
      exposure("ground-intervention", 0.5, 4, "Sustained fighting in populated areas."),
      exposure("sof-raids", 0.3, 4, "Raids and cartel retaliation in communities."),
      exposure("joint-operations", 0.25, 4, "More intense operations, with Mexican forces."),
      exposure("drone-strikes", 0.2, 4, "Strikes provoke turf wars and reprisals."),
      exposure("naval-strikes", 0.2, 4, "As for drone strikes."),
    ],
  },
  {
    id: "leader-replacement",
    name: "Killing leaders fragments cartels and worsens violence",
    description:
      "Decapitated groups splinter; successors fight for power, making the battlefield more complex.",
    evidence: [e.oppositeEffect, e.replaced],
    exposures: [
      exposure("sof-raids", 0.6, 3, "Targeted killing of leaders is what raids are for."),
      exposure("drone-strikes", 0.5, 3, "Strikes on 'command control leaders' (Maltz)."),
      exposure("naval-strikes", 0.5, 3, "Missiles 'at cartel leaders'."),
      exposure("ground-intervention", 0.5, 3, "A campaign would remove leaders wholesale."),
      exposure("joint-operations", 0.4, 3, "Joint operations also target leadership."),
    ],
  },
  {
    id: "civilian-harm",
    name: "Civilians cannot be told from fighters",
    description: "Fighting an irregular enemy embedded in civilian life harms civilians.",
    evidence: [e.differentiate],
    exposures: [
      exposure("ground-intervention", 0.6, 5, "Urban fighting among civilians."),
      exposure("naval-strikes", 0.4, 5, "Missiles with little on-scene discrimination (background)."),
      exposure("drone-strikes", 0.35, 5, "Strikes on labs and leaders in inhabited areas."),
      exposure("sof-raids", 0.35, 5, "Raids 'in the middle of civilian life'."),
      exposure(
        "joint-operations",
        0.25,
        5,
        "Background: Mexican partners alongside may know whom they fight.",
      ),
    ],
  },
  {
    id: "quagmire",
    name: "Quagmire without an end state",
    description: "No defined end state; dismantling cartels takes years or generations.",
    evidence: [e.quagmire, e.generation],
    exposures: [
      exposure("ground-intervention", 0.6, 4, "Occupation-scale commitments are what quagmires are made of."),
      exposure("sof-raids", 0.35, 4, "Raids without an end state invite a campaign."),
      exposure("joint-operations", 0.3, 4, "A lasting commitment alongside Mexican forces."),
      exposure("drone-strikes", 0.2, 4, "A strike campaign can run on without end."),
      exposure("naval-strikes", 0.2, 4, "As for drone strikes."),
      exposure("training-fid", 0.1, 2, "Long by design, but small and partner-led."),
    ],
  },
  {
    id: "relationship-damage",
    name: "Damage to the relationship with Mexico",
    description:
      "A muscular approach alienates the top U.S. trading partner and loses the cooperation already won.",
    evidence: [e.backfire, e.kaine],
    exposures: [
      exposure(
        "ground-intervention",
        0.5,
        4,
        "Even invited, a large U.S. force in Mexico strains the relationship.",
      ),
      exposure("sof-raids", 0.3, 4, "U.S. troops on Mexican soil, even approved."),
      exposure("drone-strikes", 0.2, 4, "Approved strikes on Mexican territory are still sensitive."),
      exposure("naval-strikes", 0.25, 4, "Missile strikes are more conspicuous."),
      exposure("coercive-signalling", 0.3, 3, "Threats of force against a partner."),
      exposure(
        "economic-leverage",
        0.2,
        3,
        "Tariffs strain the partnership, though cooperation rose after them.",
      ),
      exposure("joint-operations", 0.15, 3, "Even approved operations are politically sensitive in Mexico."),
      exposure("surveillance-flights", 0.1, 2, "Flights over Mexican territory."),
      exposure("border-military-support", 0.1, 2, "Troops stay on the U.S. side."),
    ],
    modifiers: [
      {
        when: withoutApproval,
        options: strikesAndRaids,
        likelihood: 0.3,
        rationale:
          "Mexico opposes unilateral action; acting without its approval is what damages the relationship.",
        evidence: [e.sheinbaumUnilateral],
      },
    ],
  },
  {
    id: "government-response",
    name: "Undesirable response by Mexico's government and the cartels",
    description: "Direct action provokes a hostile response from the Mexican government and the cartels.",
    evidence: [e.highRisks],
    exposures: [
      exposure("ground-intervention", 0.4, 3, "The most provocative option."),
      exposure("sof-raids", 0.3, 3, "Direct action on Mexican soil."),
      exposure(
        "drone-strikes",
        0.25,
        3,
        "Direct action from the air; cartels can respond even to approved strikes.",
      ),
      exposure("naval-strikes", 0.25, 3, "Direct action from the sea."),
      exposure("joint-operations", 0.2, 3, "Cartels respond even to approved action."),
    ],
    modifiers: [
      {
        when: withoutApproval,
        options: strikesAndRaids,
        likelihood: 0.3,
        rationale:
          "Heritage ties the 'high risks of undesirable response' to unilateral action, in the same paragraph.",
        evidence: [e.unilateralPrompt, e.highRisks],
      },
    ],
  },
  {
    id: "readiness-diversion",
    name: "Readiness drawn from other theaters",
    description:
      "Military resources are limited; using them at the border or in Mexico draws them from elsewhere.",
    evidence: [e.limitedResources],
    exposures: [
      exposure("ground-intervention", 0.8, 4, "A major campaign."),
      exposure("border-military-support", 0.5, 3, "Thousands of troops at the border."),
      exposure("joint-operations", 0.3, 3, "Forces committed to a lasting effort."),
      exposure("sof-raids", 0.3, 3, "Special operations forces are few."),
      exposure("naval-strikes", 0.3, 2, "Destroyers taken from other missions."),
      exposure("drone-strikes", 0.2, 2, "Strike aircraft are in demand elsewhere."),
      exposure("surveillance-flights", 0.2, 2, "ISR aircraft are in demand elsewhere."),
      exposure("counter-drone-border", 0.2, 2, "Counter-drone systems are scarce."),
    ],
    modifiers: [
      {
        when: stateIn("appropriations", "enacted"),
        options: ["border-military-support", "counter-drone-border"],
        likelihood: -0.2,
        rationale: "Heritage argues appropriations limit the effect on readiness elsewhere.",
        evidence: [e.readinessLimited],
      },
    ],
  },
  {
    id: "corruption",
    name: "Corruption undermines partnered efforts",
    description: "Corrupt Mexican officials compromise training, intelligence and joint work.",
    evidence: [e.corruption, e.corruptionComplicates, e.nameMayors],
    exposures: [
      exposure("intelligence-sharing", 0.5, 3, "Shared intelligence can leak to cartels."),
      exposure(
        "law-enforcement-cooperation",
        0.5,
        3,
        "Cartels 'name mayors and enjoy alliances with senior officials'.",
      ),
      exposure("training-fid", 0.45, 3, "Trained units can be captured by cartels."),
      exposure("joint-operations", 0.4, 3, "Operations can be compromised."),
    ],
  },
  {
    id: "partnership-fragility",
    name: "Cooperation does not last",
    description:
      "Cooperation could end, from either side, taking partnered options with it. Heritage calls even Mexico's cooperation on migration 'tenuous'; the September 2025 analysis, after Rubio's praise of the closest cooperation, warns that 'this tenuous state of affairs' (read here as U.S. restraint from striking, for which the analysis gives Rubio's statement against lethal force in 'cooperative' countries as one possible reason) 'could easily change', and goes on to a faction favouring force without Mexico's cooperation. The analyst's reading: a break from either side ends the cooperation partnered options need (what U.S. force does to the relationship counts under the strike options' relationship-damage risk; the exposures here are the Mexican side's). (Heritage's 'increasingly unreliable' partnership names the recent deterioration, which the limited-cooperation modifier counts.)",
    evidence: [e.migrationTenuous, e.rubioCooperative, e.tenuousChange, e.gorka],
    exposures: [
      exposure("law-enforcement-cooperation", 0.3, 3, "Transfers and consultation depend on Mexico's will."),
      exposure("intelligence-sharing", 0.3, 3, "Sharing stops when cooperation does."),
      exposure("training-fid", 0.3, 3, "Years of training need years of partnership."),
      exposure("joint-operations", 0.35, 3, "Approval can be withdrawn."),
    ],
    modifiers: [
      {
        when: stateIn("mexican-consent", "limited-cooperation"),
        options: partnered,
        likelihood: 0.2,
        rationale:
          "Where Mexico already restricts cooperation: Heritage says it 'has rapidly deteriorated'; that it may end is the analyst's inference. The restricted-cooperation cases count today's yield, this modifier whether cooperation lasts.",
        evidence: [e.deteriorated],
      },
    ],
  },
  {
    id: "domestic-support",
    name: "The American public loses patience",
    description: "Operations in Mexico need lasting support at home that may not be there.",
    evidence: [e.stomach],
    exposures: [
      exposure("ground-intervention", 0.6, 3, "A war in Mexico needs the most patience."),
      exposure("sof-raids", 0.4, 3, "'Messing around down there' with troops on the ground."),
      exposure("joint-operations", 0.25, 3, "U.S. troops in combat in Mexico."),
      exposure("drone-strikes", 0.2, 3, "No U.S. troops at risk, but what follows the strikes."),
      exposure("naval-strikes", 0.2, 3, "As for drone strikes."),
    ],
  },
  {
    id: "incident-escalation",
    name: "One incident sparks a wider confrontation",
    description: "A single incident near or across the border provokes a larger confrontation.",
    evidence: [e.grilloIncident],
    exposures: [
      exposure("ground-intervention", 0.6, 4, "Constant contact with armed groups."),
      exposure("sof-raids", 0.4, 4, "Raids go wrong."),
      exposure("drone-strikes", 0.35, 4, "A strike with the wrong victims."),
      exposure("naval-strikes", 0.35, 4, "As for drone strikes."),
      exposure(
        "border-military-support",
        0.2,
        3,
        "Armed forces on both sides of the line (an army patrol crossed in April 2025).",
      ),
      exposure("coercive-signalling", 0.15, 3, "Threats raise the stakes of any incident."),
      exposure("surveillance-flights", 0.15, 3, "A downed or lost aircraft."),
      exposure("counter-drone-border", 0.15, 3, "Engagements at the border."),
    ],
  },
  {
    id: "legal-exposure",
    name: "Action without legal authority",
    description: "Force used without congressional authorization.",
    evidence: [e.kaine],
    exposures: [
      exposure("ground-intervention", 0.3, 3, "A war needs the clearest authority."),
      exposure("sof-raids", 0.2, 3, "Raids on foreign soil."),
      exposure("drone-strikes", 0.15, 3, "Strikes on foreign soil."),
      exposure("naval-strikes", 0.15, 3, "Strikes on foreign soil."),
    ],
    modifiers: [
      {
        when: not(stateIn("aumf", "enacted")),
        options: strikesAndRaids,
        likelihood: 0.3,
        rationale:
          "Without an AUMF the legal basis is contested: Kaine calls a directive issued without consulting Congress or any legal authority to launch strikes 'lawless'.",
        evidence: [e.kaineNoAuthority],
      },
    ],
  },
  {
    id: "aumf-scope-creep",
    name: "An AUMF grows in scope and is not reversed",
    description: "Authorizations for force are rarely repealed and stretch to new uses.",
    evidence: [e.notReversed],
    exposures: strikesAndRaids.map((option) =>
      exposure(option, 0, 3, "No AUMF, no creep: the likelihood comes only with an enacted AUMF."),
    ),
    modifiers: [
      {
        when: stateIn("aumf", "enacted"),
        likelihood: 0.3,
        rationale: "Once enacted, the AUMF is the thing that grows.",
        evidence: [e.balloon],
      },
    ],
  },
  {
    id: "limited-effect",
    name: "Little lasting effect on a decentralised market",
    description: "More than 500 groups cooperate in many ways; striking some leaves the market intact.",
    evidence: [e.fiveHundred, e.unclearEffect],
    exposures: [
      exposure("drone-strikes", 0.6, 2, "Labs and leaders are replaceable."),
      exposure("naval-strikes", 0.6, 2, "As for drone strikes."),
      exposure("sof-raids", 0.6, 2, "Killing leaders 'is not going to change anything'."),
      exposure("ground-intervention", 0.5, 2, "Even large forces face hundreds of groups."),
      exposure("counter-drone-border", 0.5, 2, "Background: drones are one tool among many."),
      exposure("joint-operations", 0.4, 2, "Better, but still against a diffuse target."),
      exposure("border-military-support", 0.4, 2, "Background: traffickers adapt routes."),
    ],
  },
  {
    id: "force-protection",
    name: "Cartels field military-grade weapons",
    description: "U.S. forces in Mexico face anti-aircraft weapons, armored vehicles, drones and jamming.",
    evidence: [e.weaponry],
    exposures: [
      exposure("ground-intervention", 0.7, 4, "Forces exposed across territory."),
      exposure("sof-raids", 0.5, 4, "Small teams against heavily armed groups."),
      exposure("joint-operations", 0.35, 4, "Exposed, with partner support."),
      exposure("training-fid", 0.1, 3, "Trainers are rarely in combat."),
    ],
  },
];
