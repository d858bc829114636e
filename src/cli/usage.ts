import pkg from "../../package.json";

/** The package version, as the CLI reports it. */
export const version: string = pkg.version;

/** The CLI's help text. */
export const usage = `policy-matrix ${pkg.version}: scored, explained comparisons of policy options.

Usage:
  policy-matrix compare [options]     rank the options of a catalog under assumptions
  policy-matrix catalog [options]     print the catalog, quotes included
  policy-matrix help                  this text

compare options:
  --format text|markdown|csv|json     output format (default text)
  --method wsm|wpm|topsis|vikor|promethee2
                                      scoring method (default wsm)
  --set PRECONDITION=STATE            set a precondition's state (repeatable),
                                      e.g. --set mexican-consent=joint-approval
  --weight CRITERION=NUMBER           set a criterion's weight (repeatable; others stay 1)
  --assumptions FILE.json             assumptions as JSON (flags above override it)
  --infeasible rank-last|exclude      what to do with blocked options (default rank-last)
  --explain OPTION                    explain one option: contributions, rationale, evidence, risks
  --catalog FILE.json                 use a catalog of your own instead of the built-in one

catalog options:
  --format json|markdown              (default markdown)
  --catalog FILE.json

Bad input exits with code 2 and one line naming the place.
`;
