import mountRoosterjs from '../../editor-mounts/roosterjs';
import { showEditorPage } from '../editor-page';

void showEditorPage('RoosterJS', 'roosterjs', mountRoosterjs);
