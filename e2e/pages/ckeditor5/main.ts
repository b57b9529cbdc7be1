import mountCkeditor5 from '../../product-editors/ckeditor5';
import { showEditorPage } from '../editor-page';

void showEditorPage('CKEditor 5', 'ckeditor5', mountCkeditor5);
