// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { fixtureNamed, loadFixture } from '../../test/support/load-fixture';
import { salesforceServiceCloudAdapter } from './salesforce-service-cloud';

it("finds the reply box in the iframe CKEditor 4 edits in, not the composer's textarea it hides", () => {
  // The composer frame as served (the fixture): only the textarea, left to the generic adapter.
  loadFixture(fixtureNamed('salesforce-service-cloud/email-composer-frame.html'));
  expect(salesforceServiceCloudAdapter.replyBoxes(document)).toEqual([]);
  // The editing iframe's body as CKEditor 4.22.1 writes it (measured in Chromium): where the content script runs.
  document.documentElement.innerHTML =
    '<head></head><body tabindex="0" aria-label="Editor, htmlBody" role="textbox" aria-multiline="true" contenteditable="true" aria-readonly="false" class="cke_editable cke_editable_themed cke_contents_ltr cke_show_borders" spellcheck="false"><p>Hello Morgan,</p></body>';
  expect(salesforceServiceCloudAdapter.replyBoxes(document)).toEqual([document.body]);
});
