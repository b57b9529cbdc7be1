import { analyzeCustomer } from '../src/analysis/index';
import type { Mood, SignalKind } from '../src/analysis/types';
import { readJsonLines } from './draft-findings';
import { inPart } from './frozen-split';
import type { EvalRow, EvalSectionRunner } from './report';

export interface LabelledCustomerMessage {
  id: string;
  text: string;
  mood: Mood;
  /** The moods a careful reader could give it: the mood, and an adjacent one where the message is honestly ambiguous. */
  acceptableMoods: Mood[];
  signals: { kind: SignalKind; text: string }[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/** Customer messages labelled with mood and signals: is the mood in the accepted set, are the signals found, and none invented on calm messages. */
export function customerMessagesRunner(title: string, source: string, folder: string, accept: (name: string) => boolean): EvalSectionRunner {
  return async (_dataDir, part) => {
    const messages = inPart(readJsonLines<LabelledCustomerMessage>(folder, accept), source, (message) => message.id, part);
    if (messages.length === 0) return null;
    let moodAccepted = 0;
    let signals = 0;
    let signalsFound = 0;
    let calm = 0;
    let calmWithSignal = 0;
    let upsetAtLeastFrustrated = 0;
    let upset = 0;
    const perKind = new Map<string, { found: number; all: number }>();
    const notes: string[] = [];
    for (const message of messages) {
      const analysis = analyzeCustomer(message.text);
      if (message.acceptableMoods.includes(analysis.mood)) moodAccepted++;
      else notes.push(`mood ${analysis.mood}, expected ${message.acceptableMoods.join('/')} (${message.id}): "${message.text}"`);
      if (message.mood === 'frustrated' || message.mood === 'angry') {
        upset++;
        if (analysis.mood === 'frustrated' || analysis.mood === 'angry') upsetAtLeastFrustrated++;
      }
      for (const gold of message.signals) {
        const start = message.text.indexOf(gold.text);
        const span = { start, end: start + gold.text.length };
        const found = analysis.signals.some((signal) => signal.kind === gold.kind && overlaps(signal, span));
        const kind = perKind.get(gold.kind) ?? { found: 0, all: 0 };
        kind.all++;
        signals++;
        if (found) {
          kind.found++;
          signalsFound++;
        } else notes.push(`missed ${gold.kind} (${message.id}): "${gold.text}"`);
        perKind.set(gold.kind, kind);
      }
      if (message.mood === 'calm') {
        calm++;
        const invented = analysis.signals.filter((signal) => !message.signals.some((gold) => gold.kind === signal.kind));
        if (invented.length > 0) {
          calmWithSignal++;
          notes.push(`invented on a calm message (${message.id}): ${invented.map((s) => `${s.kind} "${s.text}"`).join(', ')}`);
        }
      }
    }
    const rows: EvalRow[] = [
      { metric: 'mood in the accepted set', tactful: moodAccepted / messages.length, target: 0.85 },
      { metric: 'frustrated or angry read as such', tactful: upsetAtLeastFrustrated / upset },
      { metric: 'signal recall', tactful: signalsFound / signals, target: 0.85 },
      { metric: 'calm messages with an invented signal', tactful: calmWithSignal / calm, target: 0, lowerIsBetter: true },
      ...[...perKind].sort().map(([kind, { found, all }]) => ({ metric: `  ${kind} recall`, tactful: found / all })),
    ];
    return { title, size: messages.length, rows, notes };
  };
}
