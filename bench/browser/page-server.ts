/**
 * Serves generated article pages on 127.0.0.1 from memory: /article/<words>/<n>.html is the generated
 * article of <words> words; <n> only makes the URL (hence the stored article) new for each load, the way
 * a reader opens a new story, while the text stays the same so loads compare.
 */
import { createServer } from 'node:http';
import { generateArticle } from '../generate/article-text';
import { articlePage } from '../generate/article-page';

/** A running page server. */
export interface PageServer {
  origin: string;
  /** URL of load number `n` of the `words`-word article. */
  url(words: number, n: number): string;
  close(): Promise<void>;
}

/** Starts the server for articles of the given sizes. */
export async function startPageServer(sizes: readonly number[]): Promise<PageServer> {
  const pages = new Map(sizes.map((words) => [words, articlePage(generateArticle(words))]));
  const server = createServer((req, res) => {
    const match = /^\/article\/(\d+)\/\d+\.html$/.exec(req.url ?? '');
    const html = match ? pages.get(Number(match[1])) : undefined;
    if (html === undefined) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (words, n) => `${origin}/article/${words}/${n}.html`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}
