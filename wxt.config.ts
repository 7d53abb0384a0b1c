import { defineConfig } from 'wxt';

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
  vite: () => ({
    build: {
      rolldownOptions: {
        // Dexie contains String.fromCharCode(65535); written raw, Chrome rejects the content script
        // as non-UTF-8 and silently refuses the whole extension. Escape all non-ASCII output.
        output: { charset: 'ascii' },
      },
    },
  }),
});
