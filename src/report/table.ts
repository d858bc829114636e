import { PolicyMatrixError } from "../errors";
import { maxOf } from "../matrix/extremes";

/** A table of strings: a header row and body rows of the same width. */
export interface Table {
  readonly headers: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns to align right in text output (numbers). */
  readonly numeric?: readonly number[];
}

/** The formats a table renders to. */
export type TableFormat = "text" | "markdown" | "csv";

/** Refuses a format a renderer does not have (from JavaScript, or a cast), instead of printing text. */
export const checkFormat = <F extends string>(format: unknown, allowed: readonly F[]): F => {
  if (!(allowed as readonly unknown[]).includes(format)) {
    throw new PolicyMatrixError("invalid-input", [
      {
        path: "format",
        message: `expected one of ${allowed.join(", ")}, got ${JSON.stringify(format) ?? String(format)}`,
      },
    ]);
  }
  return format as F;
};

/** The formats every table renders to, and JSON. */
export const withJson = ["text", "markdown", "csv", "json"] as const;

/**
 * A cell as a spreadsheet should read it: a tied rank `=4` is written `4` (equal ranks show the tie,
 * and a leading `=` would be read as a formula); within text (`=1 a, b`, `5 -> =2`, `values: =1 a`)
 * each tied rank is written `1 (tied)`, so every CSV file marks ties one way; any other text
 * a spreadsheet would run as a formula (starting with `=`, `+`, `-` or `@`, and not a number) is
 * prefixed with `'`, as OWASP advises.
 */
const spreadsheetSafe = (cell: string): string => {
  if (/^=\d+$/.test(cell)) return cell.slice(1);
  const marked = cell.replace(/(^|-> |: )=(\d+)/g, "$1$2 (tied)");
  return /^[=+\-@]/.test(marked) && !Number.isFinite(Number(marked)) ? `'${marked}` : marked;
};
const csvCell = (raw: string): string => {
  const cell = spreadsheetSafe(raw);
  return /[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
};
const markdownCell = (cell: string): string => cell.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * Renders a table as aligned text (for terminals), a GitHub markdown table, or RFC 4180 CSV. In CSV a
 * tied rank `=4` is written `4` (the equal ranks show the tie) and `=1 a, b` as `1 (tied) a, b`, and
 * other text that a spreadsheet would run as a formula is prefixed with `'`.
 *
 * @example
 * ```ts
 * renderTable({ headers: ["a", "b"], rows: [["1", "x,y"]] }, "csv"); // 'a,b\n1,"x,y"\n'
 * renderTable({ headers: ["rank", "note"], rows: [["=4", "=SUM(A1)"]] }, "csv"); // "rank,note\n4,'=SUM(A1)\n"
 * ```
 */
export const renderTable = (table: Table, format: TableFormat): string => {
  checkFormat(format, ["text", "markdown", "csv"]);
  const all = [table.headers, ...table.rows];
  if (format === "csv") return all.map((row) => row.map(csvCell).join(",")).join("\n") + "\n";
  if (format === "markdown") {
    const line = (row: readonly string[]) => `| ${row.map(markdownCell).join(" | ")} |`;
    const rule = table.headers.map((_, j) => (table.numeric?.includes(j) ? "---:" : "---"));
    return [line(table.headers), line(rule), ...table.rows.map(line)].join("\n") + "\n";
  }
  const widths = table.headers.map((_, j) => maxOf(all.map((row) => (row[j] ?? "").length)));
  const pad = (cell: string, j: number) =>
    table.numeric?.includes(j) ? cell.padStart(widths[j]!) : cell.padEnd(widths[j]!);
  const line = (row: readonly string[]) =>
    row
      .map((cell, j) => pad(cell, j))
      .join("  ")
      .trimEnd();
  return (
    [line(table.headers), widths.map((w) => "-".repeat(w)).join("  "), ...table.rows.map(line)].join("\n") +
    "\n"
  );
};
