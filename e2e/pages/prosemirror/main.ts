import mountProsemirror from '../../product-editors/prosemirror';
import { showEditorPage } from '../editor-page';

void showEditorPage('ProseMirror', 'prosemirror', mountProsemirror);
