import type { MountEditor } from '../editor-mounts/mount-editor';
import { exposeFixture } from './fixture-api';
import { renderTicket } from './ticket-message';

/**
 * The page of one editor library: the ticket, and the real editor mounted where the agent replies, the same
 * mount the help-desk fixtures use. Its editable is `#reply`; `window.fixture` appears once it is mounted.
 */
export async function showEditorPage(title: string, editor: string, mount: MountEditor): Promise<void> {
  const placeholder = document.createElement('div');
  placeholder.id = 'reply';
  placeholder.className = 'editor';
  placeholder.setAttribute('role', 'textbox');
  placeholder.setAttribute('aria-multiline', 'true');
  placeholder.setAttribute('aria-label', 'Reply');
  renderTicket(title).append(placeholder);
  const { readModel } = await mount(placeholder);
  exposeFixture({ editor, inputSelector: '#reply', readModel });
}
