import $ from 'jquery';
// The lite build needs no Bootstrap; as a module it extends the jQuery it requires, the one imported here.
import 'summernote/dist/summernote-lite.js';
import 'summernote/dist/summernote-lite.css';
import { renderTicket } from '../ticket-message';
import { exposeFixture } from '../fixture-api';
import { htmlToText } from '../html-to-text';

const area = renderTicket('Summernote');
const textarea = document.createElement('textarea');
textarea.id = 'reply';
area.append(textarea);
const reply = $(textarea) as unknown as { summernote(...args: unknown[]): unknown };
reply.summernote({ height: 160, toolbar: [['style', ['bold', 'italic']]] });

exposeFixture({ editor: 'summernote', inputSelector: '.note-editable', readModel: () => htmlToText(reply.summernote('code') as string) });
