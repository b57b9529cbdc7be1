import mountSummernote from '../../editor-mounts/summernote';
import { showEditorPage } from '../editor-page';

void showEditorPage('Summernote', 'summernote', mountSummernote);
