import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { renderTable } from "../../src/index";

/** RFC 4180 fields, read back as a spreadsheet program would split them (test-only reader). */
const readCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  return rows;
};

const formula = /^[=+\-@]/;

describe("CSV a spreadsheet opens safely", () => {
  it("writes tied ranks as numbers and a tied list as words", () => {
    const csv = renderTable(
      {
        headers: ["rank", "top"],
        rows: [
          ["=4", "=1 a, b"],
          ["4", "-0.5"],
          ["5 -> =2", "values: =1 a; both: 2 b"],
        ],
      },
      "csv",
    );
    expect(readCsv(csv)).toEqual([
      ["rank", "top"],
      ["4", "1 (tied) a, b"],
      ["4", "-0.5"],
      ["5 -> 2 (tied)", "values: 1 (tied) a; both: 2 b"],
    ]);
  });

  test.prop([
    fc.array(fc.array(fc.string({ unit: "grapheme-ascii" }), { minLength: 2, maxLength: 2 }), {
      maxLength: 5,
    }),
  ])("no field starts a formula; every other field reads back as written", (rows) => {
    const back = readCsv(renderTable({ headers: ["a", "b"], rows }, "csv"));
    expect(back).toHaveLength(rows.length + 1);
    back.slice(1).forEach((row, i) =>
      row.forEach((field, j) => {
        const cell = rows[i]![j]!;
        if (formula.test(field)) expect(Number.isFinite(Number(field))).toBe(true);
        if (!formula.test(cell)) expect(field).toBe(cell);
      }),
    );
  });
});
