import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeCustomer } from './analyze-customer';
import type { Mood, SignalKind } from '../types';

interface MessageWrittenApart {
  text: string;
  /** The moods a careful reader could give it. */
  moods: Mood[];
  /** Every kind the message shows; a calm message shows no other. */
  signals: SignalKind[];
}

/** Customer messages written apart from the lexicons, in voices and trades of their own: the reading must hold on them. */
const messages = JSON.parse(
  readFileSync(join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'customer-messages-apart.json'), 'utf8'),
) as MessageWrittenApart[];

describe('customer messages written apart from the lexicons', () => {
  it.each(messages)('$text', ({ text, moods, signals }) => {
    const analysis = analyzeCustomer(text);
    const found = new Set(analysis.signals.map((signal) => signal.kind));
    expect({ mood: moods.includes(analysis.mood) ? moods[0] : analysis.mood, missing: signals.filter((kind) => !found.has(kind)) }).toEqual({ mood: moods[0], missing: [] });
    if (moods.every((mood) => mood === 'calm')) expect([...found].filter((kind) => !signals.includes(kind))).toEqual([]);
  });
});
