import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from './analyze-customer';
import { customerLexiconSchemas } from './customer-lexicon-schema';
import { shoutingLexicon, signalRules } from './customer-lexicon';

const lexiconDir = join(import.meta.dirname, '..', '..', '..', 'lexicons', 'customer');
const files = readdirSync(lexiconDir).filter((file) => file.endsWith('.json'));

describe('customer lexicon files', () => {
  it('are all there', () => {
    expect(files.sort()).toEqual(Object.keys(customerLexiconSchemas).sort());
  });

  it.each(files)('%s matches its schema', (file) => {
    const schema = customerLexiconSchemas[file];
    expect(schema, `no schema for ${file}`).toBeDefined();
    const result = schema!.safeParse(JSON.parse(readFileSync(join(lexiconDir, file), 'utf8')));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});

describe('signal rule examples', () => {
  for (const rule of signalRules) {
    const kinds = (text: string) => analyzeCustomer(text).signals.map((signal) => signal.kind);
    it.each(rule.examples.match)(`${rule.id} finds ${rule.kind} in %j`, (text) => {
      expect(kinds(text)).toContain(rule.kind);
    });
    it.each(rule.examples.noMatch)(`${rule.id} finds no ${rule.kind} in %j`, (text) => {
      expect(kinds(text)).not.toContain(rule.kind);
    });
  }
});

describe('shouting examples, at the customer\'s thresholds', () => {
  const shouted = (text: string) =>
    analyzeCustomer(text)
      .signals.filter((signal) => signal.kind === 'shouting')
      .map((signal) => signal.text);
  it.each(shoutingLexicon.examples.match)('finds shouting in $text', ({ text, shouted: expected }) => expect(shouted(text)).toEqual(expected));
  it.each(shoutingLexicon.examples.noMatch)('finds none in %j', (text) => expect(shouted(text)).toEqual([]));
});
