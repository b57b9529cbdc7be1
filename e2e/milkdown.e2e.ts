import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Milkdown', () => describeEditor('milkdown', { underlines: true }));
