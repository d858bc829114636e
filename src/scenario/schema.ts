import { z } from "zod";
import { Assumptions } from "../model/assumptions";
import type { Catalog } from "../model/catalog";

type JsonSchema = Record<string, unknown>;

/**
 * One of the ids, each with its words as `enumDescriptions` (which editors show beside a completion);
 * `false` (nothing allowed) when there are none, as an empty enum is not a schema.
 */
const ids = (items: readonly { readonly id: string }[], words?: (item: never) => string) =>
  items.length > 0
    ? {
        type: "string",
        enum: items.map((x) => x.id),
        ...(words ? { enumDescriptions: items.map((x) => words(x as never)) } : {}),
      }
    : false;

/** An object schema keyed by `keys` (no other key), each key's value as `value` gives. */
const keyed = (base: JsonSchema, keys: readonly string[], value: (key: string) => unknown): JsonSchema => {
  const { propertyNames: _names, additionalProperties: _any, ...rest } = base;
  return {
    ...rest,
    properties: Object.fromEntries(keys.map((k) => [k, value(k)])),
    additionalProperties: false,
  };
};

const criterionWords = (catalog: Catalog, id: string) => {
  const c = catalog.criteria.find((x) => x.id === id)!;
  return `${c.name} (${c.direction}, rated ${c.scale.min}..${c.scale.max}): ${c.description}`;
};

/** A rating override for one criterion: its value and interval within the criterion's scale. */
const onScale = (override: JsonSchema, catalog: Catalog, id: string): JsonSchema => {
  const { min, max } = catalog.criteria.find((x) => x.id === id)!.scale;
  const bounded = { type: "number", minimum: min, maximum: max };
  const properties = override.properties as Record<string, JsonSchema>;
  return {
    ...override,
    description: criterionWords(catalog, id),
    properties: {
      ...properties,
      value: bounded,
      interval: { ...properties.interval, prefixItems: [bounded, bounded] },
    },
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
      preset: ids(catalog.presets, (x: Catalog["presets"][number]) => `${x.name}: ${x.description}`),
      perspective:
        catalog.perspectives.length > 0
          ? {
              anyOf: [
                ids(catalog.perspectives, (x: Catalog["perspectives"][number]) => `${x.actor}: ${x.name}`),
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
        (id) => {
          const pre = catalog.preconditions.find((x) => x.id === id)!;
          return {
            description: `${pre.name}: ${pre.description}`,
            ...(ids(pre.states, (s: (typeof pre.states)[number]) => s.label) as JsonSchema),
          };
        },
      ),
      weights: keyed(
        p.weights!,
        catalog.criteria.map((c) => c.id),
        (id) => ({ description: criterionWords(catalog, id), ...inner(p.weights!) }),
      ),
      ratings: keyed(p.ratings!, options, (option) => ({
        description: catalog.options.find((o) => o.id === option)!.name,
        ...keyed(
          inner(p.ratings!),
          catalog.criteria.map((c) => c.id),
          (id) => onScale(inner(inner(p.ratings!)), catalog, id),
        ),
      })),
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
 * JSON.stringify(states).includes('"enum":["express-request","joint-approval","cooperation-no-troops"'); // true
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
