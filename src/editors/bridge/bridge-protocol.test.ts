import { describe, expect, it } from 'vitest';
import { bridgeProtocolVersion, parseBridgeRequest, parseBridgeResponse } from './bridge-protocol';

const request = { version: bridgeProtocolVersion, id: 'a1', editor: 'ckeditor5', start: 9, end: 26, expected: 'as I already said', text: 'to recap' };

describe('parseBridgeRequest', () => {
  it('reads a well-formed request', () => {
    expect(parseBridgeRequest(JSON.stringify(request))).toEqual(request);
  });

  it('reads a request for each bridged editor', () => {
    expect(parseBridgeRequest(JSON.stringify({ ...request, editor: 'froala' }))?.editor).toBe('froala');
    expect(parseBridgeRequest(JSON.stringify({ ...request, editor: 'lexical' }))?.editor).toBe('lexical');
    expect(parseBridgeRequest(JSON.stringify({ ...request, editor: 'slate' }))?.editor).toBe('slate');
    expect(parseBridgeRequest(JSON.stringify({ ...request, editor: 'unknown', input: 'paste' }))).toEqual({ ...request, editor: 'unknown', input: 'paste' });
    expect(parseBridgeRequest(JSON.stringify({ ...request, editor: 'quill' }))?.editor).toBe('quill');
    expect(parseBridgeRequest(JSON.stringify({ ...request, editor: 'tinymce' }))?.editor).toBe('tinymce');
    expect(parseBridgeRequest(JSON.stringify({ ...request, editor: 'trix' }))?.editor).toBe('trix');
  });

  it('reads an insertion, an empty range with nothing expected', () => {
    expect(parseBridgeRequest(JSON.stringify({ ...request, start: 0, end: 0, expected: '' }))).toEqual({ ...request, start: 0, end: 0, expected: '' });
  });

  it('refuses anything but a JSON string of the exact shape', () => {
    const bad: unknown[] = [
      request,
      'not json',
      JSON.stringify([request]),
      JSON.stringify({ ...request, version: bridgeProtocolVersion + 1 }),
      JSON.stringify({ ...request, id: '' }),
      JSON.stringify({ ...request, id: 'x'.repeat(65) }),
      JSON.stringify({ ...request, editor: 'draftjs' }),
      JSON.stringify({ ...request, start: -1 }),
      JSON.stringify({ ...request, start: 1.5 }),
      JSON.stringify({ ...request, end: 8 }),
      JSON.stringify({ ...request, editor: 'unknown' }),
      JSON.stringify({ ...request, editor: 'unknown', input: 'drop' }),
      JSON.stringify({ ...request, input: 'paste' }),
      JSON.stringify({ ...request, expected: 'as I said' }),
      JSON.stringify({ ...request, text: 42 }),
      JSON.stringify({ ...request, text: 'x'.repeat(200_001) }),
    ];
    for (const detail of bad) expect(parseBridgeRequest(detail)).toBeNull();
  });

  it('keeps only the known fields', () => {
    expect(parseBridgeRequest(JSON.stringify({ ...request, code: 'alert(1)' }))).toEqual(request);
  });
});

describe('parseBridgeResponse', () => {
  it('reads each status', () => {
    expect(parseBridgeResponse(JSON.stringify({ version: bridgeProtocolVersion, id: 'a1', status: 'replaced' }))?.status).toBe('replaced');
    expect(parseBridgeResponse(JSON.stringify({ version: bridgeProtocolVersion, id: 'a1', status: 'refused', reason: 'the text changed' }))).toEqual({
      version: bridgeProtocolVersion,
      id: 'a1',
      status: 'refused',
      reason: 'the text changed',
    });
  });

  it('refuses unknown statuses and missing reasons', () => {
    expect(parseBridgeResponse(JSON.stringify({ version: bridgeProtocolVersion, id: 'a1', status: 'done' }))).toBeNull();
    expect(parseBridgeResponse(JSON.stringify({ version: bridgeProtocolVersion, id: 'a1', status: 'unavailable' }))).toBeNull();
  });
});
