import type { z } from "zod";
import type { Precondition } from "../model/precondition";
import { quote, reported } from "./build";
import { evidence as e } from "./quotes";

type PreconditionInput = z.input<typeof Precondition>;

/**
 * The six preconditions, their states, and the state each source documents. Rubio's line that
 * lethal force would not be used in 'cooperative' countries is not a precondition of its own: it
 * is offered as a reason for the restraint the presidential directive's state records, and what
 * striking a cooperating Mexico costs is counted once, under the consent cases.
 */
export const preconditions: PreconditionInput[] = [
  {
    id: "mexican-consent",
    name: "Mexican consent",
    description:
      "The Mexican government's position on U.S. action against the cartels: from an express request, through cooperation that stops short of U.S. troops, to open opposition.",
    states: [
      { id: "express-request", label: "Mexico expressly requests U.S. military help" },
      { id: "joint-approval", label: "Mexico approves joint military action" },
      {
        id: "cooperation-no-troops",
        label:
          "Mexico cooperates (law enforcement, intelligence, transfers of traffickers) but opposes U.S. troops and unilateral action",
      },
      { id: "limited-cooperation", label: "Mexico restricts security cooperation with the U.S." },
      { id: "opposed", label: "Mexico openly opposes any U.S. role and suspends cooperation" },
    ],
    documented: [
      {
        source: "heritage-2025",
        date: "2023",
        state: "limited-cooperation",
        rationale:
          "Heritage's characterization of the López Obrador government (in office until October 2024): limits on security cooperation. It is a think tank's account, from a report that argues for relying less on Mexico.",
        evidence: [e.amlo],
      },
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "limited-cooperation",
        rationale:
          "Heritage's characterization, with low confidence: it calls cooperation 'tenuous' and says Sheinbaum indicated continuity with López Obrador's policies, while granting that Mexico has proved more willing to stop migration.",
        evidence: [
          quote("heritage-2025", "only tenuous U.S.–Mexico cooperation"),
          quote(
            "heritage-2025",
            "has indicated planned continuity with López Obrador’s security policies during her administration",
          ),
          e.migrationTenuous,
        ],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "cooperation-no-troops",
        rationale:
          "Sheinbaum's government cooperates and has transferred traffickers, opposes any unilateral U.S. action and turned down U.S. soldiers.",
        evidence: [
          e.sheinbaumNoInvasion,
          e.sheinbaumUnilateral,
          e.turnedDownSoldiers,
          e.mexicoResponse,
          e.pentagonGroup,
        ],
      },
      {
        source: "analysis-2025",
        date: "2025-09",
        state: "cooperation-no-troops",
        rationale:
          "Rubio praises the closest cooperation ever; the two governments announce a consultation framework. Nothing reports a change in Mexico's refusal of U.S. troops.",
        evidence: [e.closestCooperation, e.highLevelConsultation],
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
        evidence: [e.luttrellDesignation],
      },
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "designation-ordered",
        rationale: "The executive order of 20 January 2025 started the process.",
        evidence: [e.movedToward],
      },
      {
        source: "analysis-2025",
        date: "2025-02-20",
        state: "designated",
        rationale:
          "The State Department designated six Mexican cartels on 20 February 2025 (BI already calls the January order a 'formal designation'; Heritage, on 27 January, says President Trump 'moved toward designating'; only the analysis dates the formal step, to 20 February).",
        evidence: [e.designatedFeb20],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "designated",
        rationale:
          "Eight organizations designated early in 2025; background: the eight include non-Mexican groups, the six named in the analysis are the Mexican ones.",
        evidence: [e.eightDesignated],
      },
    ],
  },
  {
    id: "aumf",
    name: "Authorization for Use of Military Force",
    description: "Whether Congress has authorized military force against the cartels.",
    states: [
      {
        id: "not-enacted",
        label: "No AUMF enacted (whether a bill is pending is not stated)",
      },
      { id: "introduced", label: "An AUMF bill introduced in Congress, not enacted" },
      { id: "enacted", label: "AUMF enacted" },
    ],
    documented: [
      {
        source: "bi-2025",
        date: "2023",
        state: "introduced",
        rationale:
          "Waltz and Crenshaw introduced an AUMF against the cartels in 2023; none has been enacted.",
        evidence: [e.aumf2023],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "not-enacted",
        rationale:
          "No document reports an enacted AUMF, and Kaine says there is no legal authority to launch strikes; no document says whether a bill is pending in 2025.",
        evidence: [e.kaineNoAuthority],
      },
    ],
  },
  {
    id: "presidential-directive",
    name: "Presidential directive on force",
    description:
      "Whether the President has directed the military to prepare options for force against the cartels, or has authorized force. A directive to prepare options is not an authorization to strike.",
    states: [
      { id: "none", label: "No directive on military force" },
      { id: "options-ordered", label: "The military is directed to prepare options; no force authorized" },
      { id: "force-authorized", label: "Force against the cartels in Mexico authorized" },
    ],
    documented: [
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "none",
        rationale: "In January 2025 the President had only indicated that he may deploy the military.",
        evidence: [e.mayDeploy],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "options-ordered",
        rationale:
          "An inference: the New York Times reported a signed 'directive' to begin using force, but the White House would not say whether a new authorization had been approved, the CIA's drones are not authorized to strike and no action appears imminent; Sheinbaum read it as domestic only; the September analysis describes the same directive as one to prepare options.",
        evidence: [
          e.nytDirective,
          e.declinedToSay,
          e.notAuthorizedToStrike,
          e.noActionImminent,
          e.sheinbaumDomestic,
          e.prepareOptions,
        ],
      },
      {
        source: "analysis-2025",
        date: "2025-09",
        state: "options-ordered",
        rationale:
          "The directive asked the Pentagon to prepare options; the administration has refrained from attacking cartels in Mexico, Rubio offered a reason (no lethal force in 'cooperative' countries), and the analysis warns that this tenuous state of affairs could easily change.",
        evidence: [
          e.prepareOptions,
          e.refrained,
          e.tenuousChange,
          reported(
            "analysis-2025",
            "explained that the United States would not use lethal force in “cooperative” countries that proactively advanced the administration’s counternarcotics objectives",
            "Marco Rubio",
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
        evidence: [e.emergencyIntent],
      },
      {
        source: "wapo-2025",
        date: "2025-08",
        state: "declared",
        rationale: "Still in force when the directive was reported.",
        evidence: [e.dayOne],
      },
    ],
  },
  {
    id: "appropriations",
    name: "Appropriations for a military border role",
    description: "Whether Congress has funded an enhanced border-security role for the U.S. military.",
    states: [
      { id: "none", label: "Not enacted, and no call for it documented" },
      { id: "recommended", label: "Recommended (by Heritage), not enacted" },
      { id: "enacted", label: "Enacted" },
    ],
    documented: [
      {
        source: "heritage-2025",
        date: "2025-01-27",
        state: "recommended",
        rationale:
          "Heritage calls on Congress to appropriate: a think tank's recommendation, not a request by the government; none of the sources reports an enactment.",
        evidence: [e.appropriate],
      },
    ],
  },
];
