import { describe, expect, it } from 'vitest';
import { createLineLocator } from './line-column';

describe('createLineLocator', () => {
  it('counts lines and columns from 1', () => {
    const locate = createLineLocator('Hi Dana,\n\nAs I already said');
    expect(locate(0)).toEqual({ line: 1, column: 1 });
    expect(locate(3)).toEqual({ line: 1, column: 4 });
    expect(locate(10)).toEqual({ line: 3, column: 1 });
    expect(locate(15)).toEqual({ line: 3, column: 6 });
  });

  it('puts a line break at the end of its own line', () => {
    const locate = createLineLocator('ab\ncd');
    expect(locate(2)).toEqual({ line: 1, column: 3 });
    expect(locate(3)).toEqual({ line: 2, column: 1 });
  });

  it('treats "\\r\\n" as one line break and a lone "\\r" as one too', () => {
    const locate = createLineLocator('one\r\ntwo\rthree');
    expect(locate(5)).toEqual({ line: 2, column: 1 });
    expect(locate(9)).toEqual({ line: 3, column: 1 });
    expect(locate(11)).toEqual({ line: 3, column: 3 });
  });

  it('counts columns in UTF-16 code units, like the offsets', () => {
    const text = '👋 Hi,\nThanks 🙏 but attach it';
    const locate = createLineLocator(text);
    expect(locate(text.indexOf('Hi'))).toEqual({ line: 1, column: 4 });
    expect(locate(text.indexOf('attach'))).toEqual({ line: 2, column: 15 });
  });

  it('places the end of the text after its last character', () => {
    expect(createLineLocator('')(0)).toEqual({ line: 1, column: 1 });
    expect(createLineLocator('a\n')(2)).toEqual({ line: 2, column: 1 });
  });
});
