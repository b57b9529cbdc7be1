import { $getRoot, createEditor } from 'lexical';
import { registerRichText } from '@lexical/rich-text';
import { createEmptyHistoryState, registerHistory } from '@lexical/history';
import { mergeRegister } from '@lexical/utils';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

const area = renderTicket('Lexical');
const root = document.createElement('div');
root.id = 'reply';
root.className = 'editor';
root.contentEditable = 'true';
root.setAttribute('role', 'textbox');
root.setAttribute('aria-multiline', 'true');
area.append(root);

const editor = createEditor({
  namespace: 'reply',
  onError: (error) => {
    throw error;
  },
});
editor.setRootElement(root);
mergeRegister(registerRichText(editor), registerHistory(editor, createEmptyHistoryState(), 300));

// The root's own text puts "\n\n" between paragraphs; Tactful reads one "\n", so join the blocks.
exposeFixture({
  editor: 'lexical',
  inputSelector: '#reply',
  readModel: () =>
    editor.getEditorState().read(() =>
      $getRoot()
        .getChildren()
        .map((block) => block.getTextContent())
        .join('\n'),
    ),
});
