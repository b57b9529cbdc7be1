import mountFroala from '../../product-editors/froala';
import { showEditorPage } from '../editor-page';

void showEditorPage('Froala', 'froala', mountFroala);
