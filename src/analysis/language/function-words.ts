import functionWordsJson from '../../../lexicons/language/function-words.json';
import type { FunctionWords } from './function-words-schema';

/** `lexicons/language/function-words.json` as the engine reads it; the tests and the build check it against its schema. */
export const functionWords = functionWordsJson as FunctionWords;
