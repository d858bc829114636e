import type { z } from "zod";
import type { Precondition } from "../model/precondition";
import { quote } from "./build";

type PreconditionInput = z.input<typeof Precondition>;

/** The seven preconditions, their states, and the state each source documents. */
export const preconditions: PreconditionInput[] = [
  {
    id: "mexican-consent",
    name: "Mexican consent",
    description:
      "The Mexican government's consent to, request for, or opposition to U.S. action against cartels.",
    states: [
      { id: "express-request", label: "Mexico expressly requests U.S. military help" },
      { id: "joint-approval", label: "Mexico approves joint military action" },
      {
        id: "cooperation-no-troops",
        label: "Mexico cooperates (law enforcement, intelligence, extraditions) but refuses U.S. troops",
      },
      { id: "limited-cooperation", label: "Mexico restricts security cooperation with the U.S." },
      { id: "opposed", label: "Mexico opposes any U.S. role and suspends cooperation" },
    ],
    documented: [
      {
        source: "heritage-2025",
        date: "2023",
        state: "limited-cooperation",
        rationale:
          "Heritage describes the López Obrador government (in office until October 2024) as limiting cooperation.",
        evidence: [
          quote(
            "heritage-2025",
            "Mexico’s previous government under President Andrés Manuel López Obrador had accelerated the decline in Mexico’s counternarcotics enforcement actions while imposing substantial new limits on security cooperation with the U.S.",
          ),
        ],
      },
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "limited-cooperation",
        rationale: "Cooperation is 'tenuous' and the government 'resistant'; Sheinbaum signalled continuity.",
        evidence: [
          quote("heritage-2025", "only tenuous U.S.–Mexico cooperation"),
          quote(
            "heritage-2025",
            "has indicated planned continuity with López Obrador’s security policies during her administration",
          ),
        ],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "cooperation-no-troops",
        rationale:
          "Sheinbaum cooperates, transfers traffickers, but rules out U.S. troops and unilateral action.",
        evidence: [
          quote(
            "wapo-2025",
            "We cooperate, we collaborate, but there will be no invasion. We’re ruling this out, absolutely.",
            "Claudia Sheinbaum",
          ),
          quote(
            "wapo-2025",
            "She noted that she had turned down Trump’s offers to send U.S. soldiers to help her government fight drug cartels.",
          ),
        ],
      },
      {
        source: "analysis-2025",
        date: "2025-09",
        state: "cooperation-no-troops",
        rationale: "Rubio praises the cooperation; the two governments announce a consultation framework.",
        evidence: [
          quote(
            "analysis-2025",
            "the closest security cooperation we have ever had, maybe with any country, but certainly in the history of U.S.-Mexico relations",
            "Marco Rubio",
          ),
        ],
      },
    ],
  },
  {
    id: "fto-designation",
    name: "FTO designation",
    description: "Whether Mexican cartels are designated Foreign Terrorist Organizations (and SDGTs).",
    states: [
      { id: "not-designated", label: "Treated as transnational criminal organizations" },
      { id: "designation-ordered", label: "Designation ordered, not yet formal" },
      { id: "designated", label: "Designated FTOs and SDGTs" },
    ],
    documented: [
      {
        source: "milley-2023",
        date: "2023-03-31",
        state: "not-designated",
        rationale: "Republicans were still calling for the designation in March 2023.",
        evidence: [
          quote(
            "milley-2023",
            "asked about or called for the Biden administration to designate Mexico’s cartels as terrorist organizations, rather than transnational criminal organizations",
          ),
        ],
      },
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "designation-ordered",
        rationale: "The executive order of 20 January 2025 started the process.",
        evidence: [
          quote("heritage-2025", "President Trump moved toward designating Mexican cartels as FTOs"),
        ],
      },
      {
        source: "analysis-2025",
        date: "2025-02-20",
        state: "designated",
        rationale: "The State Department designated six Mexican cartels on 20 February 2025.",
        evidence: [
          quote(
            "analysis-2025",
            "as Foreign Terrorist Organizations and Specially Designated Global Terrorists by the State Department on February 20th",
          ),
        ],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "designated",
        rationale: "Eight cartels designated early in 2025.",
        evidence: [
          quote(
            "wapo-2025",
            "the administration’s designation of eight cartels as foreign terrorist organizations early this year",
          ),
        ],
      },
    ],
  },
  {
    id: "aumf",
    name: "Authorization for Use of Military Force",
    description: "Whether Congress has authorized military force against the cartels.",
    states: [
      { id: "none", label: "No AUMF proposed" },
      { id: "proposed", label: "AUMF proposed in Congress, not enacted" },
      { id: "enacted", label: "AUMF enacted" },
    ],
    documented: [
      {
        source: "bi-2025",
        date: "2023",
        state: "proposed",
        rationale: "Waltz and Crenshaw introduced an AUMF against cartels in 2023; none has been enacted.",
        evidence: [
          quote(
            "bi-2025",
            "introduced new Authorization of Military Force legislation aimed at Mexican cartels",
          ),
        ],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "proposed",
        rationale:
          "No congressional authorization: Kaine objects that the directive has no legal authority behind it.",
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
    id: "presidential-directive",
    name: "Presidential directive",
    description: "Whether the President has directed the military to prepare or use force against cartels.",
    states: [
      { id: "none", label: "No directive" },
      { id: "signed", label: "Directive signed" },
    ],
    documented: [
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "none",
        rationale: "In January 2025 the President had only indicated that he may deploy the military.",
        evidence: [
          quote(
            "heritage-2025",
            "indicated that he may deploy the U.S. military to Mexico to target the cartels",
          ),
        ],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "signed",
        rationale: "The New York Times reported the signed directive in early August 2025.",
        evidence: [
          quote(
            "wapo-2025",
            "The New York Times reported Friday that Trump has signed a “directive” to begin using military force against cartels.",
          ),
        ],
      },
      {
        source: "analysis-2025",
        date: "2025-09",
        state: "signed",
        rationale: "The directive asked the Pentagon to prepare options.",
        evidence: [
          quote(
            "analysis-2025",
            "in early August, Trump issued a directive to the Pentagon to prepare a set of options",
          ),
        ],
      },
    ],
  },
  {
    id: "national-emergency",
    name: "National emergency at the southern border",
    description: "Whether a national emergency has been declared at the U.S. southern border.",
    states: [
      { id: "none", label: "No national emergency" },
      { id: "declared", label: "National emergency declared" },
    ],
    documented: [
      {
        source: "heritage-2025",
        date: "2025-01-20",
        state: "declared",
        rationale: "Declared on the first day of the second Trump administration.",
        evidence: [
          quote(
            "heritage-2025",
            "President Trump has shown his intent to do so in his declaration of a national emergency at the U.S. southern border",
          ),
        ],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "declared",
        rationale: "Still in force when the directive was reported.",
        evidence: [
          quote(
            "wapo-2025",
            "On Day One of his presidency, President Donald Trump issued an executive order declaring a national emergency",
          ),
        ],
      },
    ],
  },
  {
    id: "appropriations",
    name: "Appropriations for a military border role",
    description: "Whether Congress has funded an enhanced border-security role for the U.S. military.",
    states: [
      { id: "none", label: "Not requested" },
      { id: "requested", label: "Requested, not enacted" },
      { id: "enacted", label: "Enacted" },
    ],
    documented: [
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "requested",
        rationale: "Heritage calls on Congress to appropriate; none of the sources reports an enactment.",
        evidence: [
          quote(
            "heritage-2025",
            "Congress should appropriate resources for an enhanced border security role for the U.S. military.",
          ),
        ],
      },
    ],
  },
  {
    id: "cooperative-country",
    name: "Mexico deemed a cooperative country",
    description:
      "Whether the administration treats Mexico as a 'cooperative' country, in which Rubio said lethal force would not be used.",
    states: [
      { id: "cooperative", label: "Deemed cooperative" },
      { id: "not-assessed", label: "No 'cooperative country' line stated" },
      { id: "uncooperative", label: "Deemed uncooperative or resistant" },
    ],
    documented: [
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "uncooperative",
        rationale:
          "Heritage calls the Mexican government reluctant and resistant (before Rubio's distinction existed).",
        evidence: [
          quote(
            "heritage-2025",
            "the U.S. can push a reluctant Mexican government to confront the cartel threat housed within its borders",
          ),
        ],
      },
      {
        source: "analysis-2025",
        date: "2025-09",
        state: "cooperative",
        rationale: "Rubio's line of 4 September 2025 and his praise of Mexico's cooperation the day before.",
        evidence: [
          quote(
            "analysis-2025",
            "the United States would not use lethal force in “cooperative” countries",
            "Marco Rubio",
          ),
        ],
      },
    ],
  },
];
