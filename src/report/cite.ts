import type { Evidence } from "../model/evidence";

/**
 * A quote as reports print it: the words, who said them (direct speech) or whose view the source
 * reports (indirect speech), and the source: `“...” (Mark Milley) [milley-2023]`.
 */
export const cite = (e: Evidence): string => {
  const who = e.speaker ? ` (${e.speaker})` : e.attributedTo ? ` (reported, ${e.attributedTo})` : "";
  return `“${e.quote}”${who} [${e.source}]`;
};
