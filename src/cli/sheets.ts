// The catalog's spreadsheet commands: import a workbook (or CSV files) as a catalog, write the empty
// template, and export a catalog in the same layout.
import { join } from "node:path";
import * as E from "fp-ts/lib/Either.js";
import { either } from "../either";
import { orThrow, type PolicyMatrixError } from "../errors";
import type { Catalog } from "../model/catalog";
import { evidenceIn } from "../model/evidence-walk";
import { workbookEither, type WorkbookSheet } from "../report/workbook";
import { catalogTemplateSheets, sheetsCsvEither, type SourceTexts } from "../sheets/catalog-workbook";
import { CliError, type Flags } from "./args";
import { writeOut } from "./analysis";
import { loadCatalogFrom, sourceText } from "./commands";
import { readText, type CliIo } from "./files";

/** Every problem of an import on one line: `import m.xlsx: 2 problems: ratings!C3: ...; options!A2: ...`. */
const problems = (what: string, error: PolicyMatrixError): CliError => {
  if (error.code === "missing-dependency") return new CliError(`${what}: ${error.issues[0]!.message}`);
  const n = error.issues.length;
  const list = error.issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join("; ");
  return new CliError(`${what}: ${n} problem${n === 1 ? "" : "s"}: ${list}`, true);
};

/** The CSV files of a folder, or a one-line error when it is not one. */
const csvIn = (io: CliIo, dir: string): string[] => {
  let names: string[];
  try {
    if (!io.listDir) throw new Error("this caller cannot list folders");
    names = io.listDir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === "ENOTDIR"
        ? `import: expected an .xlsx workbook, .csv files or a folder of them, got '${dir}'`
        : `import ${dir}: cannot read the folder (${code ?? (error as Error).message})`,
    );
  }
  const csv = names.filter((n) => /\.csv$/i.test(n)).sort();
  if (csv.length === 0) throw new CliError(`import ${dir}: the folder has no .csv files`);
  return csv.map((n) => join(dir, n));
};

const readWorkbook = async (
  io: CliIo,
  given: readonly string[],
  sources: SourceTexts | undefined,
): Promise<Catalog> => {
  const what = `import ${given.join(" ")}`;
  const files = given.flatMap((f) => (/\.(xlsx|csv)$/i.test(f) ? [f] : csvIn(io, f)));
  const xlsx = files.filter((f) => /\.xlsx$/i.test(f));
  if (xlsx.length > 0 && files.length > 1) {
    throw new CliError("import: expected one .xlsx workbook, or CSV files (one per sheet), not both");
  }
  const options = sources === undefined ? {} : { sources };
  if (xlsx.length === 1) {
    if (!io.readBytes) throw new CliError("import: this caller cannot read binary files");
    let bytes: Uint8Array;
    try {
      bytes = io.readBytes(xlsx[0]!);
    } catch (error) {
      throw new CliError(
        `import ${xlsx[0]}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? "error"})`,
      );
    }
    const result = await either.loadCatalogWorkbook(bytes, options);
    if (E.isLeft(result)) throw problems(what, result.left);
    return result.right;
  }
  const texts = Object.fromEntries(files.map((f) => [f.replace(/^.*[\\/]/, ""), readText(io, "import", f)]));
  if (Object.keys(texts).length < files.length) throw new CliError("import: two CSV files of the same name");
  const result = await either.loadCatalogCsv(texts, options);
  if (E.isLeft(result)) throw problems(what, result.left);
  return result.right;
};

/**
 * `import FILE.xlsx | SHEET.csv... | DIR [--sources DIR] [--out catalog.json]`: a catalog from a
 * workbook in the template's layout (or its sheets as CSV files, or a folder of them), checked,
 * every problem on one line naming its cell. With --sources, every quote is checked against the
 * sources' texts in the same pass. Without --out, the catalog's JSON goes to stdout.
 */
export const importCommand = async (io: CliIo, values: Flags, files: readonly string[]): Promise<number> => {
  if (files.length === 0)
    throw new CliError(
      "import: expected a workbook (FILE.xlsx), CSV files (one per sheet) or a folder of them",
    );
  const out = values.out;
  if (out !== undefined && !/\.json$/i.test(out))
    throw new CliError(`--out ${out}: expected a file ending in .json`);
  if (out !== undefined && !io.writeFile) throw new CliError("--out: this caller cannot write files");
  const dir = values.sources;
  const sources =
    dir === undefined ? undefined : (s: { id: string; file?: string }) => sourceText(io, dir, s);
  const catalog = await readWorkbook(io, files, sources);
  const json = JSON.stringify(catalog, null, 2) + "\n";
  if (out === undefined) {
    io.stdout(json);
    return 0;
  }
  await writeOut(io, out, () => io.writeFile!(out, json));
  const quotes = evidenceIn(catalog).length;
  const checked = dir === undefined ? "" : `, ${quotes} of ${quotes} quotes verbatim in their sources`;
  io.stdout(
    `catalog '${catalog.id}': ${catalog.options.length} options, ${catalog.criteria.length} criteria, ${catalog.perspectives.length} perspectives${checked}\n`,
  );
  return 0;
};

/** Sheets to --out FILE.xlsx, or to CSV files in --out DIR (one per sheet). */
const writeSheets = async (
  io: CliIo,
  values: Flags,
  command: string,
  sheets: () => WorkbookSheet[],
  csv: () => Promise<E.Either<PolicyMatrixError, Record<string, string>>>,
): Promise<void> => {
  const format = values.format ?? "xlsx";
  const out = values.out;
  if (!["xlsx", "csv", ...(command === "export-catalog" ? ["json"] : [])].includes(format)) {
    throw new CliError(
      `--format: expected ${command === "export-catalog" ? "xlsx, csv or json" : "xlsx or csv"}, got '${format}'`,
    );
  }
  if (format === "json") {
    if (out !== undefined)
      throw new CliError("--out: --format json prints the catalog; redirect it to a file");
    return;
  }
  if (out === undefined) {
    throw new CliError(
      `${command}: needs --out ${format === "xlsx" ? "FILE.xlsx" : "DIR (one CSV file per sheet)"}`,
    );
  }
  if (format === "xlsx") {
    if (!/\.xlsx$/i.test(out)) throw new CliError(`--out ${out}: expected a file ending in .xlsx`);
    if (!io.writeBytes) throw new CliError("--out: this caller cannot write files");
    const bytes = orThrow(await workbookEither(sheets()));
    return writeOut(io, out, () => io.writeBytes!(out, bytes));
  }
  if (/\.[a-z]+$/i.test(out))
    throw new CliError(`--out ${out}: expected a folder for the CSV files, not a file`);
  if (!io.writeFile || !io.makeDir) throw new CliError("--out: this caller cannot write files");
  const files = orThrow(await csv());
  await writeOut(io, out, () => {
    io.makeDir!(out);
    for (const [name, text] of Object.entries(files)) io.writeFile!(join(out, name), text);
  });
};

/** `template [--format xlsx|csv] --out FILE.xlsx|DIR`: the empty layout, with its "read me" sheet. */
export const templateCommand = (io: CliIo, values: Flags): Promise<void> =>
  writeSheets(io, values, "template", catalogTemplateSheets, () =>
    sheetsCsvEither(catalogTemplateSheets(), "template"),
  );

/**
 * `export-catalog [--catalog F] --format xlsx|csv|json [--out FILE.xlsx|DIR]`: a catalog (the
 * built-in one by default) in the workbook layout; `import` reads it back to the same catalog.
 */
export const exportCatalogCommand = async (io: CliIo, values: Flags): Promise<void> => {
  const catalog = loadCatalogFrom(io, values.catalog);
  await writeSheets(
    io,
    values,
    "export-catalog",
    () => orThrow(either.catalogSheets(catalog)),
    () => either.catalogCsv(catalog),
  );
  if (values.format === "json") io.stdout(JSON.stringify(catalog, null, 2) + "\n");
};
