/**
 * `npm run icons`: renders the extension icon set (public/icon/<size>.png, which WXT puts in the
 * manifest) from its SVG sources in Chromium, so the PNGs never drift from the drawings. Sizes up
 * to 32 px use the pixel-grid cut (source-16.svg); larger ones the full drawing (source.svg).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findBrowser, NO_BROWSER_ADVICE } from './find-browser';

const SIZES = [16, 32, 48, 96, 128] as const;

async function main(): Promise<number> {
  const browser = findBrowser();
  if (!browser) {
    process.stderr.write(NO_BROWSER_ADVICE + '\n');
    return 1;
  }
  const instance = await chromium.launch({ executablePath: browser.path, args: ['--no-sandbox'] });
  try {
    for (const size of SIZES) {
      const svg = readFileSync(`public/icon/${size <= 32 ? 'source-16' : 'source'}.svg`, 'utf8');
      const page = await instance.newPage({ viewport: { width: size, height: size } });
      const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}img{display:block}</style><img width="${size}" height="${size}" src="${src}">`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      writeFileSync(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
      await page.close();
      process.stdout.write(`public/icon/${size}.png\n`);
    }
  } finally {
    await instance.close();
  }
  return 0;
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`icons failed: ${(error as Error).stack ?? String(error)}\n`);
    process.exitCode = 1;
  },
);
