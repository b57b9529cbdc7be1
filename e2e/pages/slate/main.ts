import mountSlate from '../../product-editors/slate';
import { showEditorPage } from '../editor-page';

void showEditorPage('Slate', 'slate', mountSlate);
