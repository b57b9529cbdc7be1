import FroalaEditor from 'froala-editor';
import 'froala-editor/css/froala_editor.pkgd.min.css';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';
import { htmlToText } from '../html-to-text';

const area = renderTicket('Froala');
const mount = document.createElement('div');
mount.id = 'reply';
area.append(mount);

const editor = new FroalaEditor('#reply', { heightMin: 160, toolbarButtons: ['bold', 'italic', 'undo', 'redo'] }, () => {
  exposeFixture({ editor: 'froala', inputSelector: '#reply .fr-element', readModel: () => htmlToText(editor.html.get()) });
});
