const languageNames: Readonly<Record<string, string>> = {
  de: 'German',
  fr: 'French',
  es: 'Spanish',
  pt: 'Portuguese',
  it: 'Italian',
  nl: 'Dutch',
};

/** The language's English name, for telling the agent what Tactful did not read. */
export function languageName(code: string): string {
  return languageNames[code] ?? code;
}

/** Said wherever Tactful leaves text alone because it is not English, so silence is never read as approval. */
export function notCheckedText(code: string): string {
  return `This is in ${languageName(code)}. Tactful coaches English text: it was not checked.`;
}
