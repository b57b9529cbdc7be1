/** Everything made on first use, in the order the modules asked: `prepareAnalysis` makes them ahead of time. */
export const madeOnFirstUse: Array<() => unknown> = [];

/**
 * A value made the first time it is needed rather than when its module loads, so loading the engine stays one
 * short task; `prepareAnalysis` can then make each in a task of its own before the first analysis needs it.
 */
export function onFirstUse<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  const get = (): T => (made ??= { value: make() }).value;
  madeOnFirstUse.push(get);
  return get;
}
