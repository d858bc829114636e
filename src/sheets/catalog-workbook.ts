// A catalog in and out of a spreadsheet: from an .xlsx workbook (optional peer read-excel-file) or
// from CSV files, one per sheet (optional peer papaparse); to sheets for `workbook` or to CSV text.
import * as E from "fp-ts/lib/Either.js";
import { orThrow, PolicyMatrixError } from "../errors";
import { missingPeer, optionalPeer } from "../peer";
import type { Catalog } from "../model/catalog";
import type { WorkbookSheet } from "../report/workbook";
import { checkedCatalog, type SourceTexts } from "./check";
import { SHEETS } from "./layout";
import {
  CATALOG_FIELDS,
  CatalogReader,
  catalogSheet,
  criteria,
  options as optionRows,
  sources,
  type Json,
} from "./read-catalog";
import { perspectives } from "./read-perspectives";
import { omissions, preconditions, presets, risks } from "./read-world";
import type { RawCell, RawTable } from "./table";
import { catalogSheetsEither, readMeSheet } from "./write-catalog";

export type { RawCell, RawTable, SourceTexts };

/**
 * How a catalog is read from sheets. `sources`: the texts of its sources (by source id, or a
 * function of the source's id and `file`); every quote is then checked to be word for word in its
 * source, as `verifyEvidence` does, and each one that is not is a problem named by its cell.
 */
export interface CatalogSheetsOptions {
  readonly sources?: SourceTexts;
}

const optionsIssue = (options: unknown): PolicyMatrixError | undefined => {
  if (options === undefined) return undefined;
  const bad = (message: string) => new PolicyMatrixError("invalid-input", [{ path: "options", message }]);
  if (options === null || typeof options !== "object" || Array.isArray(options))
    return bad("expected { sources? }");
  const extra = Object.keys(options).find((k) => k !== "sources");
  if (extra !== undefined) return bad(`unknown option '${extra}' (known: sources)`);
  const { sources } = options as { sources?: unknown };
  if (
    sources !== undefined &&
    typeof sources !== "function" &&
    (sources === null ||
      typeof sources !== "object" ||
      Array.isArray(sources) ||
      !Object.values(sources).every((t) => typeof t === "string"))
  ) {
    return new PolicyMatrixError("invalid-input", [
      {
        path: "options.sources",
        message: "expected the sources' texts by source id, or a function from a source to its text",
      },
    ]);
  }
  return undefined;
};

/** The `either` twin of `loadCatalogTables`. */
export const loadCatalogTablesEither = (
  tables: readonly RawTable[],
  options?: CatalogSheetsOptions,
): E.Either<PolicyMatrixError, Catalog> => {
  const wrong = optionsIssue(options);
  if (wrong) return E.left(wrong);
  if (
    !Array.isArray(tables) ||
    !tables.every((t) => t && typeof t.name === "string" && Array.isArray(t.rows))
  ) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        { path: "tables", message: "expected [{ name, rows }] with rows of cells" },
      ]),
    );
  }
  const r = new CatalogReader(tables);
  const head: Json = {};
  catalogSheet(r, head);
  const criteriaList = criteria(r);
  const scales = new Map(
    criteriaList.filter((k) => typeof k.id === "string").map((k) => [k.id as string, k.scale as Json]),
  );
  const preconditionList = preconditions(r);
  r.states = new Map(
    preconditionList
      .filter((p) => typeof p.id === "string")
      .map((p) => [
        p.id as string,
        (p.states as Json[]).map((x) => x.id).filter((x): x is string => typeof x === "string"),
      ]),
  );
  const input: Json = {
    id: head.id,
    name: head.name,
    version: head.version,
    description: head.description,
    sources: sources(r),
    criteria: criteriaList,
    preconditions: preconditionList,
    risks: risks(r),
    options: optionRows(r, scales),
    perspectives: perspectives(r, scales),
    presets: presets(r),
    omissions: omissions(r),
  };
  return checkedCatalog(r, input, r.labels, options?.sources);
};

/**
 * A catalog from the sheets of the workbook layout given as tables of cells, the header row first
 * (for a workbook read with a library of your choice). Checked as `loadCatalog` checks; throws
 * `PolicyMatrixError` with every problem at once, each named by its cell: `ratings!C3: expected a
 * number on the scale 0–10, got 'high'`.
 *
 * @example
 * ```ts
 * const tables = catalogSheets(builtinCatalog()).map((s) => ({
 *   name: s.name,
 *   rows: [s.columns.map((c) => c.header), ...s.rows.map((r) => r.map((c) => (c && typeof c === "object" ? c.number : c)))],
 * }));
 * loadCatalogTables(tables).id; // "us-mexico-cartels"
 * ```
 */
export const loadCatalogTables = (tables: readonly RawTable[], options?: CatalogSheetsOptions): Catalog =>
  orThrow(loadCatalogTablesEither(tables, options));

type ReadXlsx = (input: Blob) => Promise<{ sheet: string; data: RawCell[][] }[]>;

/** The `either` twin of `loadCatalogWorkbook`: a Left for every problem, never a rejection. */
export const loadCatalogWorkbookEither = async (
  bytes: Uint8Array | ArrayBuffer,
  options?: CatalogSheetsOptions,
): Promise<E.Either<PolicyMatrixError, Catalog>> => {
  const wrong = optionsIssue(options);
  if (wrong) return E.left(wrong);
  if (!(bytes instanceof Uint8Array) && !(bytes instanceof ArrayBuffer)) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        { path: "bytes", message: "expected the .xlsx file's bytes (a Uint8Array or ArrayBuffer)" },
      ]),
    );
  }
  const read = (await optionalPeer<{ default: ReadXlsx }>("read-excel-file/universal"))?.default;
  if (!read) return E.left(missingPeer("loadCatalogWorkbook", "reading .xlsx", ["read-excel-file"]));
  let sheets: { sheet: string; data: RawCell[][] }[];
  try {
    const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
    sheets = await read(new Blob([new Uint8Array(view)]));
  } catch (error) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        {
          path: "workbook",
          message: `not a readable .xlsx workbook (${(error as Error)?.message ?? String(error)})`,
        },
      ]),
    );
  }
  return loadCatalogTablesEither(
    sheets.map((s) => ({ name: s.sheet, rows: s.data })),
    options,
  );
};

/**
 * Reads a catalog from an .xlsx workbook in the layout of `catalogTemplateSheets` (sheets of
 * options, criteria, ratings, sources, ...; see the template's "read me" sheet) and checks it as
 * `loadCatalog` does. Throws `PolicyMatrixError` with every problem, each named by its cell
 * (`ratings!D14: ...`). Needs the optional package `read-excel-file`.
 *
 * @example
 * ```ts
 * const bytes = await workbook(catalogSheets(builtinCatalog()));
 * (await loadCatalogWorkbook(bytes)).options.length; // 16
 * ```
 */
export const loadCatalogWorkbook = async (
  bytes: Uint8Array | ArrayBuffer,
  options?: CatalogSheetsOptions,
): Promise<Catalog> => orThrow(await loadCatalogWorkbookEither(bytes, options));

interface Papa {
  parse: (
    text: string,
    config: { delimiter: string; skipEmptyLines: false },
  ) => { data: string[][]; errors: { type: string; row?: number; message: string }[] };
  unparse: (rows: (string | null)[][], config: { newline: string }) => string;
}

const papa = (): Promise<Papa | undefined> => optionalPeer<Papa>("papaparse");

/** The `either` twin of `loadCatalogCsv`. */
export const loadCatalogCsvEither = async (
  files: Readonly<Record<string, string>>,
  options?: CatalogSheetsOptions,
): Promise<E.Either<PolicyMatrixError, Catalog>> => {
  const wrong = optionsIssue(options);
  if (wrong) return E.left(wrong);
  if (
    files === null ||
    typeof files !== "object" ||
    !Object.values(files).every((t) => typeof t === "string")
  ) {
    return E.left(
      new PolicyMatrixError("invalid-input", [
        { path: "files", message: "expected { 'sheet.csv': text, ... }" },
      ]),
    );
  }
  const parser = await papa();
  if (parser === undefined) return E.left(missingPeer("loadCatalogCsv", "reading CSV", ["papaparse"]));
  const tables: RawTable[] = [];
  const issues = [];
  for (const [file, text] of Object.entries(files)) {
    const base = file.replace(/^.*[\\/]/, "");
    // Sheet names have spaces; their files may have hyphens or underscores (preset-states.csv).
    const name = base.replace(/\.csv$/i, "").replace(/[-_]/g, " ");
    const body = text.replace(/^\uFEFF/, "");
    // The header row is plain words, so its separator is the one it has most of: a comma, or the
    // semicolon or tab some spreadsheet programs write (guessing from the whole file is fooled by
    // text full of semicolons).
    const header = body.split(/\r?\n/, 1)[0]!;
    const delimiter = [",", ";", "\t"]
      .map((d) => ({ d, n: header.split(d).length }))
      .reduce((best, x) => (x.n > best.n ? x : best)).d;
    const parsed = parser.parse(body, { delimiter, skipEmptyLines: false });
    for (const e of parsed.errors) {
      issues.push({ path: `${base}${e.row === undefined ? "" : `!${e.row + 1}`}`, message: e.message });
    }
    tables.push({ name, label: base, rows: parsed.data });
  }
  if (issues.length > 0) return E.left(new PolicyMatrixError("invalid-catalog", issues));
  return loadCatalogTablesEither(tables, options);
};

/**
 * Reads a catalog from CSV files, one per sheet of the workbook layout, each named after its sheet
 * (`options.csv`, `criteria.csv`, `ratings.csv`, ...): a map from file name to its text. Quoted
 * fields, line breaks inside quotes and a byte-order mark are read as a spreadsheet writes them.
 * Errors name the file and cell (`ratings.csv!D14: ...`). Needs the optional package `papaparse`.
 *
 * @example
 * ```ts
 * const files = await catalogCsv(builtinCatalog());
 * (await loadCatalogCsv(files)).criteria.length; // 10
 * ```
 */
export const loadCatalogCsv = async (
  files: Readonly<Record<string, string>>,
  options?: CatalogSheetsOptions,
): Promise<Catalog> => orThrow(await loadCatalogCsvEither(files, options));

/**
 * A catalog in the workbook layout, one sheet per kind of thing (write it with `workbook`); read
 * back with `loadCatalogWorkbook`, it gives the same catalog. Throws where a value cannot be
 * written exactly (a cell over 32,767 characters, an author's name with a line break).
 *
 * @example
 * ```ts
 * catalogSheets(builtinCatalog()).map((s) => s.name).slice(0, 5); // ["catalog", "sources", "criteria", "options", "ratings"]
 * ```
 */
export const catalogSheets = (catalog: Catalog): WorkbookSheet[] => orThrow(catalogSheetsEither(catalog));

/**
 * The empty workbook layout to fill in by hand: every sheet with its headers, and a "read me"
 * sheet that says what each column holds (reading a workbook skips it).
 *
 * @example
 * ```ts
 * catalogTemplateSheets()[0].name; // "read me"
 * ```
 */
export const catalogTemplateSheets = (): WorkbookSheet[] => [
  readMeSheet(),
  ...SHEETS.map((s) => ({
    name: s.name,
    columns: s.columns.map((c) => ({ header: c.header, width: c.width })),
    // The catalog sheet's four fields are named already; the rest is to fill in.
    rows: s.name === "catalog" ? CATALOG_FIELDS.map((f) => [f, null]) : [],
  })),
];

const csvCell = (c: WorkbookSheet["rows"][number][number]): string | null =>
  c === null ? null : typeof c === "string" ? c : typeof c === "boolean" ? String(c) : String(c.number);

/** Sheets as CSV files (`{ "preset-states.csv": text, ... }`), quoted where needed, CRLF line ends. */
export const sheetsCsvEither = async (
  sheets: readonly WorkbookSheet[],
  where: string,
): Promise<E.Either<PolicyMatrixError, Record<string, string>>> => {
  const parser = await papa();
  if (parser === undefined) return E.left(missingPeer(where, "writing CSV", ["papaparse"]));
  return E.right(
    Object.fromEntries(
      sheets.map((s) => [
        `${s.name.replace(/ /g, "-")}.csv`,
        parser.unparse([s.columns.map((c) => c.header), ...s.rows.map((r) => r.map(csvCell))], {
          newline: "\r\n",
        }) + "\r\n",
      ]),
    ),
  );
};

/** The `either` twin of `catalogCsv`. */
export const catalogCsvEither = async (
  catalog: Catalog,
): Promise<E.Either<PolicyMatrixError, Record<string, string>>> => {
  const sheets = catalogSheetsEither(catalog);
  if (E.isLeft(sheets)) return sheets;
  return sheetsCsvEither(sheets.right, "catalogCsv");
};

/**
 * A catalog as CSV files, one per sheet of the workbook layout (`{ "options.csv": text, ... }`);
 * `loadCatalogCsv` reads them back to the same catalog. Needs the optional package `papaparse`.
 *
 * @example
 * ```ts
 * Object.keys(await catalogCsv(builtinCatalog()))[0]; // "catalog.csv"
 * ```
 */
export const catalogCsv = async (catalog: Catalog): Promise<Record<string, string>> =>
  orThrow(await catalogCsvEither(catalog));
