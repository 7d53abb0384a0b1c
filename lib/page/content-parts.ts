/**
 * The content script ships as several files, each its own `content_scripts` entry in the manifest,
 * because the browser compiles and runs each entry's file in a task of its own: one file holding
 * everything made the task that injects it one of the longest Sourcemark gave the page. A part
 * (Readability, the biggest library the page side carries) hands what it exports to the main script
 * here, on the content script's own global object: the extension's isolated world (Chrome) or
 * sandbox (Firefox), which the page's scripts cannot see.
 *
 * The parts meet whatever order they run in: a part that comes first leaves its value, one that comes
 * later resolves whoever waits. No part has a version check: an extension reload replaces every part
 * in the next page load, and an older copy left in an open tab is the same library.
 */

/** Where the parts meet: a property of the content script's global object. */
const KEY = '__sourcemarkContentParts';

interface Board {
  values: Map<string, unknown>;
  waiting: Map<string, Array<(value: unknown) => void>>;
}

function board(scope: object): Board {
  const holder = scope as { [KEY]?: Board };
  return (holder[KEY] ??= { values: new Map(), waiting: new Map() });
}

/** A part's name and what it hands over. */
export interface PartName<T> {
  name: string;
  /** Phantom: the type of the part's value, for {@link providePart} and {@link awaitPart}. */
  readonly value?: T;
}

/** Declares a part: its name, typed by what it hands over. */
export function part<T>(name: string): PartName<T> {
  return { name };
}

/** Called by a part's own file: hands its value to the main script (now, or when it asks). */
export function providePart<T>(which: PartName<T>, value: T, scope: object = globalThis): void {
  const b = board(scope);
  b.values.set(which.name, value);
  const waiters = b.waiting.get(which.name) ?? [];
  b.waiting.delete(which.name);
  for (const resolve of waiters) resolve(value);
}

/**
 * The part's value, once its file has run; rejects after `timeoutMs` (a build that lost the part's
 * file: the caller treats it as a failure of its own and carries on without it).
 */
export function awaitPart<T>(which: PartName<T>, timeoutMs: number, scope: object = globalThis): Promise<T> {
  const b = board(scope);
  if (b.values.has(which.name)) return Promise.resolve(b.values.get(which.name) as T);
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`sourcemark: content script part "${which.name}" never arrived`)), timeoutMs);
    const waiters = b.waiting.get(which.name) ?? [];
    waiters.push((value) => {
      clearTimeout(timer);
      resolve(value as T);
    });
    b.waiting.set(which.name, waiters);
  });
}
