import type { Preset } from "../model/preset";
import { quote } from "./build";

const set = (state: string, rationale: string, ...evidence: ReturnType<typeof quote>[]) => ({
  state,
  rationale,
  evidence,
});

const amlo = quote(
  "heritage-2025",
  "Mexico’s previous government under President Andrés Manuel López Obrador had accelerated the decline in Mexico’s counternarcotics enforcement actions while imposing substantial new limits on security cooperation with the U.S.",
);
const aumf2023 = quote(
  "bi-2025",
  "introduced new Authorization of Military Force legislation aimed at Mexican cartels",
);
const dayOne = quote(
  "wapo-2025",
  "On Day One of his presidency, President Donald Trump issued an executive order declaring a national emergency",
);
const appropriate = quote(
  "heritage-2025",
  "Congress should appropriate resources for an enhanced border security role for the U.S. military.",
);
const sheinbaum = quote(
  "wapo-2025",
  "We cooperate, we collaborate, but there will be no invasion. We’re ruling this out, absolutely.",
  "Claudia Sheinbaum",
);
const eightDesignated = quote(
  "wapo-2025",
  "the administration’s designation of eight cartels as foreign terrorist organizations early this year",
);
const kaine = quote(
  "wapo-2025",
  "without consulting Congress, notifying the American people, or any legal authority to launch strikes within the sovereign territory of our neighbors",
  "Tim Kaine",
);
const directive = quote(
  "wapo-2025",
  "The New York Times reported Friday that Trump has signed a “directive” to begin using military force against cartels.",
);
const reluctant = quote(
  "heritage-2025",
  "the U.S. can push a reluctant Mexican government to confront the cartel threat housed within its borders",
);

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
        "Heritage's account of the López Obrador government (to October 2024).",
        amlo,
      ),
      "fto-designation": set(
        "not-designated",
        "Republicans were still asking for the designation.",
        quote(
          "milley-2023",
          "asked about or called for the Biden administration to designate Mexico’s cartels as terrorist organizations, rather than transnational criminal organizations",
        ),
      ),
      aumf: set(
        "proposed",
        "BI dates the Waltz–Crenshaw AUMF to 2023 without a month; the preset takes it as proposed, never enacted.",
        aumf2023,
      ),
      "presidential-directive": set(
        "none",
        "Trump was a candidate asking for plans, not a president directing force.",
        quote("milley-2023", "has asked for “battle plans” to invade Mexico"),
      ),
      "national-emergency": set("none", "The emergency was declared only on 20 January 2025.", dayOne),
      appropriations: set(
        "none",
        "Heritage first asked Congress for these appropriations in January 2025.",
        appropriate,
      ),
      "cooperative-country": set(
        "uncooperative",
        "Heritage describes the López Obrador years as restricting cooperation.",
        amlo,
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
        "Cooperation is 'tenuous'; Sheinbaum signalled continuity with López Obrador.",
        quote("heritage-2025", "only tenuous U.S.–Mexico cooperation"),
      ),
      "fto-designation": set(
        "designation-ordered",
        "The executive order of 20 January started the designation.",
        quote("heritage-2025", "President Trump moved toward designating Mexican cartels as FTOs"),
      ),
      aumf: set("proposed", "Proposed in 2023, not enacted.", aumf2023),
      "presidential-directive": set(
        "none",
        "Only an indication that he may deploy the military.",
        quote(
          "heritage-2025",
          "indicated that he may deploy the U.S. military to Mexico to target the cartels",
        ),
      ),
      "national-emergency": set(
        "declared",
        "Declared on 20 January 2025.",
        quote(
          "heritage-2025",
          "President Trump has shown his intent to do so in his declaration of a national emergency at the U.S. southern border",
        ),
      ),
      appropriations: set("requested", "Heritage asks Congress to appropriate.", appropriate),
      "cooperative-country": set("uncooperative", "Heritage calls the government reluctant.", reluctant),
    },
  },
  {
    id: "2025-08",
    name: "August 2025: directive signed, Mexico cooperating but refusing troops",
    date: "2025-08",
    description: "After the presidential directive; Sheinbaum cooperates and rules out U.S. troops.",
    states: {
      "mexican-consent": set(
        "cooperation-no-troops",
        "Sheinbaum cooperates but rules out U.S. troops.",
        sheinbaum,
      ),
      "fto-designation": set("designated", "Eight organizations designated early in 2025.", eightDesignated),
      aumf: set("proposed", "No congressional authorization behind the directive.", kaine),
      "presidential-directive": set("signed", "Reported by the New York Times.", directive),
      "national-emergency": set("declared", "In force since 20 January 2025.", dayOne),
      appropriations: set("requested", "No source reports an enactment.", appropriate),
      "cooperative-country": set(
        "not-assessed",
        "Cooperation grew, but Rubio's 'cooperative country' line came only on 4 September.",
        quote(
          "wapo-2025",
          "In response, Sheinbaum’s government has deployed thousands of troops to its northern border, transferred dozens of top traffickers to the United States and increased cooperation with U.S. antidrug agencies.",
        ),
      ),
    },
  },
  {
    id: "2025-09",
    name: "September 2025: Rubio's cooperative-country line",
    date: "2025-09",
    description: "The latest documented state: Mexico deemed cooperative; the directive stands; no AUMF.",
    states: {
      "mexican-consent": set(
        "cooperation-no-troops",
        "Rubio praises the closest cooperation ever; troops still ruled out.",
        quote(
          "analysis-2025",
          "the closest security cooperation we have ever had, maybe with any country, but certainly in the history of U.S.-Mexico relations",
          "Marco Rubio",
        ),
        sheinbaum,
      ),
      "fto-designation": set(
        "designated",
        "Designated on 20 February 2025.",
        quote(
          "analysis-2025",
          "as Foreign Terrorist Organizations and Specially Designated Global Terrorists by the State Department on February 20th",
        ),
      ),
      aumf: set("proposed", "No source reports an enacted AUMF.", kaine),
      "presidential-directive": set(
        "signed",
        "The early-August directive stands.",
        quote(
          "analysis-2025",
          "in early August, Trump issued a directive to the Pentagon to prepare a set of options",
        ),
      ),
      "national-emergency": set("declared", "In force since 20 January 2025.", dayOne),
      appropriations: set("requested", "No source reports an enactment.", appropriate),
      "cooperative-country": set(
        "cooperative",
        "Rubio's line of 4 September 2025.",
        quote(
          "analysis-2025",
          "the United States would not use lethal force in “cooperative” countries",
          "Marco Rubio",
        ),
      ),
    },
  },
];
