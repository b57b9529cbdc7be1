/*
 * One-off: rewrites lexicons/text/quoted-history.json from regular expressions to line patterns, and checks that
 * every line of the lexicon's examples and of test/fixtures/own-text.json gets the same verdict from both.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { matchPatternAt } from '../src/analysis/rules/match-pattern';
import { parsePattern } from '../src/analysis/rules/pattern';
import { tagLine } from '../src/analysis/text/tag-sentence';

const file = 'lexicons/text/quoted-history.json';
const lexicon = JSON.parse(readFileSync(file, 'utf8')) as {
  description: string;
  patterns: { id: string; kind: string; line: string; followedBy?: { line: string; within: number }; examples: { match: string[]; noMatch: string[] } }[];
};

const word = '!#Punctuation';
const converted: Record<string, { line: string; followedBy?: string }> = {
  'quoted-line': { line: '^ >' },
  'on-date-wrote': { line: '^ on .{1,60} wrote : $' },
  'on-date-wrote-wrapped': { line: '^ on .{1,60} $', followedBy: '^ .{0,60} wrote : $' },
  'date-wrote-localised': {
    line: '^ (am .{1,60} schrieb .{0,60}|le .{1,60} a écrit|el .{1,60} escribió|em .{1,60} escreveu|il .{1,60} ha scritto|op .{1,60} schreef .{0,60}) : $',
  },
  'mail-header': {
    line: '^ (from|von|de|da|van) : .',
    followedBy: '^ (sent|date|gesendet|datum|envoyé|enviado|enviado el|enviada|fecha|data|inviato|verzonden) :',
  },
  'mail-separator': { line: '^ _{10,} $' },
  'original-message': {
    line: "^ -{2,} (original message|ursprüngliche nachricht|message d'origine|mensaje original|mensagem original|messaggio originale|oorspronkelijk bericht) -{2,} $",
  },
  'forwarded-message': {
    line: '^ -{2,} (forwarded message|weitergeleitete nachricht|message transféré|mensaje reenviado|mensagem encaminhada|messaggio inoltrato|doorgestuurd bericht) -{2,} $',
  },
  'begin-forwarded-message': {
    line: '^ (begin forwarded message|anfang der weitergeleiteten nachricht|début du message réexpédié|inicio del mensaje reenviado|início da mensagem reencaminhada|inizio messaggio inoltrato|begin doorgestuurd bericht) :? $',
  },
  'sent-from-device': {
    line: `^ (sent from my ${word}{1,4}|sent from (mail|outlook|yahoo mail|aol mail|gmail) ((for|on) ${word}{1,2})?|get outlook for (ios|android)|von meinem ${word}{1,3} gesendet|envoyé de mon ${word}{1,3}|enviado desde mi ${word}{1,3}|enviado do meu ${word}{1,3}|inviato (da|dal mio) ${word}{1,3}|(verzonden|verstuurd) (met|vanaf) mijn ${word}{1,3}) (\\.|\\!)? $`,
  },
  'signature-delimiter': { line: '^ - - $' },
};

const fixtures = JSON.parse(readFileSync('test/fixtures/own-text.json', 'utf8')) as { text: string }[];
const lines = [...new Set([...lexicon.patterns.flatMap((p) => [...p.examples.match, ...p.examples.noMatch]), ...fixtures.map((f) => f.text)].flatMap((text) => text.split('\n')))];

const regexMatches = (source: string, line: string) => new RegExp(source, 'iu').test(line);
const patternMatches = (source: string, line: string) => matchPatternAt(parsePattern(source, 'line'), tagLine(line), 0) !== null;

let differences = 0;
for (const pattern of lexicon.patterns) {
  const target = converted[pattern.id];
  if (!target) throw new Error(`no conversion for ${pattern.id}`);
  const pairs: [string, string | undefined][] = [[pattern.line, target.line]];
  if (pattern.followedBy) pairs.push([pattern.followedBy.line, target.followedBy]);
  for (const [regex, linePattern] of pairs) {
    if (!linePattern) throw new Error(`${pattern.id}: no line pattern for ${regex}`);
    for (const line of lines) {
      if (regexMatches(regex, line) === patternMatches(linePattern, line)) continue;
      differences++;
      console.log(`${pattern.id}: ${JSON.stringify(line)} regex ${regexMatches(regex, line)}, line pattern ${patternMatches(linePattern, line)}`);
    }
  }
  pattern.line = target.line;
  if (pattern.followedBy) pattern.followedBy.line = target.followedBy!;
}
console.log(`${lines.length} lines compared, ${differences} differences`);
if (differences > 0) process.exit(1);

lexicon.description = lexicon.description.replace(
  'Each `line` is a regular expression, case-insensitive, anchored to the whole line;',
  'Each `line` is a line pattern (docs/lexicons.md): the pattern syntax read over one line, its punctuation marks tokens too, anchored at the line\'s start with `^`;',
);
writeFileSync(file, `${JSON.stringify(lexicon, null, 2)}\n`);
