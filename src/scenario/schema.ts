import { z } from "zod";
import { Assumptions } from "../model/assumptions";
import type { Catalog } from "../model/catalog";

type JsonSchema = Record<string, unknown>;

/** One of the ids; `false` (nothing allowed) when there are none, as an empty enum is not a schema. */
const ids = (items: readonly { readonly id: string }[]) =>
  items.length > 0 ? { type: "string", enum: items.map((x) => x.id) } : false;

/** An object schema keyed by `keys` (no other key), each key's value as `value` gives. */
const keyed = (base: JsonSchema, keys: readonly string[], value: (key: string) => unknown): JsonSchema => {
  const { propertyNames: _names, additionalProperties: _any, ...rest } = base;
  return {
    ...rest,
    properties: Object.fromEntries(keys.map((k) => [k, value(k)])),
    additionalProperties: false,
  };
};

/** Narrows the generic schema to one catalog: its ids as the only keys and values allowed. */
const forCatalog = (schema: JsonSchema & { properties: Record<string, JsonSchema> }, catalog: Catalog) => {
  const p = schema.properties;
  const options = catalog.options.map((o) => o.id);
  const inner = (x: JsonSchema) => x.additionalProperties as JsonSchema;
  const perspective = p.perspective!.anyOf as JsonSchema[];
  const object = perspective[1]!;
  return {
    ...schema,
    properties: {
      ...p,
      preset: ids(catalog.presets),
      perspective:
        catalog.perspectives.length > 0
          ? {
              anyOf: [
                ids(catalog.perspectives),
                {
                  ...object,
                  properties: { ...(object.properties as JsonSchema), id: ids(catalog.perspectives) },
                },
              ],
            }
          : false,
      preconditions: keyed(
        p.preconditions!,
        catalog.preconditions.map((x) => x.id),
        (id) => ids(catalog.preconditions.find((x) => x.id === id)!.states),
      ),
      weights: keyed(
        p.weights!,
        catalog.criteria.map((c) => c.id),
        () => inner(p.weights!),
      ),
      ratings: keyed(p.ratings!, options, () =>
        keyed(
          inner(p.ratings!),
          catalog.criteria.map((c) => c.id),
          () => inner(inner(p.ratings!)),
        ),
      ),
      risks: keyed(
        p.risks!,
        catalog.risks.map((r) => r.id),
        (id) =>
          keyed(
            inner(p.risks!),
            catalog.risks.find((r) => r.id === id)!.exposures.map((e) => e.option),
            () => inner(inner(p.risks!)),
          ),
      ),
    },
  };
};

/**
 * The JSON Schema (draft 2020-12) of assumptions and scenario files, generated from the zod schema,
 * so that editors can validate and complete scenario files. Given a catalog, the schema knows its
 * ids: presets, perspectives, preconditions with their states, criteria, options and risks (each
 * with the options it attaches to) are the only keys and values it allows, as `compare` does, so an
 * editor completes them and flags a typo.
 *
 * @example
 * ```ts
 * const schema = assumptionsJsonSchema();
 * schema.additionalProperties; // false
 * Object.keys(schema.properties).includes("preset"); // true
 * const states = assumptionsJsonSchema(builtinCatalog()).properties.preconditions;
 * JSON.stringify(states).includes('"mexican-consent":{"type":"string","enum":["express-request"'); // true
 * ```
 */
export const assumptionsJsonSchema = (
  catalog?: Catalog,
): Record<string, unknown> & {
  properties: Record<string, unknown>;
} => {
  const schema = z.toJSONSchema(Assumptions, { io: "input" }) as JsonSchema & {
    properties: Record<string, JsonSchema>;
  };
  const described = {
    ...schema,
    title: "policy-matrix assumptions (scenario file)",
    description:
      "Assumptions for a comparison: a preset and/or perspective to start from, precondition states, weights, rating and risk overrides, the method.",
  };
  return catalog ? JSON.parse(JSON.stringify(forCatalog(described, catalog))) : described;
};
