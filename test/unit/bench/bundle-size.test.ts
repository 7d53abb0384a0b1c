import { describe, expect, it } from 'vitest';
import { contentScriptFiles } from '../../../bench/browser/bundle-size';

describe('contentScriptFiles', () => {
  it('lists every file of every content-script entry once, in order', () => {
    const manifest = {
      content_scripts: [
        { matches: ['https://*/*'], js: ['readability-part.js'] },
        { matches: ['https://*/*'], js: ['content-scripts/content.js'], css: ['content-scripts/content.css'] },
        { matches: ['http://*/*'], js: ['content-scripts/content.js'] },
      ],
    };
    expect(contentScriptFiles(manifest)).toEqual(['readability-part.js', 'content-scripts/content.js', 'content-scripts/content.css']);
  });

  it('is empty for a manifest without content scripts', () => {
    expect(contentScriptFiles({})).toEqual([]);
  });
});
