import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { managedSchema, managedSchemaFile, managedSchemaPath } from './managed-schema';

const chromeKeys = new Set(['type', 'properties', 'additionalProperties', 'items', 'required', 'enum', 'pattern', 'minimum', 'maximum', 'title', 'description']);

function unsupportedKeys(schema: unknown, path = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    if (!chromeKeys.has(key)) found.push(`${path}/${key}`);
    if (key === 'properties') for (const [name, property] of Object.entries(value as object)) found.push(...unsupportedKeys(property, `${path}/properties/${name}`));
    if (key === 'items' || key === 'additionalProperties') found.push(...unsupportedKeys(value, `${path}/${key}`));
  }
  return found;
}

describe('managed storage schema', () => {
  it('is up to date in public/ (npm run policy-schema writes it)', () => {
    const file = readFileSync(fileURLToPath(new URL(`../../${managedSchemaPath}`, import.meta.url)), 'utf8');
    expect(file).toBe(managedSchemaFile());
  });

  it('uses only what Chrome’s policy schemas support', () => {
    expect(unsupportedKeys(managedSchema())).toEqual([]);
  });

  it('declares the policy with every setting', () => {
    const policy = (managedSchema().properties as Record<string, { properties: Record<string, unknown> }>).policy!;
    expect(Object.keys(policy.properties)).toEqual(['version', 'name', 'categories', 'disabledRules', 'custom', 'vocabulary', 'required', 'checklist', 'sites', 'locked']);
  });
});
