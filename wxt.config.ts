import { defineConfig } from 'wxt';

// See README "Permissions" for why each permission is needed.
export default defineConfig({
  // Parallel builds (several people or agents on one checkout) can each use their own folder.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/module-react'],
  manifest: {
    name: 'Sourcemark',
    description:
      'Marks the actors, places and attributions of the news you read, and remembers where you read them. Nothing leaves your machine.',
    permissions: [],
  },
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
