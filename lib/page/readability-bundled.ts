/**
 * Readability imported the ordinary way, for code that runs outside the content script (the CLI, the
 * tests). The content script must not import this file: Readability would be inlined into its main
 * file again (lib/page/readability-engine.ts says why it is a part of its own).
 */
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import type { ReadabilityEngine } from './readability-engine';

/** Readability for the CLI and the tests. */
export const bundledReadability: ReadabilityEngine = { Readability, isProbablyReaderable };
