import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('TOAST UI Editor', () => describeEditor('toastui', { underlines: true }));
