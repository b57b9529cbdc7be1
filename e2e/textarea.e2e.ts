import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('textarea', () => describeEditor('textarea'));
