import { z } from "zod";

/**
 * An identifier: lower-case words joined by single hyphens (`mexican-consent`, `sof-raids`). Ids
 * key plain objects (weights, ratings, states), so a name every JavaScript object already has
 * (`constructor`) is refused: looked up, it would find the object's own machinery, not data.
 */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "expected an id of lower-case words joined by hyphens, like 'sof-raids'")
  .refine((id) => !(id in Object.prototype), {
    error: (issue) =>
      `'${String(issue.input)}' is reserved (every JavaScript object has it); choose another id`,
  });
export type Id = z.infer<typeof Id>;

/** A non-empty, trimmed piece of text. */
export const Text = z.string().trim().min(1, "must not be empty");
export type Text = z.infer<typeof Text>;

const realDate = (text: string): boolean => {
  const [year, month, day] = text.split("-").map(Number);
  if (month === undefined) return true;
  if (month < 1 || month > 12) return false;
  if (day === undefined) return true;
  return day >= 1 && day <= new Date(Date.UTC(year!, month, 0)).getUTCDate();
};

/** A calendar date that exists: `YYYY-MM-DD`, or `YYYY-MM` / `YYYY` where the sources give no finer date. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "expected a date as YYYY-MM-DD, YYYY-MM or YYYY")
  .refine(realDate, { error: (issue) => `'${String(issue.input)}' is not a date on the calendar` });
export type IsoDate = z.infer<typeof IsoDate>;
