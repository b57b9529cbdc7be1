// write-good ships no type declarations; this covers the call the benchmark makes.
declare module 'write-good' {
  export interface Suggestion {
    index: number;
    offset: number;
    reason: string;
  }
  export default function writeGood(text: string, options?: Record<string, unknown>): Suggestion[];
}
