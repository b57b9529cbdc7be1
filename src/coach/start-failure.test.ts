import { describe, expect, it } from 'vitest';
import { addStartFailure, describeStartFailure, keptStartFailures, startFailureReport } from './start-failure';

const context = { at: Date.UTC(2026, 11, 3, 9, 30), version: '0.1.0', userAgent: 'Mozilla/5.0 Firefox/140.0' };

describe('start failures', () => {
  it('keeps an error with its name, message and stack, and anything thrown as text', () => {
    const error = new TypeError('Accessing from Xray wrapper is not supported.');
    expect(describeStartFailure(error, context)).toEqual({ ...context, name: 'TypeError', message: error.message, stack: error.stack });
    expect(describeStartFailure('no overlay', context)).toEqual({ ...context, name: 'string', message: 'no overlay', stack: null });
    expect(describeStartFailure(Object.assign(new Error('long'), { stack: 'x'.repeat(10_000) }), context).stack).toHaveLength(4000);
  });

  it('keeps the newest failures first, and only so many', () => {
    let failures = [describeStartFailure(new Error('old'), context)];
    for (let index = 0; index < keptStartFailures; index++) failures = addStartFailure(failures, describeStartFailure(new Error(`new ${index}`), context));
    expect(failures).toHaveLength(keptStartFailures);
    expect(failures[0]!.message).toBe(`new ${keptStartFailures - 1}`);
    expect(failures.map((failure) => failure.message)).not.toContain('old');
  });

  it('writes a report with the time, the version, the browser and the error', () => {
    const report = startFailureReport([{ ...context, name: 'TypeError', message: 'boom', stack: 'TypeError: boom\n    at coach.js:1:2' }]);
    expect(report).toBe('2026-12-03T09:30:00.000Z  Tactful 0.1.0\nBrowser: Mozilla/5.0 Firefox/140.0\nTypeError: boom\nTypeError: boom\n    at coach.js:1:2\n');
  });
});
