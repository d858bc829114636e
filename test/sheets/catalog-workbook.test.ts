import * as E from "fp-ts/lib/Either.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  catalogCsv,
  catalogSheets,
  catalogTemplateSheets,
  either,
  loadCatalog,
  loadCatalogCsv,
  loadCatalogTables,
  loadCatalogWorkbook,
  workbook,
  type Catalog,
  type RawCell,
  type RawTable,
  type WorkbookCell,
} from "../../src/index";
import { catalogs } from "../../src/testing/catalogs";
import { richCatalogs } from "./rich-catalogs";

const cellValue = (c: WorkbookCell): RawCell => (c !== null && typeof c === "object" ? c.number : c);
/** The sheets as a workbook reader gives them: the header row first, numbers as numbers. */
const tablesOf = (catalog: Catalog): RawTable[] =>
  catalogSheets(catalog).map((s) => ({
    name: s.name,
    rows: [s.columns.map((c) => c.header), ...s.rows.map((r) => r.map(cellValue))],
  }));
const json = (c: unknown) => JSON.stringify(c);
const issuesOf = (tables: RawTable[]) => {
  const r = either.loadCatalogTables(tables);
  if (E.isRight(r)) throw new Error("expected problems");
  return r.left.issues.map((i) => `${i.path}: ${i.message}`);
};
/** Sets a cell of a sheet (rows counted as a spreadsheet counts them, the header being row 1). */
const setCell = (tables: RawTable[], sheet: string, header: string, row: number, value: RawCell): string => {
  const t = tables.find((x) => x.name === sheet)!;
  const col = t.rows[0]!.indexOf(header);
  (t.rows[row - 1] as RawCell[])[col] = value;
  return `${sheet}!${String.fromCharCode(65 + col)}${row}`;
};
const rowOf = (
  tables: RawTable[],
  sheet: string,
  match: (cells: Record<string, RawCell>) => boolean,
): number => {
  const t = tables.find((x) => x.name === sheet)!;
  const headers = t.rows[0]!.map(String);
  return t.rows.findIndex((r, k) => k > 0 && match(Object.fromEntries(headers.map((h, j) => [h, r[j]])))) + 1;
};

describe("a catalog in a workbook", () => {
  const catalog = builtinCatalog();

  it("round-trips the built-in catalog exactly through .xlsx and through CSV files", async () => {
    const bytes = await workbook(catalogSheets(catalog));
    expect(json(await loadCatalogWorkbook(bytes))).toBe(json(catalog));
    const files = await catalogCsv(catalog);
    expect(Object.keys(files)).toContain("preset-states.csv");
    expect(json(await loadCatalogCsv(files))).toBe(json(catalog));
  });

  it("round-trips generated catalogs exactly, through the tables a reader gives", () => {
    fc.assert(
      fc.property(fc.oneof(catalogs(), richCatalogs()), (input) => {
        const c = loadCatalog(input);
        expect(json(loadCatalogTables(tablesOf(c)))).toBe(json(c));
      }),
      { numRuns: 200 },
    );
  });

  it("round-trips generated catalogs exactly through .xlsx and CSV bytes: quotes, commas, line breaks and all", async () => {
    await fc.assert(
      fc.asyncProperty(richCatalogs(), async (input) => {
        const c = loadCatalog(input);
        expect(json(await loadCatalogWorkbook(await workbook(catalogSheets(c))))).toBe(json(c));
        expect(json(await loadCatalogCsv(await catalogCsv(c)))).toBe(json(c));
      }),
      { numRuns: 25 },
    );
  });

  it("names every problem by its cell, all at once", () => {
    const tables = tablesOf(catalog);
    const strike = rowOf(
      tables,
      "ratings",
      (r) => r.option === "drone-strikes" && r.criterion === "drug-flow" && r.when === null,
    );
    const high = setCell(tables, "ratings", "value", strike, "high");
    const raids = rowOf(
      tables,
      "ratings",
      (r) => r.option === "sof-raids" && r.criterion === "speed" && r.when === null,
    );
    const unknown = setCell(tables, "ratings", "option", raids, "drone-strike");
    const rationale = setCell(
      tables,
      "options",
      "description",
      rowOf(tables, "options", (r) => r.id === "naval-strikes"),
      "  ",
    );
    const condition = setCell(tables, "requirements", "condition", 2, "mexican-consent joint-approval");
    const sources = tables.find((t) => t.name === "sources")!;
    (sources.rows[0] as RawCell[]).push("publisher");
    expect(issuesOf(tables)).toEqual([
      "sources!H1: unknown column 'publisher' (this sheet's columns: id, title, outlet, authors, date, date note, file)",
      `${rationale}: 'description' must not be empty`,
      `${high}: expected a number on the scale 0–10, got 'high'`,
      `${unknown}: unknown option 'drone-strike' (not on the options sheet: 16 there)`,
      `${condition}: condition: expected '=' or 'in' after 'mexican-consent', found 'joint-approval' at character 17`,
    ]);
  });

  it("says in one pass a word where a number belongs, a number off the scale, an unknown state and a rating without its quote", () => {
    const tables = tablesOf(catalog);
    const word = setCell(tables, "ratings", "value", 2, "high");
    const row = rowOf(
      tables,
      "ratings",
      (x) => x.option === "illicit-finance" && x.criterion === "resource-cost",
    );
    const off = setCell(tables, "ratings", "value", row, 12);
    setCell(tables, "ratings", "high", row, null);
    setCell(tables, "ratings", "low", row, null);
    const speed = rowOf(tables, "ratings", (x) => x.option === "illicit-finance" && x.criterion === "speed");
    setCell(tables, "ratings", "basis", speed, "inference");
    const state = setCell(tables, "requirements", "condition", 2, "mexican-consent = plenty");
    const issues = issuesOf(tables);
    expect(issues).toContain(`${word}: expected a number on the scale 0–10, got 'high'`);
    expect(issues).toContain(`${off}: expected a number on the scale 0–10, got 12`);
    expect(
      issues.some((i) =>
        new RegExp(`^ratings![A-Z]+${speed}: a rating whose basis is 'inference' needs the quotes`).test(i),
      ),
    ).toBe(true);
    expect(
      issues.some((i) => i.startsWith(`${state}: 'plenty' is not a state of 'mexican-consent' (one of: `)),
    ).toBe(true);
  });

  it("names the checks of any catalog by cell too: duplicate ids, unknown criteria and sources, ratings off the scale", () => {
    const tables = tablesOf(catalog);
    const dup = setCell(
      tables,
      "options",
      "id",
      rowOf(tables, "options", (r) => r.id === "sof-raids"),
      "drone-strikes",
    );
    expect(issuesOf(tables)).toContain(`${dup}: duplicate id 'drone-strikes'`);

    const t2 = tablesOf(catalog);
    const row = rowOf(
      t2,
      "ratings",
      (r) => r.option === "illicit-finance" && r.criterion === "speed" && r.when === null,
    );
    const off = setCell(t2, "ratings", "value", row, 11);
    setCell(t2, "ratings", "low", row, null);
    setCell(t2, "ratings", "high", row, null);
    const issues = issuesOf(t2);
    expect(issues).toEqual([`${off}: expected a number on the scale 0–10, got 11`]);

    const t3 = tablesOf(catalog);
    const quoteRow = rowOf(t3, "options", (r) => r.source === "heritage-2025");
    const source = setCell(t3, "options", "source", quoteRow, "heritage");
    expect(issuesOf(t3)).toEqual([`${source}: unknown source 'heritage'`]);

    const t4 = tablesOf(catalog);
    const crit = setCell(t4, "ratings", "criterion", 2, "cost");
    expect(issuesOf(t4).some((i) => i.startsWith(`${crit}: `) && i.includes("'cost'"))).toBe(true);
  });

  it("checks every quote against the sources' texts in the same pass, each miss by its quote's cell", () => {
    const tables = tablesOf(catalog);
    const high = setCell(tables, "ratings", "value", 2, "high");
    const row = rowOf(tables, "options", (r) => r.source === "heritage-2025");
    const quote = setCell(tables, "options", "quote", row, "a sentence Heritage never wrote at all");
    const texts = { "heritage-2025": "Only this." };
    const issues = either.loadCatalogTables(tables, { sources: texts });
    const listed = E.isLeft(issues) ? issues.left.issues.map((i) => `${i.path}: ${i.message}`) : [];
    expect(listed[0]).toBe(`${high}: expected a number on the scale 0–10, got 'high'`);
    expect(listed).toContain(
      `${quote}: the quote is not word for word in source 'heritage-2025'; its closest passage: "Only this."`,
    );
    // Sources without a text given: their quotes cannot be checked, and say so.
    expect(listed.some((l) => /no text given for source 'bi-2025'/.test(l))).toBe(true);
    // A function of the source (its id and file) gives the texts as well.
    const byFile = either.loadCatalogTables(tablesOf(catalog), {
      sources: (s) => (s.id === "heritage-2025" ? "Only this." : undefined),
    });
    expect(E.isLeft(byFile)).toBe(true);
    expect(E.isLeft(either.loadCatalogTables(tables, { sources: 3 } as never))).toBe(true);
    expect(E.isLeft(either.loadCatalogTables(tables, { texts: {} } as never))).toBe(true);
  });

  it("points a thing that lacks rows of another sheet to that sheet, and a rating that needs a quote to its quote cell", () => {
    const tables = tablesOf(catalog);
    // The documented states of the AUMF gone (and every further quote, to keep it simple).
    const k = tables.findIndex((t) => t.name === "documented");
    const [top, ...rows] = tables[k]!.rows;
    const precondition = top!.indexOf("precondition");
    tables[k] = {
      name: "documented",
      rows: [top!, ...rows.filter((r) => r[precondition] !== "aumf" && r[precondition] !== null)],
    };
    const aumf = rowOf(tables, "preconditions", (r) => r.id === "aumf");
    const ratings = tablesOf(catalog);
    // A rating resting on background knowledge, without quotes, said to be an inference.
    const r = rowOf(ratings, "ratings", (x) => x.option === "illicit-finance" && x.criterion === "speed");
    setCell(ratings, "ratings", "basis", r, "inference");
    const header = ratings.find((x) => x.name === "ratings")!.rows[0]!.map(String);
    expect(issuesOf(tables)).toContain(
      `preconditions!A${aumf}: a precondition needs at least one documented state (rows on the 'documented' sheet)`,
    );
    const quoteCol = String.fromCharCode(65 + header.indexOf("quote"));
    expect(issuesOf(ratings)).toEqual([
      `ratings!${quoteCol}${r}: a rating whose basis is 'inference' needs the quotes it rests on (or the basis 'background', said in the rationale)`,
    ]);
  });

  it("never throws, whatever the cells: keys every object has, stray types, ragged rows", () => {
    const tables = tablesOf(catalog);
    setCell(tables, "ratings", "criterion", 2, "constructor");
    setCell(tables, "ratings", "criterion", 3, "__proto__");
    const weights = tables.find((t) => t.name === "weights")!;
    (weights.rows[1] as RawCell[])[1] = "toString";
    const issues = issuesOf(tables);
    expect(issues).toContain(
      `ratings!B2: 'constructor' is reserved (every JavaScript object has it); choose another id`,
    );
    expect(issues.some((i) => i.startsWith("weights!B2: "))).toBe(true);
    const names = [
      "catalog",
      "sources",
      "criteria",
      "options",
      "ratings",
      "weights",
      "preset states",
      "beliefs",
      "x",
    ];
    const cell = fc.oneof(
      fc.constantFrom(
        "constructor",
        "__proto__",
        "id",
        "option",
        "criterion",
        "value",
        "when",
        "a = b",
        "c0",
        "o0",
        "",
      ),
      fc.string(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.date({ noInvalidDate: true }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            name: fc.constantFrom(...names),
            rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 6 }),
          }),
          {
            maxLength: 6,
          },
        ),
        (random) => {
          const r = either.loadCatalogTables([...tablesOf(catalog).slice(0, 2), ...random]);
          expect(E.isLeft(r) || E.isRight(r)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("says which sheets and columns are missing, and refuses what it would ignore", () => {
    const tables = tablesOf(catalog).filter((t) => t.name !== "criteria");
    tables.push({ name: "notes", rows: [["anything"]] });
    const ratings = tables.find((t) => t.name === "ratings")!;
    (ratings.rows[3] as RawCell[])[40] = "stray";
    const issues = issuesOf(tables);
    expect(issues).toContain(
      "notes: unknown sheet 'notes' (the sheets: catalog, sources, criteria, options, ratings, stances, requirements, preconditions, states, documented, risks, exposures, modifiers, perspectives, weights, beliefs, risk beliefs, conditions, presets, preset states, omissions)",
    );
    expect(issues).toContain(
      "criteria: missing sheet 'criteria' (a catalog needs catalog, sources, criteria, options, ratings)",
    );
    expect(issues).toContain("ratings!AO4: a value in a column without a header (it would be ignored)");

    const t2 = tablesOf(catalog);
    const options = t2.find((t) => t.name === "options")!;
    (options.rows[0] as RawCell[])[1] = null;
    expect(issuesOf(t2)).toContain("options!1: missing column 'name'");
    const t3 = tablesOf(catalog);
    const head = t3.findIndex((t) => t.name === "catalog");
    t3[head] = { name: "catalog", rows: t3[head]!.rows.slice(0, 3) };
    expect(issuesOf(t3)).toContain("catalog: missing the rows 'version', 'description'");
  });

  it("adds a row with only quote columns as a further quote of the row above, and refuses one with nothing above", () => {
    const tables = tablesOf(catalog);
    const t = tables.find((x) => x.name === "omissions")!;
    const header = t.rows[0]!.map(String);
    const extra = header.map((h) =>
      h === "source" ? "heritage-2025" : h === "quote" ? "a further quote on its own row" : null,
    );
    (t.rows as RawCell[][]).splice(2, 0, extra);
    const r = either.loadCatalogTables(tables);
    // Read as a quote of the first omission (and so checked like any other: here an unknown one).
    expect(E.isRight(r) || r.left.issues.every((i) => !i.path.startsWith("omissions!A"))).toBe(true);
    const got = E.isRight(r) ? r.right.omissions[0]!.evidence.at(-1)?.quote : undefined;
    expect(got).toBe("a further quote on its own row");

    const t2 = tablesOf(catalog);
    const o = t2.find((x) => x.name === "omissions")!;
    (o.rows as RawCell[][]).splice(1, 0, extra);
    expect(issuesOf(t2)).toContain(
      "omissions!A2: a row with only quote columns adds a quote to the row above it, but there is none",
    );
  });

  it("reads CSV as spreadsheets write it: a byte-order mark, CRLF, quoted commas and line breaks; errors name the file", async () => {
    const files = await catalogCsv(catalog);
    const bom = Object.fromEntries(Object.entries(files).map(([k, v]) => [k, "\uFEFF" + v]));
    expect(json(await loadCatalogCsv(bom))).toBe(json(catalog));
    expect(files["ratings.csv"]).toMatch(/"[^"]*\r?\n[^"]*"|"[^"]*,[^"]*"/);
    const broken = {
      ...files,
      "ratings.csv": files["ratings.csv"]!.replace(/\r\n(drone-strikes,drug-flow,)[^,]*,/, "\r\n$1high,"),
    };
    const r = await either.loadCatalogCsv(broken);
    expect(E.isLeft(r) && r.left.issues.map((i) => i.path)[0]).toMatch(/^ratings\.csv!C\d+$/);
  });

  it("ships an empty template whose read-me describes every column, and which says what is missing when read empty", async () => {
    const template = catalogTemplateSheets();
    expect(template.map((s) => s.name)[0]).toBe("read me");
    const described = template[0]!.rows.filter((r) => r[1] !== null).map((r) => `${r[0]}.${r[1]}`);
    for (const s of template.slice(1))
      for (const c of s.columns) expect(described).toContain(`${s.name}.${c.header}`);
    const r = await either.loadCatalogWorkbook(await workbook(template));
    expect(E.isLeft(r) && r.left.issues.map((i) => `${i.path}: ${i.message}`)).toEqual([
      "catalog!B2: the catalog's id is empty",
      "catalog!B3: the catalog's name is empty",
      "catalog!B4: the catalog's version is empty",
      "catalog!B5: the catalog's description is empty",
      "sources: a catalog needs at least one source",
      "criteria: a catalog needs at least one criterion",
      "options: a catalog needs at least one option",
    ]);
  });

  it("refuses what is not a workbook, or not its bytes, with a Left", async () => {
    const r = await either.loadCatalogWorkbook(new TextEncoder().encode("not a zip"));
    expect(E.isLeft(r) && r.left.issues[0]!.message).toMatch(/^not a readable \.xlsx workbook/);
    const s = await either.loadCatalogWorkbook("matrix.xlsx" as never);
    expect(E.isLeft(s) && s.left.issues[0]!.path).toBe("bytes");
    expect(E.isLeft(either.loadCatalogTables({} as never))).toBe(true);
  });
});
