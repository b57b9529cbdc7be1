import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Lexical', () => describeEditor('lexical'));
