// Turning a sheet's cells into a catalog's values, each problem an issue at its cell, and each value
// placed: the path it lands at in the catalog, and the cell it came from, so that the schema's and
// the cross-references' errors can be named by cell too.
import * as E from "fp-ts/lib/Either.js";
import type { ErrorIssue } from "../errors";
import { conditionFromText } from "../model/condition-syntax";
import { Id } from "../model/id";
import type { Condition } from "../model/requirement";
import { blank, type Cell, type EvidenceCells, type RawCell, type Row } from "./table";

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const shown = (v: RawCell): string => (v instanceof Date ? v.toISOString() : String(v));

/** The text of a cell: trimmed; a number as written in JavaScript; a date as YYYY-MM-DD. */
const textOf = (v: RawCell): string | undefined => {
  if (blank(v)) return undefined;
  if (typeof v === "string") return v.trim();
  if (typeof v === "number") return String(v);
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return undefined;
};

/** Collects issues and where each value of the catalog came from. */
export class CellReader {
  readonly issues: ErrorIssue[] = [];
  /** Catalog paths (`catalog.options[3].ratings.cost.value`) to the cell or row they came from. */
  readonly places = new Map<string, string>();
  /** Each precondition's states, once the preconditions sheet is read: conditions are checked against them. */
  states: ReadonlyMap<string, readonly string[]> | undefined;

  /** Records where the value at `path` came from (the first place wins; "" is a value no path names). */
  place(path: string, at: string): void {
    if (path !== "" && !this.places.has(path)) this.places.set(path, at);
  }

  issue(at: string, message: string): void {
    this.issues.push({ path: at, message });
  }

  cell(row: Row | EvidenceCells, header: string): Cell {
    return row.cells.get(header) ?? { value: undefined, at: row.at };
  }

  /** A text cell; blank gives undefined, and an issue when `required`. */
  text(row: Row | EvidenceCells, header: string, path: string, required = true): string | undefined {
    const c = this.cell(row, header);
    this.place(path, c.at);
    if (typeof c.value === "boolean") {
      this.issue(c.at, `expected text, got ${String(c.value).toUpperCase()}`);
      return undefined;
    }
    const t = textOf(c.value);
    if (t === undefined && required) this.issue(c.at, `'${header}' must not be empty`);
    return t;
  }

  /**
   * An id that keys a record (a rating's criterion, a weight's criterion, a preset's precondition),
   * checked before it is used as a key: a name every object has would find its machinery instead.
   */
  key(row: Row, header: string): string | undefined {
    const id = this.text(row, header, "", true);
    if (id === undefined) return undefined;
    const checked = Id.safeParse(id);
    if (!checked.success) {
      this.issue(this.cell(row, header).at, checked.error.issues[0]!.message);
      return undefined;
    }
    return id;
  }

  /** A number cell (a number, or text that is one); `what` says what number is expected. */
  number(row: Row, header: string, path: string, required = true, what = "a number"): number | undefined {
    const c = this.cell(row, header);
    this.place(path, c.at);
    if (blank(c.value)) {
      if (required) this.issue(c.at, `expected ${what}, got nothing`);
      return undefined;
    }
    if (typeof c.value === "number" && Number.isFinite(c.value)) return c.value;
    if (typeof c.value === "string" && NUMBER.test(c.value.trim())) return Number(c.value.trim());
    this.issue(c.at, `expected ${what}, got '${shown(c.value)}'`);
    return undefined;
  }

  /** A condition written as text (see `conditionSyntax`). */
  condition(row: Row, header: string, path: string, required = true): Condition | undefined {
    const t = this.text(row, header, path, required);
    if (t === undefined) return undefined;
    const parsed = conditionFromText(t);
    const at = this.cell(row, header).at;
    if (E.isLeft(parsed)) {
      this.issue(at, `condition: ${parsed.left}`);
      return undefined;
    }
    // Checked here against the preconditions sheet too, so that one pass says it with the rest.
    const wrong = this.states === undefined ? undefined : unknownState(parsed.right, this.states);
    if (wrong !== undefined) this.issue(at, wrong);
    return parsed.right;
  }

  /** Ids separated by commas; `(none)` for an empty list. */
  ids(row: Row, header: string, path: string): string[] | undefined {
    const t = this.text(row, header, path, false);
    if (t === undefined) return undefined;
    if (t === "(none)") return [];
    return t.split(",").map((s) => s.trim());
  }

  /** Items separated by `;`, each read by `item` (undefined for one it cannot read). */
  list<A>(
    row: Row,
    header: string,
    path: string,
    item: (text: string) => A | undefined,
    form: string,
  ): A[] | undefined {
    const t = this.text(row, header, path, false);
    if (t === undefined) return undefined;
    const items = t
      .split(";")
      .map((s) => s.trim())
      .filter((s) => s !== "");
    const read = items.map(item);
    const bad = read.findIndex((x) => x === undefined);
    if (bad >= 0) {
      this.issue(this.cell(row, header).at, `expected ${form}, got '${items[bad]}'`);
      return undefined;
    }
    return read as A[];
  }

  /** The quotes of a row, each checked to have a source and a quote. */
  evidence(row: Row, path: string): Record<string, string>[] {
    // A thing without quotes that needs one: the quote column of its row is where to add it.
    this.place(`${path}.evidence`, row.cells.get("quote")?.at ?? row.at);
    return row.evidence.map((q, k) => {
      const at = `${path}.evidence[${k}]`;
      this.place(at, q.cells.get("quote")?.at ?? q.at);
      const source = this.text(q, "source", `${at}.source`, false);
      const quote = this.text(q, "quote", `${at}.quote`, false);
      const speaker = this.text(q, "speaker", `${at}.speaker`, false);
      const attributedTo = this.text(q, "attributed to", `${at}.attributedTo`, false);
      if (quote === undefined) this.issue(this.cell(q, "quote").at, "a quote's row needs the quote");
      if (source === undefined) this.issue(this.cell(q, "source").at, "a quote needs the id of its source");
      return {
        ...(source !== undefined && { source }),
        ...(quote !== undefined && { quote }),
        ...(speaker !== undefined && { speaker }),
        ...(attributedTo !== undefined && { attributedTo }),
      };
    });
  }
}

/** What is wrong with the first unknown precondition or state a condition names, if any. */
const unknownState = (c: Condition, states: ReadonlyMap<string, readonly string[]>): string | undefined => {
  if (c.op === "not") return unknownState(c.of, states);
  if (c.op !== "in") {
    for (const x of c.of) {
      const wrong = unknownState(x, states);
      if (wrong !== undefined) return wrong;
    }
    return undefined;
  }
  const known = states.get(c.precondition);
  if (known === undefined) {
    return `unknown precondition '${c.precondition}' (the preconditions: ${[...states.keys()].join(", ") || "none"})`;
  }
  const state = c.states.find((x) => !known.includes(x));
  return state === undefined
    ? undefined
    : `'${state}' is not a state of '${c.precondition}' (one of: ${known.join(", ")})`;
};

/** A number as text in the layout's small lists (`cost by 2`, `escalation +0.2`). */
export const numberIn = (text: string): number | undefined => (NUMBER.test(text) ? Number(text) : undefined);
