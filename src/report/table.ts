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

const csvCell = (cell: string): string => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
const markdownCell = (cell: string): string => cell.replace(/\|/g, "\\|").replace(/\n/g, " ");

/**
 * Renders a table as aligned text (for terminals), a GitHub markdown table, or RFC 4180 CSV.
 *
 * @example
 * ```ts
 * renderTable({ headers: ["a", "b"], rows: [["1", "x,y"]] }, "csv"); // 'a,b\n1,"x,y"\n'
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
