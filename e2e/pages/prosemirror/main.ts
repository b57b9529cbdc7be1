import mountProsemirror from '../../editor-mounts/prosemirror';
import { showEditorPage } from '../editor-page';

void showEditorPage('ProseMirror', 'prosemirror', mountProsemirror);
