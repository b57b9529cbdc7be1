/** A JSON value as property-list XML, the format of macOS configuration profiles: objects, arrays, text, numbers and booleans. */
export function plistValue(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (typeof value === 'string') return `${indent}<string>${escapeXml(value)}</string>`;
  if (typeof value === 'boolean') return `${indent}<${value}/>`;
  if (typeof value === 'number') return Number.isInteger(value) ? `${indent}<integer>${value}</integer>` : `${indent}<real>${value}</real>`;
  if (Array.isArray(value)) {
    return value.length === 0 ? `${indent}<array/>` : [`${indent}<array>`, ...value.map((item) => plistValue(item, inner)), `${indent}</array>`].join('\n');
  }
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).filter(([, item]) => item !== undefined);
    if (entries.length === 0) return `${indent}<dict/>`;
    return [`${indent}<dict>`, ...entries.flatMap(([key, item]) => [`${inner}<key>${escapeXml(key)}</key>`, plistValue(item, inner)]), `${indent}</dict>`].join('\n');
  }
  throw new Error(`a property list cannot hold ${value === null ? 'null' : typeof value}`);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A whole property-list document around one value. */
export function plistDocument(value: unknown): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">',
    '<plist version="1.0">',
    plistValue(value),
    '</plist>',
    '',
  ].join('\n');
}
