import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A help-desk fixture page of src/adapters/fixtures/<adapter id>/, for the unit tests and the browser tests. Each page
 * says what it must match: `data-expect` marks the reply boxes, the customer's latest message and the draft's
 * exclusions; `<meta name="tactful:...">` gives the page's address, the expected reply mode and message text, and
 * which adapter is expected to answer.
 */
export interface Fixture {
  adapterId: string;
  name: string;
  html: string;
}

const root = join(import.meta.dirname, '../../src/adapters/fixtures');

export function listFixtures(): Fixture[] {
  return readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((directory) =>
      readdirSync(join(root, directory.name))
        .filter((file) => file.endsWith('.html'))
        .sort()
        .map((file) => ({ adapterId: directory.name, name: `${directory.name}/${file}`, html: readFileSync(join(root, directory.name, file), 'utf8') })),
    );
}

/** The fixture of that name (`<adapter id>/<file>`); a misspelt name fails the test at once. */
export function fixtureNamed(name: string): Fixture {
  const fixture = listFixtures().find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`no fixture ${name} in src/adapters/fixtures`);
  return fixture;
}

/** Loads a fixture into the test's document and returns its address and expectations. */
export function loadFixture(fixture: Fixture): { url: URL; meta: (name: string) => string | null; expected: (token: string) => HTMLElement[] } {
  document.documentElement.innerHTML = fixture.html.replace(/<!doctype[^>]*>/i, '').replace(/<\/?html[^>]*>/gi, '');
  const meta = (name: string): string | null => document.querySelector(`meta[name="tactful:${name}"]`)?.getAttribute('content') ?? null;
  const url = new URL(meta('url') ?? 'https://example.com/');
  const expected = (token: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(`[data-expect~="${token}"]`)];
  return { url, meta, expected };
}
