import type { z } from "zod";
import type { Risk } from "../model/risk";
import { not, quote, stateIn } from "./build";

type RiskInput = z.input<typeof Risk>;

const exposure = (option: string, likelihood: number, severity: number, rationale: string) => ({
  option,
  likelihood,
  severity,
  rationale,
});
const withoutInvitation = not(stateIn("mexican-consent", "express-request", "joint-approval"));
const noAumf = not(stateIn("aumf", "enacted"));
const onMexicanSoil = ["sof-raids", "ground-intervention"];
const kinetic = ["drone-strikes", "naval-strikes", "sof-raids", "ground-intervention"];

/**
 * The fourteen risks the documents state. Likelihoods (0..1) and severities (1..5) per option are
 * analyst judgments, each with its rationale; the risk itself and its modifiers rest on quotes.
 */
export const risks: RiskInput[] = [
  {
    id: "spillover-instability",
    name: "Instability spills over the border",
    description: "Military action in Mexico stirs instability that spills into U.S. territory.",
    evidence: [
      quote(
        "bi-2025",
        "sending any military troops into Mexico risks stirring instability, which could then spill over the border into US territory",
      ),
    ],
    exposures: [
      exposure("ground-intervention", 0.6, 4, "Large forces in Mexico are what the experts warn of."),
      exposure("sof-raids", 0.4, 4, "Troops on Mexican soil, in smaller numbers."),
      exposure("joint-operations", 0.25, 4, "Troops in Mexico, but alongside Mexican forces."),
      exposure("drone-strikes", 0.2, 4, "No troops on the ground, but violent cartel reaction is possible."),
      exposure("naval-strikes", 0.2, 4, "As for drone strikes."),
    ],
    modifiers: [
      {
        when: withoutInvitation,
        options: [...onMexicanSoil, "drone-strikes", "naval-strikes"],
        likelihood: 0.15,
        rationale: "The experts' warning is strongest for action without an invitation.",
        evidence: [quote("bi-2025", "especially if conducted without an invitation from Mexico")],
      },
    ],
  },
  {
    id: "humanitarian-crisis",
    name: "Humanitarian and refugee crisis",
    description: "Violence against cartels displaces civilians and drives asylum flows to the U.S.",
    evidence: [
      quote(
        "bi-2025",
        "Violence against cartels could trigger a humanitarian crisis and spur more immigration to the US",
        "Guadalupe Correa-Cabrera",
      ),
    ],
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
    evidence: [
      quote("bi-2025", "you are going to get the exact opposite effect", "Carolyn Gallaher"),
      quote("bi-2025", "Top leaders can be easily replaced by others zealously vying for power"),
    ],
    exposures: [
      exposure("sof-raids", 0.6, 3, "Targeted killing of leaders is the raids' purpose."),
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
    evidence: [
      quote(
        "bi-2025",
        "you don't have an accurate way to differentiate between civilian and soldier",
        "Carolyn Gallaher",
      ),
    ],
    exposures: [
      exposure("ground-intervention", 0.6, 5, "Urban fighting among civilians."),
      exposure("naval-strikes", 0.4, 5, "Missiles have large effects and little on-scene discrimination."),
      exposure("drone-strikes", 0.35, 5, "Strikes on labs and leaders in inhabited areas."),
      exposure("sof-raids", 0.35, 5, "Raids 'in the middle of civilian life'."),
      exposure("joint-operations", 0.25, 5, "Mexican partners add local knowledge."),
    ],
  },
  {
    id: "quagmire",
    name: "Quagmire without an end state",
    description: "No defined end state; dismantling cartels takes years or generations.",
    evidence: [
      quote("bi-2025", "Lacking such parameters could lead to another quagmire."),
      quote("bi-2025", "It's going to take a generation or two; it's not going to be done in four years."),
    ],
    exposures: [
      exposure("ground-intervention", 0.6, 4, "Occupation-scale commitments are what quagmires are made of."),
      exposure("sof-raids", 0.35, 4, "Raids without end state invite a campaign."),
      exposure("joint-operations", 0.3, 4, "A lasting commitment alongside Mexican forces."),
      exposure("drone-strikes", 0.2, 4, "A strike campaign can run on without end."),
      exposure("naval-strikes", 0.2, 4, "As for drone strikes."),
      exposure("training-fid", 0.1, 2, "Long by design, but low cost and partner-led."),
    ],
  },
  {
    id: "relationship-damage",
    name: "Damage to the relationship with Mexico",
    description:
      "A muscular approach alienates the top U.S. trading partner and loses the cooperation already won.",
    evidence: [
      quote(
        "wapo-2025",
        "an overly muscular approach involving U.S. troops and weapons could backfire in Mexico, the number one U.S. trading partner",
      ),
      quote(
        "wapo-2025",
        "will destroy the critical relationships we need to effectively address this challenge",
        "Tim Kaine",
      ),
    ],
    exposures: [
      exposure("ground-intervention", 0.9, 4, "Sheinbaum has ruled out an invasion 'absolutely'."),
      exposure("sof-raids", 0.5, 4, "Troops on Mexican soil against Mexico's stated refusal."),
      exposure("drone-strikes", 0.4, 4, "Strikes on Mexican territory."),
      exposure("naval-strikes", 0.4, 4, "Strikes on Mexican territory."),
      exposure("economic-leverage", 0.35, 3, "Tariffs and trade threats strain the partnership."),
      exposure("surveillance-flights", 0.15, 2, "Flights over Mexican territory."),
      exposure("joint-operations", 0.15, 3, "Even approved operations are politically sensitive in Mexico."),
      exposure("border-military-support", 0.1, 2, "Troops stay on the U.S. side."),
    ],
    modifiers: [
      {
        when: withoutInvitation,
        options: kinetic,
        likelihood: 0.2,
        rationale:
          "Mexico opposes unilateral action; acting without its approval is what damages the relationship.",
        evidence: [
          quote("wapo-2025", "her government opposed any unilateral U.S. military action in her country"),
        ],
      },
    ],
  },
  {
    id: "government-response",
    name: "Undesirable response by Mexico's government and the cartels",
    description: "Direct action provokes a hostile response from the Mexican government and the cartels.",
    evidence: [
      quote(
        "heritage-2025",
        "there are high risks of undesirable response from the Mexican government and drug cartels",
      ),
    ],
    exposures: [
      exposure("ground-intervention", 0.7, 3, "The most provocative option."),
      exposure("sof-raids", 0.5, 3, "Direct action on Mexican soil."),
      exposure("drone-strikes", 0.4, 3, "Direct action from the air."),
      exposure("naval-strikes", 0.4, 3, "Direct action from the sea."),
      exposure("joint-operations", 0.2, 3, "Cartels respond even to approved action."),
    ],
    modifiers: [
      {
        when: stateIn("mexican-consent", "opposed", "limited-cooperation"),
        options: kinetic,
        likelihood: 0.15,
        rationale: "A government already resisting cooperation is likelier to respond badly.",
        evidence: [quote("heritage-2025", "prompt cooperation from a resistant Mexican government")],
      },
    ],
  },
  {
    id: "readiness-diversion",
    name: "Readiness drawn from other theaters",
    description:
      "Military resources are limited; using them at the border or in Mexico draws them from elsewhere.",
    evidence: [quote("heritage-2025", "demands for limited U.S. military resources are substantial")],
    exposures: [
      exposure("ground-intervention", 0.8, 4, "A major campaign."),
      exposure("border-military-support", 0.5, 3, "Thousands of troops at the border."),
      exposure("joint-operations", 0.3, 3, "Forces committed to a lasting effort."),
      exposure("sof-raids", 0.3, 3, "Special operations forces are few."),
      exposure("naval-strikes", 0.3, 2, "Destroyers taken from other missions."),
      exposure("drone-strikes", 0.2, 2, "ISR and strike aircraft are in demand elsewhere."),
      exposure("surveillance-flights", 0.2, 2, "ISR aircraft are in demand elsewhere."),
      exposure("counter-drone-border", 0.2, 2, "Counter-drone systems are scarce."),
    ],
    modifiers: [
      {
        when: stateIn("appropriations", "enacted"),
        options: ["border-military-support", "counter-drone-border"],
        likelihood: -0.2,
        rationale: "Heritage argues appropriations limit the effect on readiness elsewhere.",
        evidence: [
          quote(
            "heritage-2025",
            "In this way, the impact on military readiness in other critical theaters could be limited.",
          ),
        ],
      },
    ],
  },
  {
    id: "corruption",
    name: "Corruption undermines partnered efforts",
    description: "Corrupt Mexican officials compromise training, intelligence and joint work.",
    evidence: [quote("bi-2025", "rampant corruption in Mexico's government agencies", "Doug Livermore")],
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
    id: "incident-escalation",
    name: "One incident sparks a wider confrontation",
    description: "A single incident near or across the border provokes a larger confrontation.",
    evidence: [quote("analysis-2025", "things could change very quickly", "Ioan Grillo")],
    exposures: [
      exposure("ground-intervention", 0.6, 4, "Constant contact with armed groups."),
      exposure("sof-raids", 0.4, 4, "Raids go wrong."),
      exposure("drone-strikes", 0.35, 4, "A strike with the wrong victims."),
      exposure("naval-strikes", 0.35, 4, "As for drone strikes."),
      exposure("border-military-support", 0.2, 3, "Armed forces on both sides of the line."),
      exposure("surveillance-flights", 0.15, 3, "A downed or lost aircraft."),
      exposure("counter-drone-border", 0.15, 3, "Engagements at the border."),
    ],
  },
  {
    id: "legal-exposure",
    name: "Action without legal authority",
    description: "Force used without congressional authorization or the host state's consent.",
    evidence: [
      quote(
        "wapo-2025",
        "is shortsighted and lawless, and will destroy the critical relationships",
        "Tim Kaine",
      ),
    ],
    exposures: [
      exposure("ground-intervention", 0.5, 3, "A war without declaration."),
      exposure("sof-raids", 0.4, 3, "Raids on foreign soil."),
      exposure("drone-strikes", 0.3, 3, "Strikes on foreign soil."),
      exposure("naval-strikes", 0.3, 3, "Strikes on foreign soil."),
      exposure("surveillance-flights", 0.1, 2, "Overflight of a sovereign state."),
    ],
    modifiers: [
      {
        when: noAumf,
        options: kinetic,
        likelihood: 0.2,
        rationale: "Without an AUMF the legal basis is the President's directive alone.",
        evidence: [
          quote(
            "wapo-2025",
            "without consulting Congress, notifying the American people, or any legal authority to launch strikes within the sovereign territory of our neighbors",
            "Tim Kaine",
          ),
        ],
      },
    ],
  },
  {
    id: "aumf-scope-creep",
    name: "An AUMF grows in scope and is not reversed",
    description: "Authorizations for force are rarely repealed and stretch to new uses.",
    evidence: [quote("bi-2025", "Such legislation is notably not often quickly reversed")],
    exposures: kinetic.map((option) =>
      exposure(option, 0.15, 3, "Kinetic options are what an AUMF would authorize."),
    ),
    modifiers: [
      {
        when: stateIn("aumf", "enacted"),
        likelihood: 0.3,
        rationale: "Once enacted, the AUMF is the thing that grows.",
        evidence: [
          quote(
            "bi-2025",
            "both of the AUMFs that allowed the Global War on Terror to balloon in scope are still in place",
          ),
        ],
      },
    ],
  },
  {
    id: "limited-effect",
    name: "Little lasting effect on a decentralised market",
    description: "More than 500 groups cooperate in many ways; striking some leaves the market intact.",
    evidence: [
      quote(
        "wapo-2025",
        "Today, there are more than 500 cartels, gangs and mafia-style groups all over the country",
      ),
    ],
    exposures: [
      exposure("drone-strikes", 0.6, 2, "Labs and leaders are replaceable."),
      exposure("naval-strikes", 0.6, 2, "As for drone strikes."),
      exposure("sof-raids", 0.6, 2, "Killing leaders 'is not going to change anything'."),
      exposure("ground-intervention", 0.5, 2, "Even large forces face hundreds of groups."),
      exposure("counter-drone-border", 0.5, 2, "Drones are one tool among many."),
      exposure("joint-operations", 0.4, 2, "Better, but still against a diffuse target."),
      exposure("border-military-support", 0.4, 2, "Traffickers adapt routes."),
    ],
  },
  {
    id: "force-protection",
    name: "Cartels field military-grade weapons",
    description: "U.S. forces in Mexico face anti-aircraft weapons, armored vehicles, drones and jamming.",
    evidence: [
      quote(
        "heritage-2025",
        "Cartels are also equipped with military-level weaponry, including anti-aircraft weapons and armored vehicles",
      ),
    ],
    exposures: [
      exposure("ground-intervention", 0.7, 4, "Forces exposed across territory."),
      exposure("sof-raids", 0.5, 4, "Small teams against heavily armed groups."),
      exposure("joint-operations", 0.35, 4, "Exposed, with partner support."),
      exposure("training-fid", 0.1, 3, "Trainers rarely in combat."),
    ],
  },
];
