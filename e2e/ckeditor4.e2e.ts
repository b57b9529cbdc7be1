import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

// Classic mode, as in Salesforce's email composer: the editable is the body of an iframe, where the coach runs.
describe('CKEditor 4', () => describeEditor('ckeditor4', { staleFix: true }));
