import { createElement, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Editor, EditorState } from 'draft-js';
import 'draft-js/dist/Draft.css';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

// React pages are written without JSX: the repository's JSX settings are Preact's.
const area = renderTicket('Draft.js');
const mount = document.createElement('div');
mount.id = 'reply';
mount.className = 'editor';
area.append(mount);

let current = EditorState.createEmpty();

function Reply() {
  const [editorState, setEditorState] = useState(current);
  return createElement(Editor, {
    editorState,
    onChange: (next: EditorState) => {
      current = next;
      setEditorState(next);
    },
    ariaLabel: 'Reply',
    ariaMultiline: true,
  });
}

createRoot(mount).render(createElement(Reply));
exposeFixture({ editor: 'draftjs', inputSelector: '#reply .public-DraftEditor-content', readModel: () => current.getCurrentContent().getPlainText('\n') });
