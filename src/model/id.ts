import { z } from "zod";

/** An identifier: lower-case words joined by single hyphens (`mexican-consent`, `sof-raids`). */
export const Id = z
  .string()
  .regex(
    /^[a-z0-9]+(-[a-z0-9]+)*$/,
    "expected an id of lower-case words joined by hyphens, like 'sof-raids'",
  );
export type Id = z.infer<typeof Id>;

/** A non-empty, trimmed piece of text. */
export const Text = z.string().trim().min(1, "must not be empty");
export type Text = z.infer<typeof Text>;

/** A calendar date: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the sources give no finer date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY");
export type IsoDate = z.infer<typeof IsoDate>;
