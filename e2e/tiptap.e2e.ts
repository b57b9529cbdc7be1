import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Tiptap', () => describeEditor('tiptap'));
