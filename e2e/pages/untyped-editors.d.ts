// The parts of editor libraries without types of their own that the fixture pages use.

declare module 'quill1' {
  export default class Quill {
    constructor(container: HTMLElement, options: { theme: string });
    root: HTMLElement;
    getText(): string;
  }
}

declare module 'medium-editor' {
  export default class MediumEditor {
    constructor(element: HTMLElement, options: object);
    getContent(): string;
  }
}

declare module 'pell' {
  export function init(options: { element: HTMLElement; onChange(html: string): void; actions: string[] }): HTMLElement & { content: HTMLElement };
}

declare module 'trix';

// TOAST UI ships types its package.json "exports" does not point to.
declare module '@toast-ui/editor' {
  export default class Editor {
    constructor(options: { el: HTMLElement; initialEditType: 'wysiwyg' | 'markdown'; hideModeSwitch: boolean; height: string; usageStatistics: boolean });
    getMarkdown(): string;
  }
}
