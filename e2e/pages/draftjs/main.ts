import mountDraftjs from '../../editor-mounts/draftjs';
import { showEditorPage } from '../editor-page';

void showEditorPage('Draft.js', 'draftjs', mountDraftjs);
