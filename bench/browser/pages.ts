import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { customerMessage } from '../../e2e/pages/ticket-message';
import { buildDraft } from '../drafts';

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const style = `
body { font: 15px/1.5 system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1f2937; }
header, footer { background: #1f2937; color: #f9fafb; padding: 12px 24px; }
header nav a, footer a { color: #e5e7eb; margin-right: 16px; }
.layout { display: flex; gap: 24px; max-width: 1040px; margin: 24px auto; }
aside { width: 220px; flex: none; }
aside li { margin: 6px 0; }
main { flex: 1; background: #fff; border: 1px solid #d1d5db; border-radius: 8px; padding: 20px 24px; }
.message { border-left: 4px solid #d97706; background: #fffbeb; padding: 10px 14px; margin: 0 0 18px; border-radius: 4px; }
.from { font-weight: 600; margin-bottom: 4px; }
.reply-label { font-weight: 600; margin: 8px 0; display: block; }
textarea, .editor { width: 100%; box-sizing: border-box; height: 360px; overflow: auto; border: 1px solid #9ca3af; border-radius: 6px; padding: 10px; font: 15px/1.5 system-ui, sans-serif; background: #fff; }
table { border-collapse: collapse; width: 100%; margin: 16px 0; }
td, th { border: 1px solid #d1d5db; padding: 4px 8px; text-align: left; }
`;

/**
 * A help desk's ticket view: the customer's message and an empty reply box (a contenteditable `#reply`, or a
 * textarea with `?kind=textarea`). The benchmark puts the draft in before focusing it, as a saved draft would be.
 */
const ticketPage = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Ticket #4471</title><style>${style}</style></head>
<body>
<header><nav><a href="#">Inbox</a><a href="#">Tickets</a><a href="#">Customers</a><a href="#">Reports</a></nav></header>
<div class="layout">
<aside><h3>Views</h3><ul><li>Unassigned (12)</li><li>My tickets (7)</li><li>Pending (31)</li><li>Solved this week (240)</li></ul></aside>
<main>
<h2>Refund for order #4471</h2>
<article class="message"><div class="from">Dana Whitfield &lt;dana@example.com&gt;</div><p>${escape(customerMessage)}</p></article>
<label class="reply-label" for="reply">Reply</label>
<div id="slot"></div>
</main>
</div>
<script>
  const kind = new URLSearchParams(location.search).get('kind') ?? 'contenteditable';
  const slot = document.getElementById('slot');
  let editor;
  if (kind === 'textarea') {
    editor = document.createElement('textarea');
  } else {
    editor = document.createElement('div');
    editor.contentEditable = 'true';
    editor.className = 'editor';
    editor.setAttribute('role', 'textbox');
    editor.setAttribute('aria-multiline', 'true');
  }
  editor.id = 'reply';
  slot.replaceWith(editor);
  /** The draft as a saved draft shows up: one block per line in a contenteditable, the value of a textarea. */
  window.loadDraft = (text) => {
    if (editor instanceof HTMLTextAreaElement) { editor.value = text; return; }
    editor.replaceChildren(...text.replace(/\\n$/, '').split('\\n').map((line) => {
      const block = document.createElement('div');
      if (line) block.textContent = line; else block.append(document.createElement('br'));
      return block;
    }));
  };
</script>
</body></html>
`;

/** A help-centre article of about 1,500 words with navigation, a table and links: a page with no reply box. */
function staticPage(): string {
  const paragraphs = buildDraft(1500, 7)
    .text.split('\n\n')
    .slice(1, -1)
    .map((paragraph, i) => (i % 4 === 0 ? `<h3>Section ${i / 4 + 1}</h3>` : '') + `<p>${escape(paragraph)} <a href="#p${i}">Read more</a></p>`)
    .join('\n');
  const rows = Array.from({ length: 20 }, (_, i) => `<tr><td>Plan ${i + 1}</td><td>${5 + i * 3} seats</td><td>$${(9.5 + i * 4).toFixed(2)}</td><td>${i % 3 === 0 ? 'Annual' : 'Monthly'}</td></tr>`).join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Help centre: orders, refunds and billing</title><style>${style}</style></head>
<body>
<header><nav><a href="#">Help centre</a><a href="#">Orders</a><a href="#">Billing</a><a href="#">Account</a><a href="#">Contact us</a></nav></header>
<div class="layout">
<aside><h3>In this article</h3><ul>${Array.from({ length: 12 }, (_, i) => `<li><a href="#s${i}">Section ${i + 1}</a></li>`).join('')}</ul></aside>
<main><h1>Orders, refunds and billing</h1>
${paragraphs}
<table><thead><tr><th>Plan</th><th>Seats</th><th>Price</th><th>Billing</th></tr></thead><tbody>${rows}</tbody></table>
</main>
</div>
<footer><a href="#">Privacy</a><a href="#">Terms</a><a href="#">Status</a> &copy; Example Ltd</footer>
<script>
  // A little page script, as most pages have: a table of contents that highlights the section in view.
  for (const link of document.querySelectorAll('aside a')) link.addEventListener('click', (event) => event.preventDefault());
</script>
</body></html>
`;
}

/** Writes the benchmark's pages into `folder` (served over HTTP: content scripts do not run on file://). */
export function writeBenchPages(folder: string): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'ticket.html'), ticketPage);
  writeFileSync(join(folder, 'article.html'), staticPage());
}
