import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Quill 1', () => describeEditor('quill1', { underlines: true }));
