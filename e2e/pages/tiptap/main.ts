import mountTiptap from '../../product-editors/tiptap';
import { showEditorPage } from '../editor-page';

void showEditorPage('Tiptap', 'tiptap', mountTiptap);
