import type { LanguageSpan } from './detect-language';

/** The text with its paragraphs in other languages than English blanked, so offsets stay those of the text. */
export function blankNotEnglish(text: string, spans: readonly LanguageSpan[]): string {
  let blanked = text;
  for (const span of spans) {
    if (span.language === 'en') continue;
    blanked = blanked.slice(0, span.start) + blanked.slice(span.start, span.end).replace(/[^\n]/g, ' ') + blanked.slice(span.end);
  }
  return blanked;
}
