/** esbuild bundles of the bench's in-page scripts (baseline and our NLP), as IIFE source text. */
import { build } from 'esbuild';

export async function bundleScript(entry: string): Promise<string> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    platform: 'browser',
  });
  return result.outputFiles[0]!.text;
}
