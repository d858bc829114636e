import { z } from "zod";
import { Evidence } from "./evidence";
import { Id, Text } from "./id";
import { Rating } from "./rating";
import { Requirement } from "./requirement";

/**
 * An actor's documented position on an option: it `advocates` it, `opposes` it, supports it only
 * under a condition (`conditional`), or `has-not-ruled-out` it. `qualifier` says, in a few
 * words, the condition or the limit the quote puts on the stance ("without Mexico's approval").
 */
export const Stance = z
  .object({
    actor: Text,
    stance: z.enum(["advocates", "opposes", "conditional", "has-not-ruled-out"]),
    qualifier: Text.optional(),
    evidence: z.array(Evidence).min(1, "a stance needs a quote"),
  })
  .strict();
export type Stance = z.infer<typeof Stance>;

/**
 * A policy option: what it is, how escalatory it is (0 = non-military, higher = more), what it
 * requires, how it rates on each criterion, the risks linked to it, and who argues for or against it.
 */
export const Option = z
  .object({
    id: Id,
    name: Text,
    /** A free grouping (the built-in catalog uses non-military, signalling, border, intelligence, partnered, kinetic, intervention). */
    category: Text.default("uncategorized"),
    /** Rung on the escalation ladder: 0 for the least escalatory; higher is more. */
    escalation: z.number().int().min(0).default(0),
    description: Text,
    requirements: z.array(Requirement).default([]),
    ratings: z.record(Id, Rating),
    stances: z.array(Stance).default([]),
    evidence: z.array(Evidence).default([]),
  })
  .strict();
export type Option = z.infer<typeof Option>;
