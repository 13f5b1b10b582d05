/**
 * fast-check arbitraries for hostile HTML documents (issue 11, test 1): nested and unbalanced
 * markup, script/style/template/svg/math islands, JSON-LD that is broken or adversarial, metadata
 * a page may lie with, any Unicode (lone surrogates, RTL, NUL) and enough prose that the article
 * path (Readability, organizations, claims) runs too. Documents are 0 to 20,000 characters.
 */
import fc from 'fast-check';
import { anyText, attrs, jsonLd, metaTag, prose } from './html-pieces';

export const MAX_DOC_CHARS = 20_000;

const TAGS = (
  'div p span article section main header footer nav aside h1 h2 a b em ul li table tr td ' +
  'blockquote pre figure img br form input iframe object noscript time address font html head ' +
  'body title meta link base select option textarea'
).split(' ');

const leaf: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: anyText(120) },
  { weight: 4, arbitrary: prose.map((p) => `<p>${p}</p>`) },
  { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...TAGS), attrs).map(([t, a]) => `<${t}${a}>`) },
  { weight: 3, arbitrary: fc.constantFrom(...TAGS).map((t) => `</${t}>`) },
  { weight: 1, arbitrary: anyText(60).map((s) => `<!--${s}-->`) },
  { weight: 1, arbitrary: fc.constantFrom('<!--', '<![CDATA[x]]>', '&#0;', '&#xD800;', '&bogus;', '<') },
  { weight: 1, arbitrary: anyText(80).map((s) => `<script>${s}</script>`) },
  { weight: 1, arbitrary: jsonLd.map((j) => `<script type="application/ld+json">${j}</script>`) },
  { weight: 1, arbitrary: anyText(80).map((s) => `<style>${s}</style>`) },
  { weight: 1, arbitrary: attrs.map((a) => `<meta${a}>`) },
);

const islands = (inner: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.oneof(
    inner.map((x) => `<svg><foreignObject>${x}</foreignObject><script>1</script><title>${x}</title></svg>`),
    inner.map((x) => `<math><mi>x</mi><annotation-xml encoding="text/html">${x}</annotation-xml></math>`),
    inner.map((x) => `<template><article>${x}</article></template>`),
    inner.map((x) => `<noscript>${x}</noscript>`),
    inner.map((x) => `<table><p>${x}</table>`),
  );

/** Markup with nesting up to a few levels, balanced or not. */
const fragment: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom(...TAGS), attrs, fc.array(tie('node'), { maxLength: 6 }), fc.boolean())
      .map(([t, a, kids, closed]) => `<${t}${a}>${kids.join('')}${closed ? `</${t}>` : ''}`),
    islands(tie('node')),
  ),
})).node;

const body = fc.array(fragment, { maxLength: 40 }).map((parts) => parts.join(''));

const head = fc
  .tuple(anyText(80), fc.array(fc.oneof(leaf, metaTag), { maxLength: 8 }), fc.option(jsonLd))
  .map(([title, rest, ld]) => {
    const json = ld === null ? '' : `<script type="application/ld+json">${ld}</script>`;
    return `<head><title>${title}</title><meta property="og:type" content="article">${json}${rest.join('')}`;
  });

/** An article-shaped page (so Readability, organizations and claims run) with hostile islands. */
const articlePage = fc
  .tuple(
    head,
    fc.array(fc.tuple(prose, body), { minLength: 1, maxLength: 12 }),
    fc.constantFrom('ltr', 'rtl'),
  )
  .map(([h, parts, dir]) => {
    const paragraphs = parts.map(([p, noise]) => `<p>${p}</p>${noise}`).join('');
    return (
      `<!doctype html><html dir="${dir}">${h}</head><body><nav><a href="/">Home</a></nav><article>` +
      `<h1>Headline</h1><p class="byline">By Jane Doe</p>${paragraphs}</article></body></html>`
    );
  });

/** A hostile HTML document of at most MAX_DOC_CHARS characters. */
export const hostileHtml: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 1, arbitrary: body },
      {
        weight: 1,
        arbitrary: head.chain((h) => body.map((b) => `<!doctype html><html>${h}</head><body>${b}`)),
      },
      { weight: 2, arbitrary: articlePage },
    ),
    fc.oneof(fc.nat(MAX_DOC_CHARS), fc.constant(MAX_DOC_CHARS)),
  )
  .map(([html, cut]) => html.slice(0, cut));

/** Page addresses the pipeline may be handed: article-shaped, odd and internationalised. */
export const pageUrl: fc.Arbitrary<string> = fc.oneof(
  fc.constant('https://news.example.com/2024/03/16/a-long-article-slug-here'),
  fc.constantFrom(
    'https://news.example.com/2024/03/16/a-long-article-slug-here',
    'https://example.co.uk/',
    'http://127.0.0.1:8080/world/index.html?x=1#y',
    'https://xn--e1afmkfd.xn--p1ai/путь/статья-2024',
    'https://a.b.c.blogspot.com/2024/01/post.html',
  ),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
);
