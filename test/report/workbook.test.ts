import { readFileSync } from "node:fs";
import * as E from "fp-ts/lib/Either.js";
import readXlsxFile from "read-excel-file/universal";
import { describe, expect, it } from "vitest";
import {
  builtinCatalog,
  compare,
  comparisonSheets,
  disagreement,
  disagreementSheet,
  discover,
  discoverySheets,
  either,
  smaaCompareSync,
  smaaSheets,
  stabilityCompare,
  workbook,
} from "../../src/index";
import { runCli } from "../../src/cli/run";

const catalog = builtinCatalog();
const read = async (bytes: Uint8Array) =>
  Object.fromEntries((await readXlsxFile(new Blob([new Uint8Array(bytes)]))).map((s) => [s.sheet, s.data]));

describe("workbook", () => {
  it("writes a comparison as sheets a spreadsheet reads without cleaning: numbers as numbers, yes/no as booleans", async () => {
    const c = compare(catalog, { preset: "2025-08", perspective: "dea-maltz" });
    const smaa = smaaCompareSync(catalog, {}, { samples: 2000, seed: 4 });
    const book = await read(await workbook([...comparisonSheets(catalog, c), ...smaaSheets(catalog, smaa)]));
    expect(Object.keys(book)).toEqual([
      "ranking",
      "contributions",
      "risks",
      "assumptions",
      "quotes",
      "acceptability",
      "smaa settings",
    ]);
    const ranking = book.ranking!;
    expect(ranking[0]).toEqual([
      "rank",
      "tied",
      "tied with",
      "option",
      "name",
      "score",
      "feasible",
      "blocked; needs",
      "unmet, at a cost (soft requirements)",
      "risk burden (sum of likelihood x severity)",
    ]);
    expect(ranking.slice(1).map((r) => [r[0], r[2], r[3], r[5], r[6]])).toEqual(
      c.rows.map((r) => [r.rank, r.tiedWith.join(", ") || null, r.option, r.score, r.feasible]),
    );
    // What an unmet soft requirement costs, in words; and its quotes among the quotes.
    const soft = c.rows.findIndex((r) => r.penalties.length > 0);
    expect(soft).toBeGreaterThanOrEqual(0);
    expect(ranking[soft + 1]![8]).toMatch(/worse by \d/);
    const q = c.rows[soft]!.penalties.find((p) => p.evidence.length > 0);
    if (q) expect(book.quotes!.some((r) => r[1] === `requirement: ${q.requirement}`)).toBe(true);
    // Every contribution, as numbers.
    const contributions = book.contributions!.slice(1);
    expect(contributions).toHaveLength(c.rows.length * c.criteria.length);
    const first = c.rows[0]!.contributions[0]!;
    expect(contributions[0]!.slice(0, 7)).toEqual([
      c.rows[0]!.option,
      first.criterion,
      first.value,
      first.interval[0],
      first.interval[1],
      first.weight,
      first.contribution,
    ]);
    // Every quote with its source and date, as in the catalog.
    const quotes = book.quotes!.slice(1);
    expect(quotes.length).toBe(
      c.rows.reduce(
        (n, r) =>
          n +
          r.contributions.reduce((m, k) => m + k.evidence.length, 0) +
          r.risks.reduce((m, k) => m + k.evidence.length, 0) +
          [...r.blockers, ...r.penalties].reduce((m, k) => m + k.evidence.length, 0),
        0,
      ),
    );
    for (const [, , quote, speaker, reported, source, , , date] of quotes) {
      expect(speaker === null || reported === null).toBe(true);
      const s = catalog.sources.find((x) => x.id === source)!;
      expect(date).toBe(s.date);
      expect(typeof quote).toBe("string");
    }
    expect(book.assumptions!.find((r) => r[0] === "perspective")?.[1]).toBe("dea-maltz (values-and-beliefs)");
    // Most often first on top, with names; the settings to run it again.
    const acceptability = book.acceptability!.slice(1);
    const byFirst = smaa.options
      .map((o, i) => ({ o, p: smaa.acceptability[i]![0]!, i }))
      .sort((x, y) => y.p - x.p || x.i - y.i);
    expect(acceptability.map((r) => [r[0], r[2]])).toEqual(byFirst.map((x) => [x.o, x.p]));
    expect(acceptability[0]![1]).toBe(catalog.options.find((o) => o.id === byFirst[0]!.o)!.name);
    expect(book["smaa settings"]!.slice(1, 3)).toEqual([
      ["samples", 2000],
      ["seed", 4],
    ]);
  });

  it("writes a disagreement and a discovery", async () => {
    const d = disagreement(catalog, "hard-line", "sheinbaum");
    const found = discover(
      catalog,
      { kind: "first", option: "intelligence-sharing" },
      {},
      { samples: 300, seed: 2 },
    );
    const book = await read(await workbook([disagreementSheet(d), ...discoverySheets(found)]));
    expect(book.disagreement![0]).toEqual([
      "values \\ beliefs",
      "hard-line's beliefs",
      "sheinbaum's beliefs",
    ]);
    expect(book.disagreement!.filter((r) => r[0] === "crux")).toHaveLength(d.cruxes.length);
    expect(book.rules!.slice(1, found.rules.length + 1).map((r) => r[0])).toEqual(
      found.rules.map((r) => r.text),
    );
    expect(book.decisive!.slice(1).map((r) => [r[0], r[1]])).toEqual(
      found.decisive.map((x) => [x.dimension, x.distance]),
    );
  });

  it("refuses sheet names a spreadsheet would not take, as a Left", async () => {
    const sheet = { name: "a/b", columns: [{ header: "x", width: 5 }], rows: [] };
    const r = await either.workbook([sheet]);
    expect(E.isLeft(r) && r.left.issues[0]!.path).toBe("sheets");
    const twice = await either.workbook([
      { ...sheet, name: "a" },
      { ...sheet, name: "a" },
    ]);
    expect(E.isLeft(twice)).toBe(true);
  });

  it("is written by compare, disagree and discover with --format xlsx --out, and refused in one line otherwise", async () => {
    const files: Record<string, Uint8Array> = {};
    const err: string[] = [];
    const io = {
      stdout: () => undefined,
      stderr: (t: string) => void err.push(t),
      readFile: (p: string) => readFileSync(p, "utf8"),
      writeBytes: (p: string, b: Uint8Array) => void (files[p] = b),
    };
    expect(await runCli(["compare", "--preset", "2025-09", "--format", "xlsx", "--out", "c.xlsx"], io)).toBe(
      0,
    );
    expect((await read(files["c.xlsx"]!)).ranking!.length).toBe(17);
    expect(
      await runCli(
        ["compare", "--format", "xlsx", "--out", "s.xlsx", "--samples", "1000", "--seed", "2"],
        io,
      ),
    ).toBe(0);
    expect(Object.keys(await read(files["s.xlsx"]!))).toContain("acceptability");
    expect(
      await runCli(["disagree", "heritage", "bi-experts", "--format", "xlsx", "--out", "d.xlsx"], io),
    ).toBe(0);
    expect(Object.keys(await read(files["d.xlsx"]!))).toEqual(["disagreement"]);
    expect(
      await runCli(
        ["discover", "--option", "training-fid", "--samples", "100", "--format", "xlsx", "--out", "x.xlsx"],
        io,
      ),
    ).toBe(0);
    expect(Object.keys(await read(files["x.xlsx"]!))).toEqual(["rules", "decisive"]);
    // The analyses: each its sheets, then the assumptions they were made under.
    for (const [flags, names] of [
      [["--methods"], ["methods", "method agreement", "assumptions"]],
      [["--stability"], ["stability", "assumptions"]],
      [
        ["--tornado", "training-fid"],
        ["tornado", "assumptions"],
      ],
      [
        ["--perspective", "all"],
        ["perspectives", "perspective pairs"],
      ],
    ] as const) {
      expect(await runCli(["compare", ...flags, "--format", "xlsx", "--out", "a.xlsx"], io)).toBe(0);
      expect(Object.keys(await read(files["a.xlsx"]!))).toEqual(names);
    }
    expect(await runCli(["compare", "--stability", "--format", "xlsx", "--out", "s.xlsx"], io)).toBe(0);
    const rows = (await read(files["s.xlsx"]!)).stability!.slice(1);
    expect(rows.map((r) => [r[0], r[1], r[2], r[3]])).toEqual(
      stabilityCompare(catalog).map((x) => [x.criterion, x.weight, x.top[0], x.top[1]]),
    );
    for (const [args, message] of [
      [["compare", "--format", "xlsx"], "--format xlsx: needs --out FILE.xlsx"],
      [["compare", "--format", "xlsx", "--out", "c.csv"], "--out c.csv: expected a file ending in .xlsx"],
      [
        ["compare", "--explain", "sof-raids", "--format", "xlsx", "--out", "c.xlsx"],
        "--format xlsx: not with --explain",
      ],
      [
        ["discover", "--option", "sof-raids", "--format", "xlsx", "--out", "x.xlsx", "--chart", "box"],
        "--chart: not with --format xlsx",
      ],
      [["timeline", "--format", "xlsx"], "--format: expected one of"],
    ] as const) {
      err.length = 0;
      expect(await runCli([...args], io)).toBe(2);
      expect(err.join("")).toContain(message);
      expect(err.join("").trimEnd().includes("\n")).toBe(false);
    }
  });
});
