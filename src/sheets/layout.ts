// The workbook layout of a catalog: one sheet per kind of thing, one row per thing, columns found by
// their header (in any order). The same layout is read (`loadCatalogWorkbook`), written
// (`catalogSheets`, `policy-matrix export-catalog --format xlsx`) and documented (the template's
// "read me" sheet), so the three cannot drift apart.

/** One column of a catalog sheet: its header, whether a row needs it, and what it holds. */
export interface ColumnSpec {
  readonly header: string;
  readonly required: boolean;
  readonly width: number;
  readonly doc: string;
}

/** One sheet of the layout. */
export interface SheetSpec {
  readonly name: string;
  /** A workbook without this sheet is not a catalog. */
  readonly required: boolean;
  readonly doc: string;
  readonly columns: readonly ColumnSpec[];
}

const need = (header: string, width: number, doc: string): ColumnSpec => ({
  header,
  required: true,
  width,
  doc,
});
const may = (header: string, width: number, doc: string): ColumnSpec => ({
  header,
  required: false,
  width,
  doc,
});

/** The quote columns: a thing with several quotes takes one row per further quote, with only these filled. */
export const EVIDENCE_COLUMNS: readonly ColumnSpec[] = [
  may("source", 16, "the id of the source the quote is from (on the sources sheet)"),
  may("quote", 60, "the words, verbatim (white space and typographic quotes may differ)"),
  may("speaker", 22, "who said the words, when the source quotes them directly"),
  may("attributed to", 22, "whose view the source reports in its own words (not both speaker and this)"),
];

const WHEN =
  "a condition on precondition states, like: mexican-consent = joint-approval and not (aumf = none)";
const BASIS =
  "documented (a quote supports it) or inference (the analyst's reading of quotes), each with its quote in the quote columns; or background (knowledge from outside the documents, no quote needed; say so in the rationale)";

/** The sheets, in the order a workbook has them. */
export const SHEETS: readonly SheetSpec[] = [
  {
    name: "catalog",
    required: true,
    doc: "The catalog itself: one row each for id, name, version and description.",
    columns: [need("field", 14, "id, name, version or description"), need("value", 80, "its value")],
  },
  {
    name: "sources",
    required: true,
    doc: "The documents quotes come from.",
    columns: [
      need("id", 16, "an id: lower-case words joined by hyphens"),
      need("title", 50, "the document's title"),
      need("outlet", 24, "who published it"),
      may("authors", 24, "its authors, one per line of the cell"),
      need("date", 12, "YYYY-MM-DD, or YYYY-MM or YYYY where no finer date is known"),
      may("date note", 30, "how the date was established"),
      may("file", 24, "the file that holds its text (for quote checks with --sources)"),
    ],
  },
  {
    name: "criteria",
    required: true,
    doc: "What the options are judged on.",
    columns: [
      need("id", 20, "an id"),
      need("name", 24, "its name"),
      need("direction", 10, "benefit (more is better) or cost (more is worse)"),
      need("description", 50, "what it measures"),
      need("scale min", 10, "the lowest rating"),
      need("scale max", 10, "the highest rating"),
      may("low end", 24, "what the lowest rating means"),
      may("high end", 24, "what the highest rating means"),
      may("weight", 8, "its default weight (1 when blank)"),
    ],
  },
  {
    name: "options",
    required: true,
    doc: "The policy options, with the quotes that describe them.",
    columns: [
      need("id", 24, "an id"),
      need("name", 30, "its name"),
      may("category", 14, "a free grouping ('uncategorized' when blank)"),
      may(
        "escalation",
        10,
        "how escalatory it is, for the escalation ladder: 0, 1, 2, ... (0 when blank; leave blank if it does not apply)",
      ),
      need("description", 50, "what it is"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "ratings",
    required: true,
    doc: "How each option rates on each criterion: one row per option and criterion; rows with a condition ('when') rate it otherwise while the condition holds (the first that holds applies).",
    columns: [
      need("option", 24, "the option's id"),
      need("criterion", 20, "the criterion's id"),
      need("value", 8, "a number on the criterion's scale"),
      may("low", 8, "the low end of its interval (with high)"),
      may("high", 8, "the high end of its interval (with low)"),
      need("basis", 12, BASIS),
      need("rationale", 50, "why this value"),
      ...EVIDENCE_COLUMNS,
      may("when", 30, `blank for the usual rating; for a case, ${WHEN}`),
    ],
  },
  {
    name: "stances",
    required: false,
    doc: "Who argues for or against an option, in their words.",
    columns: [
      need("option", 24, "the option's id"),
      need("actor", 24, "who"),
      need("stance", 16, "advocates, opposes, conditional or has-not-ruled-out"),
      may("qualifier", 30, "the condition or limit the quote puts on the stance"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "requirements",
    required: false,
    doc: "What an option requires: hard requirements block it when unmet, soft ones cost it (worsens, risks).",
    columns: [
      need("option", 24, "the option's id"),
      need("id", 20, "the requirement's id"),
      need("description", 40, "what it requires"),
      need("condition", 40, `when it is met: ${WHEN}`),
      need("severity", 8, "hard or soft"),
      may(
        "worsens",
        24,
        "soft only: criteria and how far an unmet requirement moves them toward worse, like: legal-exposure by 2; cost by 1",
      ),
      may(
        "risks",
        24,
        "soft only: risks and what an unmet requirement adds to their likelihood, like: escalation +0.2",
      ),
      need("rationale", 40, "why"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "preconditions",
    required: false,
    doc: "Facts of the world options depend on (their states on the states sheet).",
    columns: [need("id", 20, "an id"), need("name", 24, "its name"), need("description", 50, "what it is")],
  },
  {
    name: "states",
    required: false,
    doc: "The states a precondition can be in: two or more each.",
    columns: [
      need("precondition", 20, "the precondition's id"),
      need("id", 20, "the state's id"),
      need("label", 24, "its label"),
      may("description", 40, "what it means"),
    ],
  },
  {
    name: "documented",
    required: false,
    doc: "The state a source documents for a precondition on a date: one or more each, with quotes.",
    columns: [
      need("precondition", 20, "the precondition's id"),
      need("documented in", 16, "the id of the source that documents it"),
      need("date", 12, "the date it holds"),
      need("state", 20, "the state's id"),
      need("rationale", 40, "why"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "risks",
    required: false,
    doc: "Risks the documents state (which options they attach to on the exposures sheet).",
    columns: [
      need("id", 20, "an id"),
      need("name", 24, "its name"),
      need("description", 50, "what it is"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "exposures",
    required: false,
    doc: "How likely a risk is for an option and how bad it would be.",
    columns: [
      need("risk", 20, "the risk's id"),
      need("option", 24, "the option's id"),
      need("likelihood", 10, "0 to 1"),
      need("severity", 8, "1 to 5"),
      need("rationale", 40, "why"),
    ],
  },
  {
    name: "modifiers",
    required: false,
    doc: "Conditions that make a risk likelier (positive) or less likely (negative).",
    columns: [
      need("risk", 20, "the risk's id"),
      need("when", 30, WHEN),
      may("options", 24, "the options it applies to, separated by commas (all when blank; (none) for none)"),
      need("likelihood", 10, "what it adds to the likelihood, -1 to 1"),
      need("rationale", 40, "why"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "perspectives",
    required: false,
    doc: "Actors in the debate: what they value (weights sheet), expect (beliefs sheets) and argue for (conditions sheet).",
    columns: [
      need("id", 16, "an id"),
      need("name", 24, "its name"),
      need("actor", 24, "who"),
      need("rationale", 50, "why these weights"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "weights",
    required: false,
    doc: "A perspective's weights: criteria it leaves out weigh 0.",
    columns: [
      need("perspective", 16, "the perspective's id"),
      need("criterion", 20, "the criterion's id"),
      need("weight", 8, "a number >= 0"),
    ],
  },
  {
    name: "beliefs",
    required: false,
    doc: "What an actor expects an option to do on a criterion, in place of the catalog's rating.",
    columns: [
      need("perspective", 16, "the perspective's id"),
      need("option", 24, "the option's id"),
      need("criterion", 20, "the criterion's id"),
      need("value", 8, "a number on the criterion's scale"),
      may("low", 8, "the low end of its interval (with high)"),
      may("high", 8, "the high end of its interval (with low)"),
      need("basis", 12, "documented (the actor's words) or inference (the analyst's reading)"),
      need("rationale", 40, "why"),
      ...EVIDENCE_COLUMNS,
      may("when", 30, `blank for always; else ${WHEN}`),
    ],
  },
  {
    name: "risk beliefs",
    required: false,
    doc: "What an actor expects of a risk for an option: a likelihood, a severity or both.",
    columns: [
      need("perspective", 16, "the perspective's id"),
      need("risk", 20, "the risk's id"),
      need("option", 24, "the option's id"),
      may("likelihood", 10, "0 to 1"),
      may("severity", 8, "1 to 5"),
      need("basis", 12, "documented or inference"),
      need("rationale", 40, "why"),
      ...EVIDENCE_COLUMNS,
      may("when", 30, `blank for always; else ${WHEN}`),
    ],
  },
  {
    name: "conditions",
    required: false,
    doc: "The precondition states a perspective argues for.",
    columns: [
      need("perspective", 16, "the perspective's id"),
      need("precondition", 20, "the precondition's id"),
      need("state", 20, "the state's id"),
      need("rationale", 40, "why"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "presets",
    required: false,
    doc: "Documented states of the world on a date (their states on the preset states sheet).",
    columns: [
      need("id", 16, "an id"),
      need("name", 24, "its name"),
      need("date", 12, "its date"),
      need("description", 50, "what it is"),
    ],
  },
  {
    name: "preset states",
    required: false,
    doc: "A preset's state of each precondition, with quotes.",
    columns: [
      need("preset", 16, "the preset's id"),
      need("precondition", 20, "the precondition's id"),
      need("state", 20, "the state's id"),
      need("rationale", 40, "why"),
      ...EVIDENCE_COLUMNS,
    ],
  },
  {
    name: "omissions",
    required: false,
    doc: "What the sources discuss that the catalog does not model, and why.",
    columns: [need("name", 30, "what"), need("reason", 50, "why it is left out"), ...EVIDENCE_COLUMNS],
  },
];

/** The template's sheet that explains the others; reading a workbook skips it. */
export const README_SHEET = "read me";

/** The spec of a sheet by name. */
export const sheetSpec = (name: string): SheetSpec => SHEETS.find((s) => s.name === name)!;
