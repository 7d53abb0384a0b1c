import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, parseArgs } from '../../../lib/cli/annotate';
import { fileId } from '../../../lib/cli/read-input';

function run(argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = main(argv, (s) => { out += s; }, (s) => { err += s; });
  return { code, out, err };
}

describe('annotate CLI', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sourcemark-cli-'));
  const txt = join(dir, 'story_1.txt');
  writeFileSync(txt, 'LIMA (Reuters) - Karim Osei said the port was calm.');
  writeFileSync(join(dir, 'story_1.meta.json'), JSON.stringify({ publishedTime: '2024-05-02' }));

  it('parses the format option', () => {
    expect(parseArgs(['--format', 'text', 'a.txt'])).toEqual({ format: 'text', files: ['a.txt'] });
    expect(parseArgs(['--format=json', 'a.txt']).format).toBe('json');
    expect(() => parseArgs(['--format', 'xml'])).toThrow(/json or text/);
  });

  it('prints the prediction format with the file name as id', () => {
    const r = run(['--format', 'json', txt]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { articles: { id: string; actors: { name: string }[]; places: { name: string }[]; attributions: { source: string; start: number; end: number }[]; incidents: unknown[] }[] };
    const [a] = json.articles;
    expect(a?.id).toBe('story_1');
    expect(a?.actors.map((x) => x.name)).toEqual(expect.arrayContaining(['Reuters', 'Karim Osei']));
    expect(a?.places.map((x) => x.name)).toContain('Lima');
    expect(a?.attributions[0]?.source).toBe('Karim Osei');
    expect(a?.incidents).toEqual([]);
  });

  it('reports a missing file on stderr, exits non-zero, and still annotates the others', () => {
    const r = run(['--format', 'json', join(dir, 'missing.txt'), txt]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/missing\.txt: no such file/);
    expect((JSON.parse(r.out) as { articles: unknown[] }).articles).toHaveLength(1);
  });

  it('prints a readable text summary', () => {
    const r = run(['--format', 'text', txt]);
    expect(r.out).toContain('== story_1');
    expect(r.out).toMatch(/Karim Osei — said/);
  });

  it('annotates .html through the article extraction', () => {
    const html = join(dir, 'page.html');
    writeFileSync(html, '<html><head><title>T</title></head><body><nav>Home News</nav><article><h1>Port calm</h1><p>Karim Osei said the port in Accra was calm on Monday after the storm passed through the region overnight.</p><p>Officials in Accra said ships would resume loading on Tuesday morning.</p></article></body></html>');
    const r = run(['--format', 'json', html]);
    expect(r.code).toBe(0);
    const [a] = (JSON.parse(r.out) as { articles: { id: string; places: { name: string }[] }[] }).articles;
    expect(a?.id).toBe('page');
    expect(a?.places.map((p) => p.name)).toContain('Accra');
  });

  it('derives ids from file names', () => {
    expect(fileId('/x/y/000_abc.txt')).toBe('000_abc');
  });
});
