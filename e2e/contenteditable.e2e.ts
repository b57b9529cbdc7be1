import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('plain contenteditable', () => describeEditor('contenteditable'));
