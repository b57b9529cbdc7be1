import mountSlate from '../../editor-mounts/slate';
import { showEditorPage } from '../editor-page';

void showEditorPage('Slate', 'slate', mountSlate);
