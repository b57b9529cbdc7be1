import { describe, expect, it } from 'vitest';
import { tokenize, type Token } from './tokenize';

const normals = (text: string, partWords = false) => tokenize(text, { partWords, symbols: true }).map((token) => token.normal);
const flagged = (text: string, flag: keyof Token) => tokenize(text).flatMap((token) => (token[flag] === true ? [token.text] : []));

describe('tokenize', () => {
  it('gives UTF-16 offsets into the text, each token its part of it', () => {
    const text = '😡 I can’t log in — again! Didn’t you?';
    const tokens = tokenize(text, { symbols: true });
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.map((token) => token.text)).toEqual(['😡', 'I', 'ca', 'n’t', 'log', 'in', 'again', 'Did', 'n’t', 'you']);
  });

  it('expands contractions, marking the second part as joined', () => {
    expect(normals("I'm sure we're fine, you've seen it, they'll call, it's here, let's go")).toEqual([
      'i', 'am', 'sure', 'we', 'are', 'fine', 'you', 'have', 'seen', 'it', 'they', 'will', 'call', 'it', 'is', 'here', 'let', 'us', 'go',
    ]);
    expect(normals("can't won't ain't cannot")).toEqual(['can', 'not', 'will', 'not', 'is', 'not', 'can', 'not']);
    expect(flagged("I don't know, it's fine", 'joined')).toEqual(["n't", "'s"]);
  });

  it('reads "\'d" as "had" before a participle, "would" otherwise, and keeps it after a non-pronoun', () => {
    expect(normals("you'd followed it")).toEqual(['you', 'had', 'followed', 'it']);
    expect(normals("I'd like it")).toEqual(['i', 'would', 'like', 'it']);
    expect(normals("I DM'd you")).toEqual(['i', "dm'd", 'you']);
  });

  it("keeps a possessive 's on its word", () => {
    expect(normals("the company's app")).toEqual(['the', "company's", 'app']);
  });

  it('gives punctuation to the word before', () => {
    const tokens = tokenize('Wait, what?! No.');
    expect(tokens.map((token) => [token.text, token.punctuationAfter])).toEqual([['Wait', ','], ['what', '?!'], ['No', '.']]);
  });

  it('marks capitals', () => {
    expect(flagged('PLEASE help Me, I am OK', 'upperCase')).toEqual(['PLEASE', 'OK']);
    expect(flagged('PLEASE help Me', 'titleCase')).toEqual(['PLEASE', 'Me']);
  });

  it('keeps masked profanity whole, but not a rating or a word with trailing stars', () => {
    expect(normals('f***ing app, sh*t, a**hole, f***')).toEqual(['f***ing', 'app', 'sh*t', 'a**hole', 'f***']);
    expect(normals('5* service, damn***')).toEqual(['5', 'service', 'damn']);
  });

  it('makes text faces (normalised) and single emoji tokens with symbols, punctuation without', () => {
    expect(tokenize('late :( 😡').map((token) => [token.text, token.punctuationAfter])).toEqual([['late', ':(😡']]);
    expect(normals('late again :-((( 😡😡 ;P')).toEqual(['late', 'again', ':(', '😡', '😡', ';p']);
    // Not a face after a letter or digit, or before one.
    expect(normals('see above:) at 7:30')).toEqual(['see', 'above', 'at', '7', '30']);
  });

  it('marks hashtags', () => {
    expect(flagged('so #EpicFail today #not', 'hashtag')).toEqual(['EpicFail', 'not']);
  });

  it('marks sentence breaks (. ! ? ; … and line breaks) and clause breaks before a token', () => {
    const tokens = tokenize('Not good, but fine. Next; then\nmore (really)');
    expect(tokens.map((token) => [token.normal, token.clauseBreak, token.sentenceBreak])).toEqual([
      ['not', false, false],
      ['good', false, false],
      ['but', true, false],
      ['fine', false, false],
      ['next', true, true],
      ['then', true, true],
      ['more', true, true],
      ['really', true, false],
    ]);
  });

  it('keeps links, e-mail addresses and words with inner - . & whole', () => {
    expect(normals('see https://x.io/a?b=1 or mail a.b@c.com about the e-mail to AT&T, 3.5 U.S')).toEqual([
      'see', 'https://x.io/a?b=1', 'or', 'mail', 'a.b@c.com', 'about', 'the', 'e-mail', 'to', 'at&t', '3.5', 'u.s',
    ]);
  });

  it('parts words at inner - . & with partWords, but for a decimal', () => {
    expect(normals('cash-only, 3-5 days, an hour.Never again, overcharged&amp;slow, 4.5 hours, 1.5hrs', true)).toEqual([
      'cash', 'only', '3', '5', 'days', 'an', 'hour', 'never', 'again', 'overcharged', 'amp', 'slow', '4.5', 'hours', '1.5hrs',
    ]);
    expect(tokenize('hour.Never', { partWords: true })[1]?.sentenceBreak).toBe(true);
  });

  it('makes each punctuation mark a token with punctuation, one a character, offsets kept', () => {
    const text = '> From: Acme <help@acme.com> -- ok.';
    const tokens = tokenize(text, { punctuation: true });
    expect(tokens.map((token) => token.normal)).toEqual(['>', 'from', ':', 'acme', '<', 'help@acme.com', '>', '-', '-', 'ok', '.']);
    for (const token of tokens) expect(text.slice(token.start, token.end)).toBe(token.text);
    expect(tokens.filter((token) => token.punctuation).map((token) => token.text).join('')).toBe('>:<>--.');
    expect(tokenize('-----', { punctuation: true })).toHaveLength(5);
  });

  it('stops after maxTokens', () => {
    expect(tokenize("Can't wait: now", { maxTokens: 1 }).map((token) => token.normal)).toEqual(['can']);
    expect(tokenize('--- Original', { punctuation: true, maxTokens: 2 }).map((token) => token.normal)).toEqual(['-', '-']);
  });
});

describe('numbers and money', () => {
  it('keeps a number with thousands separators whole, read without its commas', () => {
    const tokens = tokenize('We lost $1,200 and 2,000,000.50 more, 1,2,3.', { partWords: true });
    expect(tokens.map((token) => token.normal)).toEqual(['we', 'lost', '1200', 'and', '2000000.50', 'more', '1', '2', '3']);
    expect(tokens[2]!.text).toBe('1,200');
  });

  it('marks a word written right after a currency sign', () => {
    const tokens = tokenize('£600 a day, not 600 a day');
    expect(tokens.map((token) => token.currency)).toEqual([true, false, false, false, false, false, false]);
  });
});
