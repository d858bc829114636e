import pkg from "../../package.json";

/** The package version, as the CLI reports it. */
export const version: string = pkg.version;

/** The CLI's help text. */
export const usage = `policy-matrix ${pkg.version}: scored, explained comparisons of policy options.

Usage:
  policy-matrix compare [options]     rank the options of a catalog under assumptions
  policy-matrix diff A B [options]    compare two scenario files: what changed, what moved, why
  policy-matrix timeline [options]    the ranking at each documented date, what moved and its quote
  policy-matrix disagree A B [opts]   where two perspectives part: values or beliefs, and the cruxes
  policy-matrix discover --option X   what would have to be true for X to come first (PRIM)
  policy-matrix merge SHARD.json...   join the shards of a discover run (discover --shard i/N)
  policy-matrix brief --out F.html    a brief a decision-maker reads: one page, charts and quotes in it
  policy-matrix catalog [options]     print the catalog, quotes, presets and perspectives included
  policy-matrix verify --sources DIR  check every quote of the catalog against the sources' texts
  policy-matrix import FILE.xlsx      a catalog from a workbook (or SHEET.csv files), checked; --out F.json
  policy-matrix template --out F.xlsx the empty workbook layout to fill in, with a "read me" sheet
  policy-matrix export-catalog        a catalog in the workbook layout (--format xlsx|csv|json --out)
  policy-matrix schema [--catalog F]  print the JSON Schema of scenario files, the catalog's ids in it
  policy-matrix help                  this text

compare options (diff takes them too, applied to both files):
  --format text|markdown|csv|json|xlsx
                                      output format (default text); xlsx writes a workbook to
                                      --out FILE.xlsx (every mode but --explain and --chart;
                                      disagree, discover and merge take it too; needs the optional
                                      write-excel-file)
  --scenario FILE.yaml|FILE.json      assumptions from a scenario file (the flags below override it)
  --preset NAME                       start from the documented state at a date:
                                      2023-03, 2025-01, 2025-08, 2025-09
  --perspective NAME|all              an actor's weights and beliefs (heritage, dea-maltz, hard-line,
                                      rubio, milley, bi-experts, sheinbaum, kaine), or 'all' for
                                      who would choose what, by values alone, by values and
                                      beliefs, and under the conditions each argues for
  --perspective-use values|beliefs|values-and-beliefs
                                      take the actor's weights alone, its beliefs alone (with the
                                      default weights), or both (default)
  --perspective-conditions            also set the precondition states the actor argues for
  --method wsm|wpm|topsis|vikor|promethee2
                                      scoring method (default wsm)
  --set PRECONDITION=STATE            set a precondition's state (repeatable),
                                      e.g. --set mexican-consent=joint-approval
  --weight CRITERION=NUMBER           set a criterion's weight (repeatable; the others keep their
                                      default, or the perspective's weight)
  --assumptions FILE.json             the same as --scenario
  --infeasible rank-last|exclude|penalize
                                      what to do with blocked options (default rank-last)
  --explain OPTION                    explain one option: contributions, rationale, evidence, risks
  --samples N                         SMAA instead of one ranking: N samples of weights (uniform)
                                      and of every rating within its interval
  --seed S                            the SMAA seed (default 0); the same seed, the same result
  --vary both|ratings|weights         what SMAA samples: weights and ratings (both, the default),
                                      ratings with the scenario's weights held, or weights with
                                      the ratings held; a scenario with weights of its own (or a
                                      perspective's) must say which
  --workers W                         SMAA on W threads (1-256, default 1, at most the cores); the
                                      result does not change
  --methods                           the ranking under every method, their agreement, a consensus
  --stability                         per criterion, the weight range over which the ranking holds
  --tornado OPTION                    an option's score over each rating's interval
  --chart heatmap|contributions|acceptability|stability|tornado|ladder --out FILE.svg|FILE.vl.json
                                      a chart, as SVG (needs the optional vega and vega-lite
                                      packages) or as a Vega-Lite spec; --option picks the tornado's
                                      option; acceptability takes --samples, --seed, --workers
  --catalog FILE.json                 use a catalog of your own instead of the built-in one

timeline options: the compare options above that set a scenario (not --preset: it takes each
preset in turn), --format, --catalog, and --out FILE.svg|FILE.vl.json for its chart

discover options: --option OPTION [--top K | --above OPTION] [--pin PRECONDITION=STATE]...
[--samples N (default 1000)] [--seed S] [--perspective NAME [--perspective-use ...]]
[--method NAME | --method A,B,... (drawn among these)] [--infeasible ...] [--format ...]
[--catalog FILE.json] [--chart trajectory|decisive|box --out FILE.svg]; states and weights are
drawn, pinned states held. The space:
  --weights simplex|fixed|around|intervals
                                      how weights vary (default simplex: uniformly); fixed: the
                                      scenario's; around: each share within ±--spread S of its own,
                                      around --around PERSPECTIVE's values (else the scenario's);
                                      intervals: --bound CRITERION=LOW..HIGH for each one bounded
  --ratings fixed|sampled             sampled: every rating drawn within its interval
  --beliefs A,B,...                   each scenario takes one of these perspectives' beliefs
--shard i/N prints shard i of N as JSON for 'policy-matrix merge', which gives the same result,
bit for bit, as the whole run

brief options: the compare options above that set a scenario, --catalog, --samples N (default
20000) and --seed S for its robustness section, and --out FILE.html (one self-contained page) or
--out FILE.pdf [--paper a4|letter] (printed by Chromium; needs the optional playwright-core)

disagree options: the compare options above that set a scenario, but not --perspective* or --weight
(each actor brings its own), --format, --catalog, --out FILE.svg|FILE.vl.json for the two-by-two

catalog options:
  --format json|markdown              (default markdown)
  --catalog FILE.json

import options (its arguments: one FILE.xlsx, or CSV files named after their sheets: options.csv,
criteria.csv, ratings.csv, ..., or a folder of them; every problem is named by its cell, all on one
line, and nothing is written):
  --out FILE.json                     where the catalog goes (default: stdout)
  --sources DIR                       also check every quote against its source's text in DIR (the
                                      source's 'file', or ID.txt), as verify does
  reading .xlsx needs the optional read-excel-file, reading CSV the optional papaparse

template and export-catalog options:
  --format xlsx|csv                   a workbook (default), or one CSV file per sheet in a folder;
                                      export-catalog also takes json (printed)
  --out FILE.xlsx|DIR                 where it goes
  --catalog FILE.json                 export-catalog: a catalog of your own (default: built-in)

verify options:
  --sources DIR                       the folder with each source's text (its 'file', or ID.txt);
                                      exit 1 with one line per quote not found verbatim
  --catalog FILE.json

Bad input exits with code 2 and one line naming the place.
`;
