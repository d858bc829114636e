import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import { cli } from "../helpers";
import { builtinCatalog, workbook, type WorkbookSheet } from "../../src/index";
import { catalogTemplateSheets } from "../../src/sheets/catalog-workbook";

const dir = mkdtempSync(join(tmpdir(), "pm-import-"));
const at = (name: string) => join(dir, name);

const refused = async (args: string[], message: string) => {
  const out = await cli(...args);
  expect(out.code, args.join(" ")).toBe(2);
  expect(out.stdout).toBe("");
  expect(out.stderr).toContain(message);
  expect(out.stderr.trimEnd().includes("\n")).toBe(false);
  return out.stderr;
};

/** A small matrix an analyst fills in the template by hand: the template's sheets with rows added. */
const analystMatrix = (): WorkbookSheet[] => {
  const rows: Record<string, (string | number | null)[][]> = {
    catalog: [
      ["id", "port-security"],
      ["name", "Port security options"],
      ["version", "2026-12"],
      ["description", "Three ways to cut smuggling through a port, from a memo."],
    ],
    sources: [["memo", "Port memo", "Harbour board", null, "2026-11-30", null, "memo.txt"]],
    criteria: [
      ["seizures", "Seizures", "benefit", "How much more is seized", 0, 10, "none", "much more", 2],
      ["cost", "Cost", "cost", "What it costs", 0, 10, null, null, null],
    ],
    options: [
      ["scanners", "More scanners", "equipment", 0, "Buy container scanners", null, null, null, null],
      ["dogs", "Sniffer dogs", "staff", 0, "Train dog teams", null, null, null, null],
      ["patrols", "Night patrols", "staff", 1, "Patrol the docks at night", null, null, null, null],
    ],
    ratings: [
      [
        "scanners",
        "seizures",
        7,
        5,
        8,
        "documented",
        "The memo expects most gain here",
        "memo",
        "scanners would catch most concealed loads",
        null,
        null,
        null,
      ],
      [
        "scanners",
        "cost",
        8,
        null,
        null,
        "documented",
        "Costly",
        "memo",
        "scanners are the costliest choice",
        null,
        null,
        null,
      ],
      [
        "dogs",
        "seizures",
        5,
        4,
        6,
        "inference",
        "Middling",
        "memo",
        "dogs find drugs but not weapons",
        null,
        null,
        null,
      ],
      [
        "dogs",
        "cost",
        3,
        null,
        null,
        "background",
        "Cheap by common knowledge",
        null,
        null,
        null,
        null,
        null,
      ],
      [
        "patrols",
        "seizures",
        3,
        1,
        5,
        "inference",
        "Deterrence, not seizures",
        "memo",
        "patrols deter more than they seize",
        null,
        null,
        null,
      ],
      ["patrols", "cost", 4, null, null, "background", "Overtime", null, null, null, null, null],
    ],
  };
  return catalogTemplateSheets().map((s) => ({
    ...s,
    rows: (rows[s.name] ?? []).map((r) =>
      r.map((v) => (typeof v === "number" ? { number: v, format: "General" } : v)),
    ),
  }));
};
const MEMO =
  "Our view: scanners would catch most concealed loads, but scanners are the costliest choice. Trained dogs find drugs but not weapons. Night patrols deter more than they seize.";

describe("policy-matrix import, template and export-catalog", () => {
  it("goes from an analyst's own workbook to a verified catalog, a stress-tested ranking, a workbook and a brief in four commands", async () => {
    writeFileSync(at("matrix.xlsx"), await workbook(analystMatrix()));
    mkdirSync(at("sources"), { recursive: true });
    writeFileSync(at("sources/memo.txt"), MEMO);
    const imported = await cli(
      "import",
      at("matrix.xlsx"),
      "--sources",
      at("sources"),
      "--out",
      at("catalog.json"),
    );
    expect(imported).toEqual({
      code: 0,
      stdout: `wrote ${at("catalog.json")}\ncatalog 'port-security': 3 options, 2 criteria, 0 perspectives, 4 of 4 quotes verbatim in their sources\n`,
      stderr: "",
    });
    const ranked = await cli("compare", "--catalog", at("catalog.json"), "--samples", "2000");
    expect(ranked.code).toBe(0);
    expect(ranked.stdout).toMatch(/scanners|dogs/);
    const results = await cli(
      "compare",
      "--catalog",
      at("catalog.json"),
      "--samples",
      "2000",
      "--format",
      "xlsx",
      "--out",
      at("results.xlsx"),
    );
    expect(results.code).toBe(0);
    const sheets = (await readXlsxFile(new Blob([readFileSync(at("results.xlsx"))]))).map((s) => s.sheet);
    expect(sheets).toContain("acceptability");
    const brief = await cli(
      "brief",
      "--catalog",
      at("catalog.json"),
      "--samples",
      "2000",
      "--out",
      at("brief.html"),
    );
    expect(brief.code).toBe(0);
    const html = readFileSync(at("brief.html"), "utf8");
    expect(html).toContain("Port security options");
    expect(html).toContain("scanners would catch most concealed loads");
  });

  it("runs the README's four commands on examples/own-matrix", async () => {
    const example = join(__dirname, "../../examples/own-matrix");
    const imported = await cli(
      "import",
      example,
      "--sources",
      join(example, "texts"),
      "--out",
      at("own.json"),
    );
    expect(imported.stdout).toBe(
      `wrote ${at("own.json")}\ncatalog 'port-security': 3 options, 2 criteria, 0 perspectives, 6 of 6 quotes verbatim in their sources\n`,
    );
    expect((await cli("compare", "--catalog", at("own.json"), "--samples", "2000")).code).toBe(0);
    const xlsx = [
      "compare",
      "--catalog",
      at("own.json"),
      "--samples",
      "2000",
      "--format",
      "xlsx",
      "--out",
      at("own.xlsx"),
    ];
    expect((await cli(...xlsx)).code).toBe(0);
    expect(
      (await cli("brief", "--catalog", at("own.json"), "--samples", "2000", "--out", at("own.html"))).code,
    ).toBe(0);
    expect(readFileSync(at("own.html"), "utf8")).toContain(
      "unmet, at a cost: Two handlers on every shift (seizures worse by 2)",
    );
    // Scanners rank first under the default weights, dogs most often under drawn weights: said.
    expect(readFileSync(at("own.html"), "utf8")).toMatch(
      /The ranking above puts More scanners first under one set of weights and ratings; across the draws Sniffer dogs comes first more often \(\d+%\)/,
    );
  });

  it("round-trips the built-in catalog through export-catalog and import, as .xlsx and as CSV files", async () => {
    const json = JSON.stringify(builtinCatalog(), null, 2) + "\n";
    expect((await cli("export-catalog", "--format", "xlsx", "--out", at("builtin.xlsx"))).code).toBe(0);
    expect(await cli("import", at("builtin.xlsx"), "--out", at("b1.json"))).toMatchObject({
      code: 0,
      stderr: "",
    });
    expect(readFileSync(at("b1.json"), "utf8")).toBe(json);
    expect((await cli("export-catalog", "--format", "csv", "--out", at("csv"))).code).toBe(0);
    const csv = ["catalog", "sources", "criteria", "options", "ratings", "preset-states", "risk-beliefs"].map(
      (s) => at(`csv/${s}.csv`),
    );
    const some = await cli("import", ...csv);
    expect(some.code).toBe(2);
    const all = [
      "catalog",
      "sources",
      "criteria",
      "options",
      "ratings",
      "stances",
      "requirements",
      "preconditions",
      "states",
      "documented",
      "risks",
      "exposures",
      "modifiers",
      "perspectives",
      "weights",
      "beliefs",
      "risk-beliefs",
      "conditions",
      "presets",
      "preset-states",
      "omissions",
    ];
    const back = await cli("import", ...all.map((s) => at(`csv/${s}.csv`)));
    expect(back.code).toBe(0);
    expect(back.stdout).toBe(json);
    expect((await cli("export-catalog", "--format", "json")).stdout).toBe(json);
  });

  it("says every problem of a workbook on one line, each by its cell, and writes nothing", async () => {
    const broken = analystMatrix().map((s) =>
      s.name === "ratings"
        ? {
            ...s,
            rows: s.rows.map((r, k) =>
              k === 2 ? ["dogs", "seizures", "high", ...r.slice(3)] : k === 4 ? ["patrol", ...r.slice(1)] : r,
            ),
          }
        : s,
    );
    writeFileSync(at("broken.xlsx"), await workbook(broken));
    const line = await refused(["import", at("broken.xlsx"), "--out", at("never.json")], "2 problems");
    expect(line).toBe(
      `policy-matrix: import ${at("broken.xlsx")}: 2 problems: ratings!C4: expected a number on the scale 0–10, got 'high'; ratings!A6: unknown option 'patrol' (not on the options sheet: scanners, dogs, patrols)\n`,
    );
    expect(existsSync(at("never.json"))).toBe(false);
  });

  it("checks the quotes in the same pass: a quote not verbatim in its source is a problem at its cell, and nothing is written", async () => {
    const matrix = analystMatrix().map((s) =>
      s.name === "ratings"
        ? { ...s, rows: s.rows.map((r, k) => (k === 0 ? [r[0]!, r[1]!, "high", ...r.slice(3)] : r)) }
        : s,
    );
    writeFileSync(at("matrix2.xlsx"), await workbook(matrix));
    mkdirSync(at("other"), { recursive: true });
    writeFileSync(at("other/memo.txt"), MEMO.replace("deter more", "deter far more"));
    const line = await refused(
      ["import", at("matrix2.xlsx"), "--sources", at("other"), "--out", at("never2.json")],
      "2 problems",
    );
    expect(line).toBe(
      `policy-matrix: import ${at("matrix2.xlsx")}: 2 problems: ratings!C2: expected a number on the scale 0–10, got 'high'; ratings!I6: the quote is not word for word in source 'memo'; its closest passage: "patrols deter far more than they"\n`,
    );
    expect(existsSync(at("never2.json"))).toBe(false);
    await refused(
      ["import", at("matrix2.xlsx"), "--sources", at("nowhere")],
      `--sources (source 'memo') ${at("nowhere/memo.txt")}: cannot read the file (ENOENT)`,
    );
  });

  it("imports a folder of CSV files, the template's read-me among them", async () => {
    expect((await cli("export-catalog", "--format", "csv", "--out", at("folder"))).code).toBe(0);
    expect((await cli("template", "--format", "csv", "--out", at("folder2"))).code).toBe(0);
    writeFileSync(at("folder/read-me.csv"), readFileSync(at("folder2/read-me.csv")));
    const back = await cli("import", at("folder"));
    expect([back.code, back.stderr]).toEqual([0, ""]);
    expect(back.stdout).toBe(JSON.stringify(builtinCatalog(), null, 2) + "\n");
    await refused(
      ["import", at("folder2/ratings.csv/x")],
      "import: expected an .xlsx workbook, .csv files or a folder of them",
    );
    await refused(["import", at("no-such-folder")], "cannot read the folder (ENOENT)");
  });

  it("writes the template, which reads back as an empty catalog with what it lacks", async () => {
    expect(await cli("template", "--out", at("t.xlsx"))).toEqual({
      code: 0,
      stdout: `wrote ${at("t.xlsx")}\n`,
      stderr: "",
    });
    await refused(
      ["import", at("t.xlsx")],
      "7 problems: catalog!B2: the catalog's id is empty; catalog!B3: the catalog's name is empty",
    );
    expect((await cli("template", "--format", "csv", "--out", at("t-csv"))).code).toBe(0);
    expect(readFileSync(at("t-csv/ratings.csv"), "utf8")).toBe(
      "option,criterion,value,low,high,basis,rationale,source,quote,speaker,attributed to,when\r\n",
    );
    expect(readFileSync(at("t-csv/read-me.csv"), "utf8")).toMatch(/^sheet,column,needed,what it holds\r\n/);
  });

  it("refuses what it cannot do, in one line", async () => {
    await refused(
      ["import"],
      "import: expected a workbook (FILE.xlsx), CSV files (one per sheet) or a folder of them",
    );
    await refused(["import", at("matrix.xlsx"), at("csv/options.csv")], "not both");
    await refused(
      ["import", at("matrix.xlsx"), "--out", "c.yaml"],
      "--out c.yaml: expected a file ending in .json",
    );
    await refused(["import", at("nowhere.xlsx")], "cannot read the file (ENOENT)");
    await refused(["template"], "template: needs --out FILE.xlsx");
    await refused(["template", "--format", "ods", "--out", "x"], "--format: expected xlsx or csv, got 'ods'");
    await refused(["template", "--format", "csv", "--out", "x.csv"], "expected a folder for the CSV files");
    await refused(
      ["export-catalog", "--format", "json", "--out", "c.json"],
      "--out: --format json prints the catalog",
    );
    await refused(["export-catalog", "--samples", "3"], "export-catalog");
  });
});
