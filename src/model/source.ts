import { z } from "zod";
import { Id, IsoDate, Text } from "./id";

/** A document the catalog is built from, with its date and how that date was established. */
export const Source = z.strictObject({
  id: Id,
  title: Text,
  outlet: Text,
  authors: z.array(Text).default([]),
  date: IsoDate,
  dateNote: Text.optional(),
  file: Text.optional(),
});
export type Source = z.infer<typeof Source>;
