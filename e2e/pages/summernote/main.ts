import mountSummernote from '../../product-editors/summernote';
import { showEditorPage } from '../editor-page';

void showEditorPage('Summernote', 'summernote', mountSummernote);
