import { describe } from 'vitest';
import { describeEditor } from './support/editor-flow';

describe('Medium Editor', () => describeEditor('medium-editor', { staleFix: true }));
