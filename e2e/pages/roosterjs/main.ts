import mountRoosterjs from '../../product-editors/roosterjs';
import { showEditorPage } from '../editor-page';

void showEditorPage('RoosterJS', 'roosterjs', mountRoosterjs);
