import { parsePattern } from './src/analysis/rules/pattern.ts';
import { matchPatternAt } from './src/analysis/rules/match-pattern.ts';
import { tokenize } from './src/analysis/text/tokenize.ts';
import { tagWords } from './src/analysis/text/tag-words.ts';
const s = "I'll explain it clearly.";
const tokens = tokenize(s); const sent = { tokens, tags: tagWords(tokens) };
for (const p of ["(obviously|evidently)","^clearly","(it is|it's|that is|that's|this is|which is) (obvious|obviously|self-explanatory)","as (anyone|everyone|you|anybody) can (clearly)? see","(should|must) (be|have been) (obvious|self-explanatory)","(as you|you) (surely|should) know"]) {
  const pat = parsePattern(p);
  for (let i=0;i<tokens.length;i++){ const m = matchPatternAt(pat, sent, i); if (m) console.log(p, i, m); }
}
console.log(JSON.stringify(parsePattern('^clearly').steps));
