/**
 * The publisher key: the registrable domain (eTLD+1 by the Public Suffix List, through tldts),
 * so www., m., amp. and country subdomains (uk.example.com) are one publisher, while private
 * suffixes stay apart (foo.blogspot.com is not bar.blogspot.com). AMP cache URLs are unwrapped
 * to the site they serve.
 */
import { getDomain, getHostname } from 'tldts';

/** The origin URL an AMP cache or Google AMP viewer URL serves, or the URL itself. */
export function unwrapAmpUrl(url: URL): URL {
  const host = url.hostname.toLowerCase();
  const viaCache = host.endsWith('.cdn.ampproject.org') && /^\/[a-z]+\/(s\/)?/.test(url.pathname);
  const viaGoogle = /^(www\.)?google\.[a-z.]+$/.test(host) && url.pathname.startsWith('/amp/');
  if (!viaCache && !viaGoogle) return url;
  const rest = viaCache ? url.pathname.replace(/^\/[a-z]+\//, '') : url.pathname.replace(/^\/amp\//, '');
  const secure = rest.startsWith('s/');
  try {
    return new URL(`${secure ? 'https' : 'http'}://${secure ? rest.slice(2) : rest}`);
  } catch {
    return url;
  }
}

/** Registrable domain (eTLD+1) of a URL, or its hostname when it has none (localhost, IPs). */
export function registrableDomain(url: string): string {
  let hostname: string;
  try {
    hostname = unwrapAmpUrl(new URL(url)).hostname.toLowerCase();
  } catch {
    // Not a URL (e.g. a bare "www.example.com"): let tldts read it as a hostname.
    hostname = (getHostname(url) ?? '').toLowerCase();
  }
  if (!hostname) return '';
  if (hostname.startsWith('[')) return hostname; // IPv6 literal
  const domain = getDomain(hostname, { allowPrivateDomains: true });
  return domain ?? hostname.replace(/\.$/, '');
}
