// The `sentiment` package ships its AFINN-165 and emoji scores without type declarations; the engine reads them
// through the package's own loader (which merges the emoji into the English labels) rather than scoring whole texts.
declare module 'sentiment/lib/language-processor.js' {
  const languageProcessor: { getLabels(languageCode: string): Record<string, number> };
  export default languageProcessor;
}
