import * as E from "fp-ts/lib/Either.js";
import { orThrow, PolicyMatrixError } from "../errors";
import type { Condition } from "./requirement";

// Conditions as text, for reports and for cells of a workbook. The text is exact: parsing what
// `conditionSyntax` writes gives back the same condition, nesting included.
//
//   mexican-consent = joint-approval
//   mexican-consent in {joint-approval, tacit}
//   not (aumf = none)
//   fto-designation = designated and (aumf = passed or mexican-consent = joint-approval)
//   always | never | all(x) | any(x)      (all or any of nothing, or of one condition)
//
// `and` binds tighter than `or`; parentheses group, and a group stays one condition (so
// `(a and b) and c` is `all` of two, `a and b and c` of three).

const compound = (c: Condition): boolean => (c.op === "all" || c.op === "any") && c.of.length >= 2;
const grouped = (c: Condition): string => (compound(c) ? `(${conditionSyntax(c)})` : conditionSyntax(c));

/**
 * A condition as text: `mexican-consent in {joint-approval, tacit}`, `not (aumf = none)`,
 * `a = x and (b = y or c = z)`; `always` and `never` for `all` and `any` of nothing. The text
 * parses back to the same condition with `parseCondition`.
 *
 * @example
 * ```ts
 * conditionSyntax({ op: "not", of: { op: "in", precondition: "aumf", states: ["none"] } }); // "not (aumf = none)"
 * ```
 */
export const conditionSyntax = (c: Condition): string => {
  switch (c.op) {
    case "in":
      return c.states.length === 1
        ? `${c.precondition} = ${c.states[0]}`
        : `${c.precondition} in {${c.states.join(", ")}}`;
    case "not":
      return `not (${conditionSyntax(c.of)})`;
    case "all":
    case "any":
      if (c.of.length === 0) return c.op === "all" ? "always" : "never";
      if (c.of.length === 1) return `${c.op}(${conditionSyntax(c.of[0]!)})`;
      return c.of.map(grouped).join(c.op === "all" ? " and " : " or ");
  }
};

interface Token {
  readonly text: string;
  readonly at: number;
}

const tokenize = (text: string): E.Either<string, Token[]> => {
  const tokens: Token[] = [];
  const pattern = /\s+|([a-z0-9]+(?:-[a-z0-9]+)*)|([=(){},])|(.)/gy;
  for (const m of text.matchAll(pattern)) {
    if (m[3] !== undefined) return E.left(`unexpected '${m[3]}' at character ${m.index + 1}`);
    const word = m[1] ?? m[2];
    if (word !== undefined) tokens.push({ text: word, at: m.index + 1 });
  }
  return E.right(tokens);
};

class Parser {
  private next = 0;
  constructor(
    private readonly tokens: readonly Token[],
    private readonly length: number,
  ) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.next + offset];
  }

  private where(): string {
    const t = this.peek();
    return t ? `'${t.text}' at character ${t.at}` : `the end (character ${this.length + 1})`;
  }

  private expect(text: string, what: string): void {
    if (this.peek()?.text !== text) throw new Error(`expected ${what}, found ${this.where()}`);
    this.next++;
  }

  private id(what: string): string {
    const t = this.peek();
    if (!t || !/^[a-z0-9]/.test(t.text)) throw new Error(`expected ${what}, found ${this.where()}`);
    this.next++;
    return t.text;
  }

  whole(): Condition {
    const c = this.or();
    if (this.peek()) throw new Error(`expected 'and', 'or' or the end, found ${this.where()}`);
    return c;
  }

  private chain(op: "all" | "any", word: string, part: () => Condition): Condition {
    const parts = [part()];
    while (this.peek()?.text === word) {
      this.next++;
      parts.push(part());
    }
    return parts.length === 1 ? parts[0]! : { op, of: parts };
  }

  private or(): Condition {
    return this.chain("any", "or", () => this.and());
  }

  private and(): Condition {
    return this.chain("all", "and", () => this.unary());
  }

  private unary(): Condition {
    const t = this.peek();
    const atom = this.peek(1)?.text === "=" || this.peek(1)?.text === "in";
    if (t?.text === "not" && !atom) {
      this.next++;
      return { op: "not", of: this.unary() };
    }
    if (t?.text === "(") {
      this.next++;
      const inner = this.or();
      this.expect(")", "')'");
      return inner;
    }
    if ((t?.text === "always" || t?.text === "never") && !atom) {
      this.next++;
      return { op: t.text === "always" ? "all" : "any", of: [] };
    }
    if ((t?.text === "all" || t?.text === "any") && this.peek(1)?.text === "(") {
      this.next += 2;
      const inner = this.or();
      this.expect(")", "')'");
      return { op: t.text, of: [inner] };
    }
    const precondition = this.id("a precondition id, 'not', 'always', 'never' or '('");
    if (this.peek()?.text === "=") {
      this.next++;
      return { op: "in", precondition, states: [this.id(`a state of '${precondition}' after '='`)] };
    }
    this.expect("in", `'=' or 'in' after '${precondition}'`);
    this.expect("{", "'{' after 'in'");
    const states = [this.id("a state id")];
    while (this.peek()?.text === ",") {
      this.next++;
      states.push(this.id("a state id after ','"));
    }
    this.expect("}", "',' or '}'");
    return { op: "in", precondition, states };
  }
}

/** Reads a condition written as `conditionSyntax` writes it; Left with a message saying where it goes wrong. */
export const conditionFromText = (text: string): E.Either<string, Condition> => {
  if (typeof text !== "string") return E.left(`expected a condition as text, got ${typeof text}`);
  return E.chain((tokens: Token[]) => {
    if (tokens.length === 0) return E.left("expected a condition, found nothing");
    try {
      return E.right(new Parser(tokens, text.length).whole());
    } catch (error) {
      return E.left((error as Error).message);
    }
  })(tokenize(text));
};

/** The `either` twin of `parseCondition`. */
export const parseConditionEither = (text: string): E.Either<PolicyMatrixError, Condition> =>
  E.mapLeft((message: string) => new PolicyMatrixError("invalid-input", [{ path: "condition", message }]))(
    conditionFromText(text),
  );

/**
 * Reads a condition written as `conditionSyntax` writes it (as a workbook's cells hold them).
 * Throws `PolicyMatrixError` saying where the text goes wrong. Precondition and state ids are not
 * checked against a catalog here (`loadCatalog` does that).
 *
 * @example
 * ```ts
 * parseCondition("aumf = passed or mexican-consent in {joint-approval, tacit}").op; // "any"
 * parseCondition("aumf passed"); // throws "condition: expected '=' or 'in' after 'aumf', found 'passed' at character 6"
 * ```
 */
export const parseCondition = (text: string): Condition => orThrow(parseConditionEither(text));
