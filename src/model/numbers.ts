import { z } from "zod";

const shown = (input: unknown): string => (typeof input === "string" ? JSON.stringify(input) : String(input));

/** A finite number (zod 4 already rejects NaN and ±Infinity); the error says what it got. */
export const FiniteNumber = z.number({
  error: (issue) => `expected a finite number, got ${shown(issue.input)}`,
});

/** A finite number >= 0. */
export const NonNegative = FiniteNumber.min(0, {
  error: (issue) => `expected a number >= 0, got ${shown(issue.input)}`,
});
