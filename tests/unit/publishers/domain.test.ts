import { describe, expect, it } from 'vitest';
import { registrableDomain } from '../../../lib/publishers/from-page';

describe('registrableDomain', () => {
  it.each([
    ['https://www.harbourgazette.co.uk/news/a', 'harbourgazette.co.uk'],
    ['https://m.valleyherald.com/local', 'valleyherald.com'],
    ['https://amp.valleyherald.com/local', 'valleyherald.com'],
    ['https://uk.example.com/', 'example.com'],
    ['https://edition.example.com/', 'example.com'],
    ['https://WWW.Example.COM./x', 'example.com'],
    ['https://foo.blogspot.com/post', 'foo.blogspot.com'],
    ['https://www-valleyherald-com.cdn.ampproject.org/c/s/www.valleyherald.com/a.amp', 'valleyherald.com'],
    ['https://www.google.com/amp/s/m.valleyherald.com/a', 'valleyherald.com'],
    ['https://www.google.com/search?q=x', 'google.com'],
    ['http://localhost:3000/a', 'localhost'],
    ['http://127.0.0.1:8080/', '127.0.0.1'],
    ['https://bücher.de/', 'xn--bcher-kva.de'],
    ['www.aravia-focus.org', 'aravia-focus.org'],
    ['', ''],
    ['not a url', ''],
  ])('%s -> %s', (url, domain) => {
    expect(registrableDomain(url)).toBe(domain);
  });
});
