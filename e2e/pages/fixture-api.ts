/** What each fixture page exposes to the tests, read from the editor's own model (not from its DOM). */
export interface FixtureApi {
  /** The editor library the page uses. */
  editor: string;
  /** The draft as the editor's model holds it, as plain text with "\n" between paragraphs. */
  readModel(): string;
  /** The CSS selector of the element the agent types into. */
  inputSelector: string;
  /** The iframe the editor edits in (TinyMCE), where the coach and its overlay run; absent when the editor is in the page. */
  frameSelector?: string;
}

declare global {
  interface Window {
    fixture?: FixtureApi;
  }
}

export function exposeFixture(api: FixtureApi): void {
  window.fixture = api;
}
