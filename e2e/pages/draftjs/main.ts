import mountDraftjs from '../../product-editors/draftjs';
import { showEditorPage } from '../editor-page';

void showEditorPage('Draft.js', 'draftjs', mountDraftjs);
