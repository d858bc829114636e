import type { z } from "zod";
import type { Perspective } from "../model/perspective";
import { dovePerspectives } from "./perspectives-doves";
import { hawkPerspectives } from "./perspectives-hawks";

/**
 * The actors in the documents, each with what it values (weights: the analyst's judgment of its
 * stated emphasis, with the quotes why), what it believes (ratings and risks where its own words
 * differ from the analyst's) and the conditions it argues for.
 */
export const perspectives: z.input<typeof Perspective>[] = [...hawkPerspectives, ...dovePerspectives];
