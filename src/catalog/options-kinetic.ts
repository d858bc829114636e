import type { z } from "zod";
import type { Option, Stance } from "../model/option";
import { background, inferred, stateIn, under, withCases } from "./build";
import { evidence as e } from "./quotes";
import {
  aumfSoft,
  COOPERATING,
  forceAuthorized,
  ftoDesignation,
  mexicanApproval,
  RESISTING,
} from "./requirements";

type OptionInput = z.input<typeof Option>;
type RatingInput = OptionInput["ratings"][string];

/**
 * What unilateral action does to Mexico's own role depends on where Mexico stands: the rating
 * assumes approval (the base, as every base rating assumes the option's requirements met); against
 * a cooperating government that opposes unilateral action, cooperation is at stake; against a
 * resisting one, the documents disagree (Heritage: it may prompt cooperation; former officials: it
 * may backfire). Counted here once, not again as a penalty.
 */
const mexicanRole = (approved: RatingInput, cooperating: RatingInput, resisting: RatingInput) =>
  withCases(
    approved,
    under(stateIn("mexican-consent", ...COOPERATING), cooperating),
    under(stateIn("mexican-consent", ...RESISTING), resisting),
  );
const againstPartner = (value: number, interval: readonly [number, number], what: string) =>
  inferred(
    value,
    interval,
    `Against a government that gives 'the closest security cooperation we have ever had' and 'cooperate[s]' while ruling out U.S. troops, ${what}: an inference; no document says Mexico would end it, and Kaine, who warns that force without authority 'will destroy the critical relationships we need', does not name Mexico.`,
    [e.closestCooperation, e.sheinbaumNoInvasion, e.kaine],
  );
const againstResisting = (value: number, interval: readonly [number, number]) =>
  inferred(
    value,
    interval,
    "Contested: Heritage expects unilateral action to 'prompt cooperation from a resistant Mexican government'; former officials warn it could backfire and alienate Mexico.",
    [e.unilateralPrompt, e.backfire],
  );

const strikeStances: Stance[] = [
  {
    actor: "Donald Trump",
    stance: "has-not-ruled-out",
    qualifier: "asked for options including strikes 'not sanctioned by Mexico's government' (as a candidate)",
    evidence: [e.rangeOfOptions],
  },
  {
    actor: "Sebastian Gorka's faction",
    stance: "advocates",
    qualifier: "without the cooperation of Mexican security forces",
    evidence: [e.gorka],
  },
  {
    actor: "Administration officials",
    stance: "conditional",
    qualifier: "if action is approved",
    evidence: [e.favoringStrikes],
  },
  {
    actor: "Ronald Johnson",
    stance: "has-not-ruled-out",
    qualifier: "unilateral strikes",
    evidence: [e.johnson],
  },
  {
    actor: "Marco Rubio",
    stance: "has-not-ruled-out",
    qualifier:
      "prefers working with Mexico; said in Ecuador there would be no lethal force in 'cooperative' countries that advance U.S. counternarcotics objectives",
    evidence: [e.rubioNotRuledOut, e.rubioCooperative],
  },
  {
    actor: "Heritage Foundation authors",
    stance: "conditional",
    qualifier: "a last resort, on an escalating scale, with measures to mitigate undesirable responses",
    evidence: [e.lastResort, e.unilateralPrompt, e.mitigate],
  },
  {
    actor: "Gen. Mark Milley",
    stance: "conditional",
    qualifier: "only with Mexico's support and approval, after 'a very rigorous decision-making process'",
    evidence: [e.milleyNotWithout, e.milleyRigorous],
  },
  {
    actor: "Claudia Sheinbaum",
    stance: "opposes",
    qualifier: "any unilateral U.S. action",
    evidence: [e.sheinbaumUnilateral],
  },
  {
    actor: "Sen. Tim Kaine",
    stance: "opposes",
    qualifier: "without Congress or any legal authority",
    evidence: [e.kaine],
  },
];

const strikeRatings = (over: Partial<Record<string, RatingInput>>): Record<string, RatingInput> => ({
  "drug-flow": inferred(
    3,
    [0, 6],
    "Contested: DEA officials favor hitting the production labs; more than 500 groups share the market, and the Post finds the long-term effect of military operations unclear.",
    [e.maltz, e.fiveHundred, e.unclearEffect],
  ),
  "cartel-capability": inferred(
    1,
    [-3, 4],
    "Destroys labs and kills leaders, who 'can be easily replaced'; experts expect fragmentation and more violence; DEA officials favor hitting labs and leaders.",
    [e.replaced, e.oppositeEffect, e.maltz],
  ),
  "border-security": inferred(
    0,
    [-3, 3],
    "Contested: a Trump policy paper counts action against the cartels among 'the actions necessary to secure its borders'; Correa-Cabrera warns violence could spur more immigration.",
    [e.policyPaper, e.humanitarian],
  ),
  "mexican-role": mexicanRole(
    inferred(1, [-1, 3], "With Mexico's approval a strike is joint action, Heritage's 'ideal condition'.", [
      e.jointIdeal,
    ]),
    againstPartner(-3, [-5, 0], "a strike puts that cooperation at stake"),
    againstResisting(0, [-3, 3]),
  ),
  "civilian-harm": inferred(
    4,
    [3, 6],
    "Labs and leaders sit among civilians, who cannot be told from fighters.",
    [e.differentiate],
  ),
  "legal-exposure": inferred(
    2,
    [1, 4],
    "With an AUMF and the designation, authority is as clear as it gets; without them it rises (see the requirements). Background: Mexico's consent bears on international law too; it is not scored apart.",
    [e.kaineNoAuthority],
  ),
  ...over,
});

// Strikes and raids share their preconditions: an authorization (hard), Mexico's approval, an AUMF
// and the FTO designation (soft). Base ratings assume all are met.
const strikeRequirements = [
  forceAuthorized,
  mexicanApproval(3),
  aumfSoft(3),
  ftoDesignation("legal-exposure", 1),
];

/** Direct action on Mexican territory (escalation 4 to 6). Ratings are the analyst's; each says its basis. */
export const kineticOptions: OptionInput[] = [
  {
    id: "drone-strikes",
    name: "Drone strikes",
    category: "kinetic",
    escalation: 4,
    description: "Strikes by armed drones on fentanyl labs, cartel infrastructure and leaders in Mexico.",
    requirements: strikeRequirements,
    ratings: strikeRatings({
      speed: inferred(
        7,
        [5, 9],
        "The CIA's Predator drones, which can carry Hellfire missiles, already fly over Mexico; as far as is known, they are not authorized to strike.",
        [e.predator, e.notAuthorizedToStrike],
      ),
      "sovereignty-cost": background(
        3,
        [2, 5],
        "Background: even approved, U.S. strikes on Mexican soil weigh on a neighbor's sovereignty; the documents do not say how much (without approval, see the requirement).",
      ),
      "escalation-risk": inferred(5, [4, 7], "Cartels fielding military-grade weapons can retaliate.", [
        e.weaponry,
      ]),
      "resource-cost": background(3, [2, 4], "Background: existing aircraft, in demand elsewhere."),
    }),
    stances: [
      { actor: "Derek S. Maltz", stance: "advocates", evidence: [e.maltz] },
      { actor: "DEA officials", stance: "advocates", evidence: [e.deaAdvocated, e.deaSuggested] },
      ...strikeStances,
    ],
    evidence: [e.favoringStrikes, e.predator, e.maltz],
  },
  {
    id: "naval-strikes",
    name: "Naval missile strikes",
    category: "kinetic",
    escalation: 4,
    description: "Missiles launched from Navy destroyers at cartel leaders or infrastructure.",
    requirements: strikeRequirements,
    ratings: strikeRatings({
      speed: inferred(6, [5, 8], "Warships already patrol off Mexico's coasts.", [e.navyPatrols]),
      "sovereignty-cost": background(
        4,
        [3, 6],
        "Background: missiles from warships are a more visible act of war than a drone strike.",
      ),
      "escalation-risk": background(
        6,
        [5, 8],
        "Background: a conspicuous escalation, against cartels that can retaliate.",
        [e.weaponry],
      ),
      "civilian-harm": background(
        5,
        [3, 7],
        "Background: larger warheads than a drone's, with little on-scene discrimination.",
        [e.differentiate],
      ),
      "resource-cost": inferred(4, [3, 5], "Destroyers and munitions drawn from other missions.", [
        e.limitedResources,
      ]),
    }),
    stances: [
      {
        actor: "Donald Trump",
        stance: "has-not-ruled-out",
        qualifier: "asked his defense secretary about launching missiles into Mexico (2020)",
        evidence: [e.esper],
      },
      ...strikeStances.slice(1),
    ],
    evidence: [e.destroyers, e.favoringStrikes, e.audacious],
  },
  {
    id: "sof-raids",
    name: "Special-operations raids",
    category: "kinetic",
    escalation: 5,
    description:
      "Direct-action raids by U.S. special operations forces on Mexican soil, including targeted killing of leaders.",
    requirements: [forceAuthorized, mexicanApproval(4), aumfSoft(3), ftoDesignation("legal-exposure", 1)],
    ratings: strikeRatings({
      "drug-flow": inferred(
        2,
        [0, 6],
        "Contested: the hard line expects raids to 'take the cartels out'; the operator says killing leaders 'is not going to change anything'.",
        [e.homan, e.killingLeaders],
      ),
      "cartel-capability": inferred(
        2,
        [-3, 5],
        "Contested: raids remove leaders, who 'can be easily replaced'; Gallaher expects 'the exact opposite effect', Homan a cartel taken 'off the face of the Earth'.",
        [e.replaced, e.oppositeEffect, e.homan],
      ),
      "mexican-role": mexicanRole(
        inferred(
          0,
          [-2, 2],
          "Approved raids are joint action, but U.S. troops doing the fighting leave Mexico less of the lead Heritage wants it to take.",
          [e.endState],
        ),
        againstPartner(-4, [-5, -1], "U.S. troops on its soil put that cooperation at stake"),
        againstResisting(-1, [-4, 3]),
      ),
      speed: background(
        5,
        [4, 7],
        "Background: raids can start soon after an order, once targets are found.",
      ),
      "sovereignty-cost": background(
        4,
        [3, 6],
        "Background: even approved, U.S. troops fighting on Mexican soil weigh more on its sovereignty than strikes from the air.",
      ),
      "escalation-risk": inferred(
        6,
        [5, 8],
        "Firefights with cartels that field anti-aircraft weapons and armored vehicles.",
        [e.weaponry],
      ),
      "civilian-harm": inferred(4, [3, 6], "Raids are fought 'in the middle of civilian life'.", [
        e.civilianLife,
      ]),
      "resource-cost": inferred(5, [4, 7], "Special operations forces are few.", [e.sofSmaller]),
    }),
    stances: [
      { actor: "Tom Homan", stance: "advocates", evidence: [e.homan] },
      { actor: "Mike Waltz", stance: "advocates", evidence: [e.waltz] },
      { actor: "Ron DeSantis", stance: "advocates", evidence: [e.desantis] },
      {
        actor: "Donald Trump (candidate, 2024)",
        stance: "advocates",
        qualifier: "vowed 'assassination squads', as reported",
        evidence: [e.assassinationSquads],
      },
      {
        actor: "Donald Trump (president, 2025)",
        stance: "has-not-ruled-out",
        qualifier: "'Could happen'; BI says he 'appears inclined to pursue' raids",
        evidence: [e.couldHappen, e.trumpInclined],
      },
      {
        actor: "Sebastian Gorka's faction",
        stance: "advocates",
        qualifier: "without the cooperation of Mexican security forces",
        evidence: [e.gorka],
      },
      {
        actor: "Heritage Foundation authors",
        stance: "conditional",
        qualifier: "a last resort, on an escalating scale",
        evidence: [e.lastResort],
      },
      {
        actor: "Gen. Mark Milley",
        stance: "conditional",
        qualifier:
          "possible, but he recommends training and law enforcement instead, and nothing without Mexico's approval",
        evidence: [e.milleyCapabilities, e.milleySubhead, e.milleyNotWithout],
      },
      { actor: "Senior active-duty special operator (BI)", stance: "opposes", evidence: [e.killingLeaders] },
      { actor: "The SOF operator and other experts (BI)", stance: "opposes", evidence: [e.raidsDisastrous] },
      { actor: "Carolyn Gallaher", stance: "opposes", evidence: [e.oppositeEffect] },
      {
        actor: "Claudia Sheinbaum",
        stance: "opposes",
        evidence: [e.sheinbaumNoInvasion, e.turnedDownSoldiers],
      },
    ],
    evidence: [e.raidsDisastrous, e.waltz, e.homan, e.hoffmanUnderstandable],
  },
  {
    id: "ground-intervention",
    name: "Large-scale ground intervention",
    category: "intervention",
    escalation: 6,
    description: "Sending U.S. ground forces into Mexico in numbers to fight the cartels ('invade').",
    requirements: [forceAuthorized, mexicanApproval(2), aumfSoft(4)],
    ratings: {
      "drug-flow": inferred(
        3,
        [1, 6],
        "Could disrupt production widely, for a while; the long-term effect is unclear.",
        [e.unclearEffect],
      ),
      "cartel-capability": inferred(
        3,
        [-2, 5],
        "Mass force against armed groups; hundreds of groups and replaceable leaders.",
        [e.fiveHundred, e.replaced],
      ),
      "border-security": inferred(
        -1,
        [-4, 3],
        "Civilians caught in the crossfire would likely flee, and apply for asylum (Correa-Cabrera).",
        [e.refugeeCrisis, e.asylum],
      ),
      "mexican-role": mexicanRole(
        inferred(
          -1,
          [-3, 1],
          "Even invited, a large U.S. force takes over the fight Heritage wants Mexico to lead.",
          [e.endState],
        ),
        inferred(
          -4,
          [-5, -2],
          "'We cooperate, we collaborate, but there will be no invasion': an invasion of a cooperating Mexico puts that cooperation at stake (an inference: she does not say it would end).",
          [e.sheinbaumNoInvasion, e.closestCooperation],
        ),
        againstResisting(-3, [-5, 1]),
      ),
      speed: background(3, [2, 5], "Background: a large force takes months to mount."),
      "sovereignty-cost": background(
        7,
        [6, 10],
        "Background: even invited, a large U.S. force in the top trading partner is the heaviest weight on its sovereignty of any option.",
      ),
      "escalation-risk": inferred(9, [8, 10], "War against armed groups in Mexico.", [e.weaponry]),
      "civilian-harm": inferred(8, [6, 10], "Fighting in civilian life; civilians would flee.", [
        e.civilianLife,
        e.refugeeCrisis,
      ]),
      "legal-exposure": background(
        3,
        [2, 5],
        "Background: even with an AUMF, a war of this size is contested under international law.",
      ),
      "resource-cost": inferred(10, [9, 10], "A major campaign for years.", [
        e.generation,
        e.limitedResources,
      ]),
    },
    stances: [
      {
        actor: "Donald Trump",
        stance: "has-not-ruled-out",
        qualifier: "asked for 'battle plans' to invade, as a candidate (2023)",
        evidence: [e.battlePlans],
      },
      { actor: "Claudia Sheinbaum", stance: "opposes", evidence: [e.sheinbaumNoInvasion] },
      { actor: "Guadalupe Correa-Cabrera", stance: "opposes", evidence: [e.illogical] },
      {
        actor: "Former U.S. officials who served in Latin America",
        stance: "opposes",
        qualifier: "an overly muscular approach",
        evidence: [e.backfire],
      },
    ],
    evidence: [e.battlePlans, e.favoringStrikes],
  },
];
