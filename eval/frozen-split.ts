/**
 * Every labelled source is split once, by a hash of the row's id, into a part that may be read while tuning and a
 * frozen part (about 30 %) whose texts are never printed: the frozen figures are the ones that say how rules generalise.
 */
export type Part = 'tune' | 'frozen';

export const parts: readonly Part[] = ['tune', 'frozen'];

const frozenPercent = 30;

/** FNV-1a, 32 bits: stable across machines and Node versions, unlike anything seeded. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    value ^= text.charCodeAt(i);
    value = Math.imul(value, 0x01000193) >>> 0;
  }
  return value;
}

/** The part a row belongs to; `source` keeps the splits of different sources independent. */
export function partOf(source: string, id: string): Part {
  return hash(`${source}\u0000${id}`) % 100 < frozenPercent ? 'frozen' : 'tune';
}

export function inPart<Row>(rows: readonly Row[], source: string, idOf: (row: Row) => string, part: Part): Row[] {
  return rows.filter((row) => partOf(source, idOf(row)) === part);
}
