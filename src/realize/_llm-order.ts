/**
 * Ordered streaming: runs `fn` over a (possibly endless) source with at most `window` items started but
 * not yet handed out, and yields the results in source order however the work finishes. Memory is
 * bounded by the window, not by the source.
 */
export async function* orderedMap<T, R>(
  source: Iterable<T> | AsyncIterable<T>,
  window: number,
  fn: (item: T, index: number) => Promise<R>,
): AsyncGenerator<R> {
  const pending: Promise<R>[] = [];
  let index = 0;
  for await (const item of source) {
    const task = fn(item, index++);
    // The rejection is taken when the task reaches the head; until then keep Node from calling it unhandled.
    task.catch(() => undefined);
    pending.push(task);
    while (pending.length >= window) yield await pending.shift()!;
  }
  while (pending.length) yield await pending.shift()!;
}
