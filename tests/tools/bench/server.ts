/**
 * Serves bench pages from memory on 127.0.0.1, page scripts stripped and blocked by CSP, so script
 * time measured on a page belongs to the extension (content scripts are exempt from page CSP).
 */
import { createServer } from 'node:http';
import { stripPageScripts, type BenchPage } from './pages';

export async function serveBenchPages(
  pages: BenchPage[],
): Promise<{ origin: string; close: () => Promise<void> }> {
  const byPath = new Map(pages.map((p) => [p.path, stripPageScripts(p.html)]));
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    // Corpus pages are served at their original path and query (see pages.ts).
    const body = byPath.get(path + url.search) ?? byPath.get(path);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': "script-src 'none'; object-src 'none'",
    });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
