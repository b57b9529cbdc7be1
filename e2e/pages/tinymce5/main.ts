import tinymce from 'tinymce5';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';

const area = renderTicket('TinyMCE 5');
const textarea = document.createElement('textarea');
textarea.id = 'reply';
area.append(textarea);

// TinyMCE 5 as help desks embed it, self-hosted: its theme, icons and skins load by URL from the copy build-pages
// makes. No plugins: in TinyMCE 5 even paste handling is a plugin.
void tinymce
  .init({
    target: textarea,
    base_url: '/vendor/tinymce5',
    suffix: '.min',
    menubar: false,
    toolbar: 'bold italic',
    height: 260,
    branding: false,
  })
  .then(([editor]) => {
    exposeFixture({
      editor: 'tinymce5',
      inputSelector: '#reply_ifr',
      frameSelector: '#reply_ifr',
      readModel: () => editor!.getContent({ format: 'text' }),
    });
  });
