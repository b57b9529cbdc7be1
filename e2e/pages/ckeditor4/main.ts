import mountCkeditor4 from '../../editor-mounts/ckeditor4';
import { exposeFixture } from '../fixture-api';
import { renderTicket } from '../ticket-message';
import { ckeditor4FrameSelector } from './replace-with-ckeditor4';

// CKEditor 4 replaces a textarea (not the div other editor pages mount on) and edits in an iframe, where the coach runs.
const textarea = document.createElement('textarea');
textarea.id = 'reply';
renderTicket('CKEditor 4').append(textarea);
void mountCkeditor4(textarea).then(({ readModel }) => {
  exposeFixture({ editor: 'ckeditor4', inputSelector: ckeditor4FrameSelector, frameSelector: ckeditor4FrameSelector, readModel });
});
