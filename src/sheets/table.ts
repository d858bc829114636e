// Reading one sheet of a catalog workbook: its header against the layout, its rows into things,
// each cell with its address (`ratings!D14`) for errors. A row with only quote columns filled adds
// a quote to the thing above it.
import type { ErrorIssue } from "../errors";
import { EVIDENCE_COLUMNS, type SheetSpec } from "./layout";

/** A cell as a workbook reader gives it: text, a number, a yes/no, a date, or empty. */
export type RawCell = string | number | boolean | Date | null | undefined;

/** One sheet's cells, row by row, the header row first; `label` names it in errors (`ratings.csv`). */
export interface RawTable {
  readonly name: string;
  readonly label?: string;
  readonly rows: readonly (readonly RawCell[])[];
}

/** A cell's value and where it is. */
export interface Cell {
  readonly value: RawCell;
  readonly at: string;
}

/** One quote's cells. */
export interface EvidenceCells {
  readonly at: string;
  readonly cells: ReadonlyMap<string, Cell>;
}

/** One thing: the cells of its row by header, and its quotes (its own row's and those below it). */
export interface Row {
  readonly at: string;
  readonly cells: ReadonlyMap<string, Cell>;
  readonly evidence: EvidenceCells[];
}

/** A column's letters: 0 is A, 26 is AA. */
export const columnLetters = (index: number): string => {
  let n = index + 1;
  let out = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
};

/** Whether a cell holds nothing (empty, or only white space). */
export const blank = (v: RawCell): boolean =>
  v === null || v === undefined || (typeof v === "string" && v.trim() === "");

const EVIDENCE = new Set(EVIDENCE_COLUMNS.map((c) => c.header));

/**
 * The rows of a sheet as things, checked against its columns: an unknown or repeated header, or a
 * missing required one, is an issue naming the header's cell. Blank rows are skipped.
 */
export const readRows = (spec: SheetSpec, table: RawTable, issues: ErrorIssue[]): Row[] => {
  const label = table.label ?? table.name;
  const header = table.rows[0] ?? [];
  const columns = new Map<string, number>();
  const known = spec.columns.map((c) => c.header);
  header.forEach((raw, index) => {
    if (blank(raw)) return;
    const at = `${label}!${columnLetters(index)}1`;
    const name = String(raw instanceof Date ? raw.toISOString() : raw)
      .trim()
      .toLowerCase();
    if (!known.includes(name)) {
      issues.push({
        path: at,
        message: `unknown column '${String(raw)}' (this sheet's columns: ${known.join(", ")})`,
      });
    } else if (columns.has(name)) {
      issues.push({ path: at, message: `column '${name}' appears twice` });
    } else columns.set(name, index);
  });
  const missing = spec.columns.filter((c) => c.required && !columns.has(c.header)).map((c) => c.header);
  if (missing.length > 0) {
    issues.push({
      path: `${label}!1`,
      message: `missing column${missing.length > 1 ? "s" : ""} ${missing.map((m) => `'${m}'`).join(", ")}`,
    });
    return [];
  }
  // A value under no header at all would be ignored; one under an unknown header is already said.
  const headed = new Set(header.flatMap((raw, index) => (blank(raw) ? [] : [index])));
  const rows: Row[] = [];
  table.rows.slice(1).forEach((raw, k) => {
    const line = k + 2;
    const cells = new Map<string, Cell>();
    for (const [name, index] of columns) {
      cells.set(name, { value: raw[index], at: `${label}!${columnLetters(index)}${line}` });
    }
    const extra = raw.findIndex((v, index) => !blank(v) && !headed.has(index));
    if (extra >= 0) {
      issues.push({
        path: `${label}!${columnLetters(extra)}${line}`,
        message: "a value in a column without a header (it would be ignored)",
      });
    }
    const filled = [...cells].filter(([, c]) => !blank(c.value));
    if (filled.length === 0) return;
    const quote: EvidenceCells = {
      at: `${label}!A${line}`,
      cells: new Map([...cells].filter(([name]) => EVIDENCE.has(name))),
    };
    const hasQuote = [...quote.cells.values()].some((c) => !blank(c.value));
    if (filled.every(([name]) => EVIDENCE.has(name))) {
      const above = rows[rows.length - 1];
      if (above) above.evidence.push(quote);
      else {
        issues.push({
          path: `${label}!A${line}`,
          message: "a row with only quote columns adds a quote to the row above it, but there is none",
        });
      }
      return;
    }
    rows.push({ at: `${label}!A${line}`, cells, evidence: hasQuote ? [quote] : [] });
  });
  return rows;
};
