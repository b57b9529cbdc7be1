import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Pell', () => describeEditor('pell', { underlines: true }));
