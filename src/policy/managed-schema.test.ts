import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { managedSchema, managedSchemaFile, managedSchemaPath } from './managed-schema';

const chromeKeys = new Set(['type', 'properties', 'additionalProperties', 'items', 'required', 'enum', 'pattern', 'minimum', 'maximum', 'title', 'description']);

/** Every keyword of the schema and of the schemas inside it, as a path ending in the keyword. */
function keywordPaths(schema: unknown, path = ''): string[] {
  if (typeof schema !== 'object' || schema === null) return [];
  const found: string[] = [];
  for (const [key, value] of Object.entries(schema)) {
    found.push(`${path}/${key}`);
    if (key === 'properties') for (const [name, property] of Object.entries(value as object)) found.push(...keywordPaths(property, `${path}/properties/${name}`));
    if (key === 'items' || key === 'additionalProperties') found.push(...keywordPaths(value, `${path}/${key}`));
  }
  return found;
}

const keywordOf = (path: string) => path.slice(path.lastIndexOf('/') + 1);

describe('managed storage schema', () => {
  it('is up to date in public/ (npm run policy-schema writes it)', () => {
    const file = readFileSync(fileURLToPath(new URL(`../../${managedSchemaPath}`, import.meta.url)), 'utf8');
    expect(file).toBe(managedSchemaFile());
  });

  it('uses only what Chrome’s policy schemas support', () => {
    expect(keywordPaths(managedSchema()).filter((path) => !chromeKeys.has(keywordOf(path)))).toEqual([]);
  });

  it('holds only types and structure, so a wrong value reaches the extension, which says why it refuses it', () => {
    const constraints = new Set(['enum', 'pattern', 'required', 'minimum', 'maximum']);
    expect(keywordPaths(managedSchema()).filter((path) => constraints.has(keywordOf(path)))).toEqual([]);
  });

  it('declares the policy with every setting', () => {
    const policy = (managedSchema().properties as Record<string, { properties: Record<string, unknown> }>).policy!;
    expect(Object.keys(policy.properties)).toEqual(['version', 'name', 'categories', 'disabledRules', 'custom', 'vocabulary', 'required', 'checklist', 'sites', 'beforeSend', 'allowSendAnyway', 'holdNotes', 'locked']);
  });
});
