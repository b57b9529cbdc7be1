import mountTiptap from '../../editor-mounts/tiptap';
import { showEditorPage } from '../editor-page';

void showEditorPage('Tiptap', 'tiptap', mountTiptap);
