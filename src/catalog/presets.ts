import type { Preset } from "../model/preset";
import { quote, set } from "./build";
import { evidence as e } from "./quotes";

const notEnacted =
  "No document reports an enacted AUMF; BI reports only the 2023 bill, and whether one is pending is not stated.";

/**
 * The documented state of every precondition at each source's date. Each state cites the quote it
 * rests on; where a source describes an earlier time (Heritage on the López Obrador years), the
 * rationale says so.
 */
export const presets: Preset[] = [
  {
    id: "2023-03",
    name: "March 2023: Milley's interview",
    date: "2023-03-31",
    description:
      "Before the designation and the second Trump administration: cooperation restricted under López Obrador.",
    states: {
      "mexican-consent": set(
        "limited-cooperation",
        "Heritage's characterization of the López Obrador government (to October 2024), a think tank's account.",
        e.amlo,
      ),
      "fto-designation": set(
        "not-designated",
        "Republicans were still asking for the designation.",
        e.luttrellDesignation,
      ),
      aumf: set(
        "introduced",
        "BI dates the Waltz–Crenshaw AUMF to 2023 without a month; background: it was introduced in January 2023. Never enacted.",
        e.aumf2023,
      ),
      "presidential-directive": set(
        "none",
        "Trump was a candidate asking for plans, not a president directing the military.",
        quote("milley-2023", "has asked for “battle plans” to invade Mexico"),
      ),
      "national-emergency": set(
        "none",
        "Background: none was in force; the Post dates the declaration to the first day of the second Trump presidency.",
        e.dayOne,
      ),
      appropriations: set(
        "none",
        "No document reports a call for these appropriations before Heritage's, in January 2025.",
        e.appropriate,
      ),
    },
  },
  {
    id: "2025-01",
    name: "January 2025: designation under way, national emergency",
    date: "2025-01-27",
    description:
      "The first week of the second Trump administration, as Business Insider and Heritage describe it.",
    states: {
      "mexican-consent": set(
        "limited-cooperation",
        "Heritage's characterization, with low confidence: cooperation is 'tenuous' and Sheinbaum signalled continuity with López Obrador, though Mexico has proved more willing to stop migration.",
        quote("heritage-2025", "only tenuous U.S.–Mexico cooperation"),
        e.migrationTenuous,
      ),
      "fto-designation": set(
        "designation-ordered",
        "The executive order of 20 January started the designation.",
        e.movedToward,
      ),
      aumf: set("not-enacted", notEnacted, e.aumf2023),
      "presidential-directive": set(
        "none",
        "Only an indication that he may deploy the military.",
        e.mayDeploy,
      ),
      "national-emergency": set("declared", "Declared on 20 January 2025.", e.emergencyIntent),
      appropriations: set("recommended", "Heritage recommends that Congress appropriate.", e.appropriate),
    },
  },
  {
    id: "2025-08",
    name: "August 2025: options ordered; Mexico cooperating but refusing troops",
    date: "2025-08",
    description:
      "After the presidential directive to prepare options, with no authorization to strike reported; Sheinbaum cooperates and rules out U.S. troops and unilateral action.",
    states: {
      "mexican-consent": set(
        "cooperation-no-troops",
        "Sheinbaum cooperates but opposes unilateral action and rules out U.S. troops.",
        e.sheinbaumNoInvasion,
        e.sheinbaumUnilateral,
      ),
      "fto-designation": set(
        "designated",
        "Eight organizations designated early in 2025.",
        e.eightDesignated,
      ),
      aumf: set(
        "not-enacted",
        "No source reports an enacted AUMF; Kaine says there is no legal authority to launch strikes.",
        e.kaineNoAuthority,
      ),
      "presidential-directive": set(
        "options-ordered",
        "An inference: a 'directive' to begin using force is reported, but the White House would not say whether a new authorization was approved and the drones are not authorized to strike; the September analysis describes the same directive as one to prepare options.",
        e.nytDirective,
        e.declinedToSay,
        e.notAuthorizedToStrike,
        e.prepareOptions,
      ),
      "national-emergency": set("declared", "In force since 20 January 2025.", e.dayOne),
      appropriations: set(
        "recommended",
        "Heritage's recommendation; no source reports an enactment.",
        e.appropriate,
      ),
    },
  },
  {
    id: "2025-09",
    name: "September 2025: options ordered, closest cooperation",
    date: "2025-09",
    description:
      "The latest documented state: the directive asked for options and no strike has followed; Rubio praises Mexico's cooperation; no AUMF.",
    states: {
      "mexican-consent": set(
        "cooperation-no-troops",
        "Rubio praises the closest cooperation ever; nothing reports a change in Mexico's refusal of troops.",
        e.closestCooperation,
        e.sheinbaumNoInvasion,
      ),
      "fto-designation": set("designated", "Designated on 20 February 2025.", e.designatedFeb20),
      aumf: set(
        "not-enacted",
        "No source reports an enacted AUMF; Kaine: no legal authority to launch strikes.",
        e.kaineNoAuthority,
      ),
      "presidential-directive": set(
        "options-ordered",
        "The early-August directive asked for options; the administration has refrained from attacking.",
        e.prepareOptions,
        e.refrained,
      ),
      "national-emergency": set("declared", "In force since 20 January 2025.", e.dayOne),
      appropriations: set(
        "recommended",
        "Heritage's recommendation; no source reports an enactment.",
        e.appropriate,
      ),
    },
  },
];
