import { z } from 'zod';
import { teamPolicySchema } from './policy-schema';
import { managedPolicyKey } from './managed-policy-key';

type JsonSchema = { [key: string]: unknown };

/**
 * Chrome validates managed storage against a subset of JSON Schema: one `type` (string, integer, number,
 * boolean, array, object), `properties`, `additionalProperties` and `items` as schemas, `required`, `enum` of
 * strings or integers, `pattern`, `minimum`, `maximum`, `title`, `description`. A schema with anything else
 * (`anyOf`, `const`, `additionalProperties: false`) may stop the extension from loading, so zod's JSON Schema
 * is brought into that subset here.
 *
 * Only types and structure are kept. Chrome drops a policy value that breaks the schema before the extension
 * sees it, which looks like the policy being removed: the last good policy and its locks would go, and nobody
 * would learn why. Without enums, patterns and required properties, a typo ("blame": "Error") reaches the
 * extension, which refuses it with every reason and keeps the last good policy (validate-policy.ts).
 */
export function toChromeSchema(schema: JsonSchema): JsonSchema {
  const variants = (schema.anyOf ?? schema.oneOf) as JsonSchema[] | undefined;
  if (variants) return mergeVariants(variants.map(toChromeSchema));

  const result: JsonSchema = {};
  if (typeof schema.description === 'string') result.description = schema.description;
  if ('const' in schema) {
    result.type = typeof schema.const === 'number' ? 'integer' : 'string';
    return result;
  }
  result.type = schema.type;
  if (schema.type === 'array' && schema.items) result.items = toChromeSchema(schema.items as JsonSchema);
  if (schema.type === 'object') {
    const names = (schema.propertyNames as JsonSchema | undefined)?.enum as string[] | undefined;
    const values = typeof schema.additionalProperties === 'object' ? toChromeSchema(schema.additionalProperties as JsonSchema) : undefined;
    if (names && values) {
      // A record with known keys (categories, checklist): each key becomes a property.
      result.properties = Object.fromEntries(names.map((name) => [name, values]));
    } else {
      const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
      result.properties = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, toChromeSchema(property)]));
      if (values) result.additionalProperties = values;
    }
  }
  return result;
}

/** Chrome has no `anyOf`: the object variants of a union become one object with every variant's properties. */
function mergeVariants(variants: JsonSchema[]): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  for (const variant of variants) {
    for (const [name, property] of Object.entries((variant.properties ?? {}) as Record<string, JsonSchema>)) properties[name] ??= property;
  }
  return { type: 'object', properties };
}

/** The manifest's `storage.managed_schema`: one property, the team policy. */
export function managedSchema(): JsonSchema {
  const policy = toChromeSchema(z.toJSONSchema(teamPolicySchema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
  return {
    type: 'object',
    properties: {
      [managedPolicyKey]: { ...policy, description: 'The team policy of Tactful; see docs/policy.md.' },
    },
  };
}

/** The file in public/ as it must read: `npm run build` writes it, a test checks it is up to date. */
export function managedSchemaFile(): string {
  return JSON.stringify(managedSchema(), null, 2) + '\n';
}

export const managedSchemaPath = 'public/managed-schema.json';
