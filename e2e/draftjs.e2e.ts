import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Draft.js', () => describeEditor('draftjs'));
