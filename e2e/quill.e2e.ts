import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Quill 2', () => describeEditor('quill'));
