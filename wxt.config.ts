import { defineConfig } from 'wxt';

/** The content script's Readability part (entrypoints/readability-part.ts), as built. */
const READABILITY_PART_FILE = 'readability-part.js';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  // Parallel builds (several people or agents on one checkout) can each use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  manifest: ({ browser }) => ({
    name: 'Sourcemark',
    description:
      'Marks the actors, places and attributions of the news you read, and remembers where you read them. Nothing leaves your machine.',
    // activeTab + scripting: "Annotate this page" in a tab Sourcemark's content script never reached
    // (opened before install or update). Neither shows an install warning. No externally_connectable,
    // no web_accessible_resources: pages cannot reach the extension.
    permissions: ['activeTab', 'scripting'],
    // Keyboard: one switch for all highlights, and mention-by-mention navigation with hover cards.
    commands: {
      'toggle-highlights': { suggested_key: { default: 'Alt+Shift+H' }, description: 'Show or hide all Sourcemark highlights' },
      'next-mention': { suggested_key: { default: 'Alt+Shift+J' }, description: 'Next highlighted mention, with its card' },
      'previous-mention': { suggested_key: { default: 'Alt+Shift+K' }, description: 'Previous highlighted mention, with its card' },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'sourcemark@sourcemark.invalid',
              strict_min_version: '140.0',
              // Firefox's data-collection declaration: Sourcemark collects and transmits nothing.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  hooks: {
    // The content script comes in parts (lib/page/content-parts.ts): Readability's file gets an entry of
    // its own, with the main script's matches and timing and listed before it, so the browser compiles and
    // runs it in a task of its own, ahead of the main script (entries of one `js` list share one task).
    'build:manifestGenerated': (_wxt, manifest) => {
      const main = manifest.content_scripts?.[0];
      if (!main?.matches) throw new Error('sourcemark: the main content script is missing from the manifest');
      manifest.content_scripts = [{ matches: main.matches, run_at: main.run_at, js: [READABILITY_PART_FILE] }, ...(manifest.content_scripts ?? [])];
    },
  },
  vite: () => ({
    build: {
      rolldownOptions: {
        // Dexie contains String.fromCharCode(65535); written raw, Chrome rejects the content script
        // as non-UTF-8 and silently refuses the whole extension. Escape all non-ASCII output.
        output: { charset: 'ascii' },
      },
    },
    // The log page's import worker (components/log/import-worker.ts) is bundled apart, with Dexie too:
    // the same escaping, and an ES module like the page that starts it.
    worker: { format: 'es', rolldownOptions: { output: { charset: 'ascii' } } },
  }),
});
