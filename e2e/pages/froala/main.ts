import mountFroala from '../../editor-mounts/froala';
import { showEditorPage } from '../editor-page';

void showEditorPage('Froala', 'froala', mountFroala);
