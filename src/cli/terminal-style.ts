import { styleText } from 'node:util';

type StyleFormat = Parameters<typeof styleText>[0];

/** Styles text for the terminal, or leaves it plain: one function, so the report reads the same either way. */
export type Paint = (format: StyleFormat, text: string) => string;

/** Colour only for a person at a terminal, and never when they opted out (https://no-color.org). */
export function wantsColor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return stream.isTTY === true && !env.NO_COLOR;
}

export function createPaint(color: boolean): Paint {
  // wantsColor has decided; newer Node versions would otherwise check process.stdout again on every call.
  return color ? (format, text) => styleText(format, text, { validateStream: false }) : (_format, text) => text;
}
