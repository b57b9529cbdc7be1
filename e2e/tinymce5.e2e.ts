import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('TinyMCE 5', () => describeEditor('tinymce5', { underlines: true }));
