/**
 * A value built on its first use, then kept. Module-level zod schemas are otherwise all built while
 * their bundle is evaluated: for the content script that is inside the one task that injects it into
 * the page, where building dozens of schemas costs a good part of that task. Built on first use, a
 * schema costs nothing until a message needs it, and then only in that message's task.
 */
export function lazy<T>(make: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: make() }).value;
}
