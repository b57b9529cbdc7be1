import type { EditorKind } from '../editors/editor-kind';

/**
 * The one shape of a help-desk adapter: how Tactful reads one product's page. An adapter only reads the page
 * (page text stays text; nothing is written to the DOM) and runs when a reply box gets focus, not per keystroke.
 *
 * Every method may find nothing, and then says so (null or an empty list): the caller falls back to the generic
 * adapter (see run-adapter-safely.ts). A method may also throw on a page that changed under it; the caller
 * catches that and falls back too, so an adapter never has to guard itself.
 */

/**
 * A key in the reply box that sends the reply: `mod+enter` is Ctrl+Enter, or ⌘+Enter on a Mac; `enter` is a chat
 * composer's plain Enter (Shift+Enter then makes a new line).
 */
export type SendKey = 'mod+enter' | 'enter';

/** How the agent sends a reply in a product: the buttons, and the keys where the product has them. */
export interface SendControls {
  /**
   * The product's send buttons (a split button's menu items too); null where its markup is not known. Those nearest
   * the reply box count; when the selector finds none there, buttons named Send, Reply and the like are looked for.
   */
  buttons: string | null;
  /** The keys that send from the reply box. A box marked `enterkeyhint="send"` also sends on Enter, in any product. */
  keys: readonly SendKey[];
}

/** Ids are kebab-case and name the adapter's file: src/adapters/<id>.ts, fixtures in src/adapters/fixtures/<id>/. */
export type AdapterId =
  | 'generic'
  | 'zendesk'
  | 'freshdesk'
  | 'help-scout'
  | 'intercom'
  | 'front'
  | 'hubspot'
  | 'gorgias'
  | 'zammad'
  | 'freescout'
  | 'osticket'
  | 'chatwoot'
  | 'jira-service-management'
  | 'salesforce-service-cloud'
  | 'gmail'
  | 'outlook';

/** Who wrote a thread entry. `unknown` when the product's markup does not say (the generic adapter, Freshdesk replies). */
export type Author = 'customer' | 'agent' | 'bot' | 'system' | 'unknown';

/** A public reply goes to the customer; a note goes to colleagues, so the customer-tone rules relax there. */
export type ReplyMode = 'public' | 'note';

/** The order in which a product lists its thread. */
export type PageOrder = 'oldest-first' | 'newest-first';

/** One message or event of the conversation, as the product shows it. */
export interface ThreadEntry {
  /** The whole entry: header, body, attachments. */
  element: HTMLElement;
  /** Where the author's words are, without the header. Quoted history inside it is skipped when read. */
  body: HTMLElement;
  author: Author;
  /** An internal note: never the customer's words, even when the product files it under the customer. */
  internal: boolean;
  /** Milliseconds since the epoch when the page gives a machine-readable time; the thread is sorted by it. */
  time?: number;
  /** The author's name as the page shows it ("Taylor Brooks"), where the product marks it. */
  authorName?: string;
}

/** The customer's latest message: the mood and the reply checklist follow it. */
export interface CustomerMessage {
  /** The customer's words, quoted history removed. Untrusted page text: only ever read, never parsed as HTML. */
  text: string;
  /** The thread entry it comes from. */
  element: HTMLElement;
  /** The customer's name where the page tells it: a required greeting must use it. */
  name?: string;
}

/**
 * How a product's pages are recognised, apart from how they are read: small and free of the adapters' reading code,
 * so the popup's page probe (entrypoints/adapter-probe.ts) carries every product's without loading the coach.
 */
export interface PageRecogniser {
  readonly id: AdapterId;
  /** The product's name, shown in the panel and the popup so the agent knows whose reading they get. */
  readonly name: string;
  /** Whether the page belongs to this product, from its address and, for self-hosted products, its DOM markers. */
  matches(location: Location | URL, document: Document): boolean;
}

export interface HelpDeskAdapter extends PageRecogniser {
  /**
   * The editor the product composes with, for a reply box that carries no editor's marker of its own (RoosterJS in
   * Outlook on the web): fixes go through that editor's way. Unset where such a box is a plain contenteditable.
   */
  readonly editorKind?: EditorKind;
  /**
   * The reply boxes of the conversation on screen (editor roots: a contenteditable root or a textarea), in document
   * order. Where several tickets stay in the DOM, only the visible ticket's. Empty when the selectors find none.
   */
  replyBoxes(document: Document): HTMLElement[];
  /**
   * The conversation the reply box belongs to, oldest entry first whatever order the page shows, including
   * agents' replies, notes, bots and system events. Null when this adapter cannot find the conversation.
   */
  thread(editor: HTMLElement): ThreadEntry[] | null;
  /** Whether the reply box is in public-reply or internal-note mode; null when the page does not say. */
  replyMode(editor: HTMLElement): ReplyMode | null;
  /**
   * Elements inside the reply box that are not the agent's new words (quoted history, signature), so they are
   * not analysed. Empty when there are none.
   */
  draftExclusions(editor: HTMLElement): HTMLElement[];
  /** How a reply is sent, so a send with wording left can be held for a last look (src/send-check). */
  readonly send: SendControls;
}
