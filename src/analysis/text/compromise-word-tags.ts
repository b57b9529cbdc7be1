import nlp from 'compromise';
import { packWords } from './packed-words';
import type { SuffixModel, VerbForm, WordTagData } from './word-tag-data';

interface CompromiseWorld {
  model: {
    one: { lexicon: Record<string, string | string[]>; tagSet: Record<string, { parents?: string[] }> };
    two: { switches: Record<string, string>; models: Record<'fromPast' | 'fromPresent' | 'fromGerund' | 'fromParticiple', SuffixModel> };
  };
}

function packByValue(entries: Iterable<[word: string, value: string]>): Record<string, string> {
  const byValue = new Map<string, string[]>();
  for (const [word, value] of entries) {
    const words = byValue.get(value);
    if (words) words.push(word);
    else byValue.set(value, [word]);
  }
  return Object.fromEntries([...byValue].sort(([a], [b]) => (a < b ? -1 : 1)).map(([value, words]) => [value, packWords(words)]));
}

const suffixModel = ({ ex, fwd, both }: SuffixModel): SuffixModel => ({ ex, fwd, both });

/**
 * Reads the word data out of compromise's set-up world, for the build (and for the test that the written data is
 * still compromise's). Only single words: the analysis looks words up one token at a time.
 */
export function compromiseWordTags(): WordTagData {
  const { model } = nlp.world() as unknown as CompromiseWorld;
  const single = <T>(record: Record<string, T>): [string, T][] => Object.entries(record).filter(([word]) => !word.includes(' '));
  const models = model.two.models;
  const infinitive: Record<VerbForm, SuffixModel> = {
    PastTense: suffixModel(models.fromPast),
    PresentTense: suffixModel(models.fromPresent),
    Gerund: suffixModel(models.fromGerund),
    Participle: suffixModel(models.fromParticiple),
  };
  return {
    compromise: nlp.version,
    lexicon: packByValue(single(model.one.lexicon).map(([word, tags]) => [word, typeof tags === 'string' ? tags : tags.join('+')])),
    switches: packByValue(single(model.two.switches)),
    parents: Object.fromEntries(Object.entries(model.one.tagSet).map(([tag, { parents }]) => [tag, parents ?? []])),
    infinitive,
  };
}
