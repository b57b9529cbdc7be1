import { Editor, rootCtx } from '@milkdown/kit/core';
import { commonmark } from '@milkdown/kit/preset/commonmark';
import { history } from '@milkdown/kit/plugin/history';
import { getMarkdown } from '@milkdown/kit/utils';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// Milkdown 7 (ProseMirror underneath) with CommonMark and its history, as a markdown reply box.
const area = renderTicket('Milkdown');
const root = document.createElement('div');
area.append(root);
void Editor.make()
  .config((ctx) => ctx.set(rootCtx, root))
  .use(commonmark)
  .use(history)
  .create()
  .then((editor) => {
    root.querySelector<HTMLElement>('[contenteditable="true"]')!.id = 'reply';
    // Its markdown is the plain text for a draft without formatting; the serialiser ends it with a newline.
    exposeFixture({ editor: 'milkdown', inputSelector: '#reply', readModel: () => editor.action(getMarkdown()).replace(/\n$/, '') });
  });
