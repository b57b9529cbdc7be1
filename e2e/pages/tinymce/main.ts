import tinymce from 'tinymce';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

const area = renderTicket('TinyMCE');
const textarea = document.createElement('textarea');
textarea.id = 'reply';
area.append(textarea);

// Self-hosted: TinyMCE loads its theme, model, icons and skins by URL from the copy build-pages makes.
void tinymce.init({
  target: textarea,
  base_url: '/vendor/tinymce',
  suffix: '.min',
  license_key: 'gpl',
  menubar: false,
  toolbar: 'bold italic',
  height: 260,
  promotion: false,
  branding: false,
}).then(([editor]) => {
  exposeFixture({
    editor: 'tinymce',
    inputSelector: '#reply_ifr',
    frameSelector: '#reply_ifr',
    readModel: () => editor!.getContent({ format: 'text' }),
  });
});
