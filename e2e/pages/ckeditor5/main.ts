import mountCkeditor5 from '../../editor-mounts/ckeditor5';
import { showEditorPage } from '../editor-page';

void showEditorPage('CKEditor 5', 'ckeditor5', mountCkeditor5);
