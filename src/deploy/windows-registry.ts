/**
 * A `.reg` file that sets string values under one key, for `reg import` or a double-click. Values are escaped as
 * regedit reads them (backslash and double quote); the text is kept to ASCII, which regedit reads the same whatever
 * encoding it assumes, and lines end in CRLF as Windows tools expect.
 */
export function registryFile(key: string, values: Readonly<Record<string, string>>): string {
  const lines = ['Windows Registry Editor Version 5.00', '', `[${key}]`, ...Object.entries(values).map(([name, value]) => `${quote(name)}=${quote(value)}`), ''];
  return lines.join('\r\n') + '\r\n';
}

function quote(text: string): string {
  if (/[^\x20-\x7e]/.test(text)) throw new Error('registry text must be printable ASCII: escape the rest first');
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** JSON with every character outside printable ASCII as a \u escape, so it fits a `.reg` file unchanged. */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[^\x20-\x7e]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
