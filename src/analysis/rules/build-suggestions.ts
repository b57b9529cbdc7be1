import { toInfinitive } from '../text/tag-words';

export interface SuggestionContext {
  /** The sentence the match is in. */
  sentence: string;
  /** The match's offsets in the sentence, end exclusive. */
  start: number;
  end: number;
  /** The text of each named group of the match. */
  groups: Readonly<Record<string, string>>;
}

export interface AdaptedSuggestions {
  /** The range the suggestions replace: the match, plus the sentence's closing mark when a suggestion brings its own. */
  start: number;
  end: number;
  suggestions: string[];
}

const closingMark = /^[.!?]+/;
/** What may come before a sentence's first word: nothing, or a bullet, dash or opening quote or bracket. */
const sentenceOpening = /^[\s"'“‘(\[*•–—-]*$/u;
/** First words that keep their capital anywhere: "I" and its contractions, acronyms ("ASAP"), mixed case ("iPhone"), days and months. */
const alwaysCapital =
  /^(?:I(?:['’](?:m|ll|ve|d))?|\p{L}*\p{Lu}\p{L}*\p{Lu}\p{L}*|\p{Ll}+\p{Lu}\p{L}*|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February|March|April|May|June|July|August|September|October|November|December)(?![\p{L}])/u;

/**
 * Fills the templates with the match's groups and fits them to where they go: a capital where the
 * original had one, and one closing mark ("attach the file." becomes "attach the file?", not "...?.").
 */
export function buildSuggestions(templates: readonly string[], context: SuggestionContext): AdaptedSuggestions {
  const filled = templates.map((template) => fillTemplate(template, context.groups)).filter((text) => text !== null);
  const following = closingMark.exec(context.sentence.slice(context.end))?.[0] ?? '';
  const bringsOwnMark = filled.some((text) => closingMark.test(text.slice(-1)));
  const end = bringsOwnMark ? context.end + following.length : context.end;
  const atSentenceStart = sentenceOpening.test(context.sentence.slice(0, context.start));
  const suggestions = filled.map((text) => {
    let adapted = text;
    if (bringsOwnMark) {
      if (following === '') adapted = adapted.replace(/[.!?]+$/, '');
      else if (!closingMark.test(adapted.slice(-1))) adapted += following;
    }
    return fitCapital(adapted, atSentenceStart);
  });
  return wholeWords(context.sentence, context.start, end, [...new Set(suggestions)]);
}

/**
 * A match can start or end inside a written word, at a contraction ("it's not possible" matches from "'s"):
 * the range grows to whole words, and the suggestions carry the parts of those words they now replace.
 */
function wholeWords(sentence: string, start: number, end: number, suggestions: string[]): AdaptedSuggestions {
  const head = /[\p{L}\p{N}]+$/u.exec(sentence.slice(0, start))?.[0] ?? '';
  const tail = /^['’]?[\p{L}\p{N}]+/u.exec(sentence.slice(end))?.[0] ?? '';
  const wordEnds = end === start || !/[\p{L}\p{N}]/u.test(sentence[end - 1] ?? '');
  const keptTail = wordEnds ? '' : tail;
  if (head === '' && keptTail === '') return { start, end, suggestions };
  return {
    start: start - head.length,
    end: end + keptTail.length,
    suggestions: suggestions.map((text) => `${head === '' ? '' : `${head} `}${text}${keptTail === '' ? '' : ` ${keptTail.replace(/^['’]/, '')}`}`),
  };
}

/** A template with its groups filled in, or null when it needs a group the match lacks. */
function fillTemplate(template: string, groups: Readonly<Record<string, string>>): string | null {
  let missing = false;
  const text = template.replace(/\{([\w-]+)(?:\|(infinitive))?\}/g, (_, name: string, transform?: string) => {
    const value = groups[name];
    if (value === undefined) {
      missing = true;
      return '';
    }
    if (transform === 'infinitive') {
      const [first = '', ...rest] = value.split(' ');
      return [toInfinitive(first), ...rest].join(' ');
    }
    return value;
  });
  return missing ? null : text.replace(/\s+/g, ' ').trim();
}

/**
 * Capitals follow the replacement's place in the sentence, not the text it replaces: "look into it ASAP" becomes
 * "look into it by the end of today", a sentence's first word gets a capital.
 */
function fitCapital(text: string, atSentenceStart: boolean): string {
  if (atSentenceStart) return text.charAt(0).toUpperCase() + text.slice(1);
  if (alwaysCapital.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}
