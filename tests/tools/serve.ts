/**
 * A small static server for the project's fixture pages (tests, demo, bench). Loopback only.
 * Routes can be overridden (served variants of a page, e.g. an edited article).
 */
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

export interface FixtureServer {
  origin: string;
  server: Server;
  /** Serve `body` at `path` instead of the file (until reset). */
  override: (path: string, body: string, type?: string) => void;
  reset: () => void;
  close: () => Promise<void>;
}

/** Starts the server on 127.0.0.1 (port 0 = any free port). */
export async function startFixtureServer(root: string, port = 0): Promise<FixtureServer> {
  const base = resolve(root);
  const overrides = new Map<string, { body: string; type: string }>();
  const server = createServer((req, res) => {
    void (async () => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      const over = overrides.get(path);
      if (over) {
        res.writeHead(200, { 'content-type': over.type });
        res.end(over.body);
        return;
      }
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) return void res.writeHead(403).end();
      try {
        if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
        const body = await readFile(file);
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(port, '127.0.0.1', ok));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    origin: `http://127.0.0.1:${actualPort}`,
    server,
    override: (path, body, type = 'text/html; charset=utf-8') => void overrides.set(path, { body, type }),
    reset: () => overrides.clear(),
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
