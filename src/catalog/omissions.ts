import type { Omission } from "../model/catalog";
import { quote, reported } from "./build";
import { evidence as e } from "./quotes";

/** What the documents discuss that the catalog does not model as an option or precondition of its own, and why. */
export const omissions: Omission[] = [
  {
    name: "Military control of a strip of border land",
    reason:
      "Part of border-military-support: the documents describe the transfer as part of the military's border role. Boas's reading, that it prepares operations against the cartels, is an opinion about intent; it is kept among the option's quotes, not as a separate option.",
    evidence: [e.boas],
  },
  {
    name: "Designating the cartels as terrorist organizations",
    reason:
      "Modeled as the fto-designation precondition: by 2025 it is done, and the documents present it as what enables other options, not as an option that acts on the cartels by itself.",
    evidence: [e.luttrellDesignation, e.rubioDesignation],
  },
  {
    name: "Rubio's 'cooperative country' line",
    reason:
      "Not a precondition of its own: the analysis offers it as one reason for the restraint the presidential-directive state records (options ordered, no force authorized). What striking a cooperating Mexico does to its cooperation is rated in the mexican-role cases of the strike and raid ratings (the affront to sovereignty is in the mexican-approval penalty; a hostile response is in the government-response risk). It is kept as Rubio's stance and belief.",
    evidence: [
      reported(
        "analysis-2025",
        "explained that the United States would not use lethal force in “cooperative” countries that proactively advanced the administration’s counternarcotics objectives",
        "Marco Rubio",
      ),
    ],
  },
  {
    name: "Bosworth's reading that the administration prepares for war with or without Mexico",
    reason:
      "An analyst's forecast of the administration's intent, not an option or a documented position: it bears on how likely the presidential-directive state is to change, which the model leaves to the user (set it, or look for what would have to be true).",
    evidence: [e.bosworth],
  },
  {
    name: "Detention and repatriation lift for deportations",
    reason:
      "Part of border-military-support as Heritage describes it; it serves migration enforcement rather than action against the cartels.",
    evidence: [
      quote(
        "heritage-2025",
        "U.S. military transport vehicles and facilities around the world which could support detention and repatriation of illegal aliens",
      ),
    ],
  },
];
