import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('CKEditor 5', () => describeEditor('ckeditor5'));
