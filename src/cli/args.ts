import { parseArgs } from "node:util";

/** A usage error: one line for the user, exit code 2. */
export class CliError extends Error {}

/** The CLI's flags, shared by every command. */
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
  chart: { type: "string" },
  out: { type: "string" },
  option: { type: "string" },
  methods: { type: "boolean" },
  stability: { type: "boolean" },
  tornado: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean" },
} as const;

/** Parsed flag values. */
export type Flags = ReturnType<typeof parseArgs<{ options: typeof flags }>>["values"];

/** NAME=VALUE pairs of a repeatable flag. */
export const pairs = (flag: string, values: readonly string[] = []): Record<string, string> =>
  Object.fromEntries(
    values.map((pair) => {
      const at = pair.indexOf("=");
      if (at <= 0) throw new CliError(`${flag}: expected NAME=VALUE, got '${pair}'`);
      return [pair.slice(0, at), pair.slice(at + 1)];
    }),
  );

/** NAME=NUMBER pairs of a repeatable flag. */
export const numbers = (flag: string, values: readonly string[] = []): Record<string, number> =>
  Object.fromEntries(
    Object.entries(pairs(flag, values)).map(([key, text]) => {
      const value = Number(text);
      if (text.trim() === "" || !Number.isFinite(value)) {
        throw new CliError(`${flag} ${key}: expected a finite number, got '${text}'`);
      }
      return [key, value];
    }),
  );

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

/** A whole-number flag within [min, max]. */
export const wholeNumber = (
  flag: string,
  value: string | undefined,
  min: number,
  max: number,
  fallback: number,
): number => {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new CliError(`${flag}: expected a whole number from ${min} to ${max}, got '${value}'`);
  }
  return n;
};
