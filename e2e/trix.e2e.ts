import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Trix', () => describeEditor('trix', { underlines: true }));
