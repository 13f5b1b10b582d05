/**
 * Link hygiene for page- and API-derived URLs: only absolute http(s) links survive, credentials
 * are removed, and lengths are capped, so a `javascript:` or `data:` URL never becomes an href.
 */
import { z } from '../models/zod';

/** Longest URL kept (matches the `url` cap of PageContext). */
export const MAX_URL_LENGTH = 8_192;

/** Parses `value` against `base` into an http(s) URL without credentials, or null. */
export function parseHttpUrl(value: unknown, base?: string): URL | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > MAX_URL_LENGTH) return null;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username || parsed.password) {
    parsed.username = '';
    parsed.password = '';
  }
  return parsed.href.length <= MAX_URL_LENGTH ? parsed : null;
}

/** Resolves `value` against `base` and returns it when it is an http(s) URL, else null. */
export function toHttpUrl(value: unknown, base?: string): string | null {
  return parseHttpUrl(value, base)?.href ?? null;
}

/** A stored link: a string that `toHttpUrl` accepts (no `javascript:`, `data:`, relative URLs). */
export const HttpUrlSchema = z
  .string()
  .max(MAX_URL_LENGTH)
  .refine((value) => toHttpUrl(value) !== null, 'only absolute http(s) URLs');
