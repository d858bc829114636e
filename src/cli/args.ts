import { parseArgs } from "node:util";

/** A usage error: one line for the user, exit code 2. */
export class CliError extends Error {
  /** `whole`: the message is not cut to one screenful (an import's list of every problem). */
  constructor(
    message: string,
    readonly whole = false,
  ) {
    super(message);
  }
}

/** Every flag the CLI knows, as node's parseArgs takes them. Which command takes which: `commandFlags`. */
export const flags = {
  format: { type: "string" },
  catalog: { type: "string" },
  sources: { type: "string" },
  scenario: { type: "string" },
  assumptions: { type: "string" },
  preset: { type: "string" },
  perspective: { type: "string" },
  "perspective-use": { type: "string" },
  "perspective-conditions": { type: "boolean" },
  method: { type: "string" },
  weight: { type: "string", multiple: true },
  set: { type: "string", multiple: true },
  infeasible: { type: "string" },
  explain: { type: "string" },
  samples: { type: "string" },
  seed: { type: "string" },
  workers: { type: "string" },
  vary: { type: "string" },
  chart: { type: "string" },
  out: { type: "string" },
  option: { type: "string" },
  methods: { type: "boolean" },
  stability: { type: "boolean" },
  tornado: { type: "string" },
  top: { type: "string" },
  above: { type: "string" },
  pin: { type: "string", multiple: true },
  weights: { type: "string" },
  spread: { type: "string" },
  around: { type: "string" },
  bound: { type: "string", multiple: true },
  ratings: { type: "string" },
  beliefs: { type: "string" },
  shard: { type: "string" },
  paper: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** A flag's name. */
export type FlagName = keyof typeof flags;

/** Parsed flag values. */
export type Flags = ReturnType<typeof parseArgs<{ options: typeof flags }>>["values"];

/** The flags that set assumptions: a scenario and what overrides it. */
export const scenarioFlags: readonly FlagName[] = [
  "scenario",
  "assumptions",
  "preset",
  "perspective",
  "perspective-use",
  "perspective-conditions",
  "method",
  "weight",
  "set",
  "infeasible",
];

/** The flags each command takes; any other is an error naming it. */
export const commandFlags: Readonly<Record<string, readonly FlagName[]>> = {
  compare: [
    ...scenarioFlags,
    "format",
    "catalog",
    "explain",
    "samples",
    "seed",
    "workers",
    "vary",
    "chart",
    "out",
    "option",
    "methods",
    "stability",
    "tornado",
  ],
  // diff's scenarios are its two files: --scenario and --assumptions would be a third.
  diff: [...scenarioFlags.filter((f) => f !== "scenario" && f !== "assumptions"), "format", "catalog"],
  // The timeline takes every preset in turn: --preset (and a file's) would be ignored.
  timeline: [...scenarioFlags.filter((f) => f !== "preset"), "format", "catalog", "out"],
  // Each actor brings its own weights and perspective.
  disagree: [
    ...scenarioFlags.filter((f) => !f.startsWith("perspective") && f !== "weight"),
    "format",
    "catalog",
    "out",
  ],
  // Discovery draws the states (pin them) and the weights.
  discover: [
    "option",
    "top",
    "above",
    "pin",
    "weights",
    "spread",
    "around",
    "bound",
    "ratings",
    "beliefs",
    "samples",
    "seed",
    "perspective",
    "perspective-use",
    "method",
    "infeasible",
    "format",
    "catalog",
    "chart",
    "out",
    "shard",
  ],
  // A brief is a file: --out FILE.html or FILE.pdf.
  brief: [...scenarioFlags, "catalog", "samples", "seed", "out", "paper"],
  // The shards' files are its arguments; the run is in them.
  merge: ["format", "chart", "out"],
  catalog: ["format", "catalog"],
  verify: ["sources", "catalog"],
  // The workbook or CSV files are its arguments.
  import: ["out", "sources"],
  template: ["format", "out"],
  "export-catalog": ["format", "out", "catalog"],
  schema: ["catalog"],
  help: [],
};

/** Edit distance (insertions, deletions, substitutions) between two short strings. */
const distance = (a: string, b: string): number => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) {
      next.push(Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    }
    row = next;
  }
  return row[b.length]!;
};

/** ", did you mean --x?" for the command's flag nearest to a misspelt one (two edits at most). */
const closest = (name: string, allowed: readonly string[]): string => {
  const near = allowed
    .map((f) => ({ f, d: distance(name, f) }))
    .filter((x) => x.d <= 2)
    .sort((x, y) => x.d - y.d)[0];
  return near ? `, did you mean --${near.f}?` : "";
};

/**
 * Parses one command's arguments with its own flags: a flag the command does not take, or a
 * single-valued flag given twice, is an error naming it.
 */
export const parseCommand = (
  command: string,
  args: readonly string[],
): { values: Flags; positionals: string[] } => {
  const allowed = commandFlags[command]!;
  const options = Object.fromEntries(allowed.map((name) => [name, flags[name]]));
  const joined: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const arg = args[k]!;
    // One dash before a long name reads as short flags (-perspective as -p -e ...): say so.
    if (/^-[a-z][a-z-]+/i.test(arg) && !arg.startsWith("--")) {
      throw new CliError(
        `${arg.split("=")[0]}: long flags take two dashes (--${arg.slice(1).split("=")[0]})`,
      );
    }
    // A negative number after a flag that takes a value is its value (--seed -1), not a flag.
    const name = /^--([a-z-]+)$/.exec(arg)?.[1] as FlagName | undefined;
    const next = args[k + 1];
    if (name && flags[name]?.type === "string" && next !== undefined && /^-\d/.test(next)) {
      joined.push(`${arg}=${next}`);
      k++;
    } else joined.push(arg);
  }
  let parsed;
  try {
    parsed = parseArgs({ args: joined, options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const flag = /'(-[^'\s]*)/.exec((error as Error).message)?.[1]?.replace(/^(--?[^=]+).*$/, "$1");
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION" && flag) {
      const name = flag.replace(/^--?/, "") as FlagName;
      throw new CliError(
        name in flags
          ? `${flag}: '${command}' does not take it${allowed.length ? ` (it takes: ${allowed.map((f) => `--${f}`).join(", ")})` : ""}`
          : `unknown flag '${flag}'${closest(name, allowed)} (see 'policy-matrix help')`,
      );
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE" && flag) {
      const takesValue = flags[flag.replace(/^--?/, "") as FlagName]?.type === "string";
      throw new CliError(takesValue ? `${flag}: expects a value` : `${flag}: takes no value`);
    }
    throw new CliError(`${(error as Error).message.split(/\.\s/)[0]} (see 'policy-matrix help')`);
  }
  const seen = new Set<string>();
  for (const token of parsed.tokens) {
    if (token.kind !== "option") continue;
    const spec = flags[token.name as FlagName];
    if (!("multiple" in spec) && seen.has(token.name))
      throw new CliError(`--${token.name}: given twice (give it once)`);
    seen.add(token.name);
  }
  return { values: parsed.values as Flags, positionals: parsed.positionals };
};

/** The flags given, of those named. */
export const given = (values: Flags, names: readonly FlagName[]): FlagName[] =>
  names.filter((n) => values[n] !== undefined);

/** Refuses every flag given that the mode does not use, naming the first and why. */
export const onlyFlags = (values: Flags, mode: string, allowed: readonly FlagName[]): void => {
  const extra = (Object.keys(values) as FlagName[]).filter(
    (n) => values[n] !== undefined && !allowed.includes(n),
  );
  if (extra.length > 0) throw new CliError(`--${extra[0]}: not used ${mode}`);
};

/** NAME=VALUE pairs of a repeatable flag. */
export const pairs = (flag: string, values: readonly string[] = []): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const pair of values) {
    const at = pair.indexOf("=");
    if (at <= 0) throw new CliError(`${flag}: expected NAME=VALUE, got '${pair}'`);
    const name = pair.slice(0, at);
    if (Object.hasOwn(out, name)) throw new CliError(`${flag} ${name}: given twice (give it once)`);
    Object.defineProperty(out, name, {
      value: pair.slice(at + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
};

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)$/;
const WHOLE = /^-?\d+$/;

/** NAME=NUMBER pairs of a repeatable flag; numbers are written in decimal (`2`, `0.5`), nothing else. */
export const numbers = (flag: string, values: readonly string[] = []): Record<string, number> =>
  Object.fromEntries(
    Object.entries(pairs(flag, values)).map(([key, text]) => {
      if (!DECIMAL.test(text)) {
        throw new CliError(`${flag} ${key}: expected a decimal number like 2 or 0.5, got '${text}'`);
      }
      return [key, Number(text)];
    }),
  );

/** A share written in decimal (`0.3`), within [0, 1]. */
export const share = (flag: string, text: string): number => {
  const x = Number(text);
  if (!DECIMAL.test(text) || text.startsWith("-") || !(x >= 0 && x <= 1)) {
    throw new CliError(`${flag}: expected a share from 0 to 1 like 0.3, got '${text}'`);
  }
  return x;
};

/** A flag's value, checked against the allowed ones. */
export const oneOf = <T extends string>(
  flag: string,
  value: string | undefined,
  allowed: readonly T[],
  fallback: T,
): T => {
  const chosen = value ?? fallback;
  if (!(allowed as readonly string[]).includes(chosen)) {
    throw new CliError(`${flag}: expected one of ${allowed.join(", ")}, got '${chosen}'`);
  }
  return chosen as T;
};

/** A whole-number flag within [min, max], written in decimal digits. */
export const wholeNumber = (
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!WHOLE.test(value) || n < min || n > max) {
    throw new CliError(
      `${flag}: expected a whole number from ${min} to ${max} in decimal digits, got '${value}'`,
    );
  }
  return n;
};

/** --seed: a 32-bit whole number (default 0). */
export const seedFlag = (values: Flags): number =>
  wholeNumber("--seed", values.seed, -(2 ** 31), 2 ** 31 - 1, 0);
