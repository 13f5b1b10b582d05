/**
 * Lenient zod schemas of what annotation tools export: W3C Web Annotations (JSON-LD, one, an
 * array, an AnnotationPage or an AnnotationCollection with its first page embedded) and
 * Hypothesis's own JSON (API rows, or the client's export `{annotations: [...]}`). Only the fields
 * Source Context uses are read; strings are capped.
 */
import { z } from '../../models/zod';

const text = z.string().max(100_000);
const short = z.string().max(2_000);
const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema).max(100)]);

export const SelectorSchema = z.looseObject({
  type: short,
  exact: z.string().max(20_000).optional(),
  prefix: text.optional(),
  suffix: text.optional(),
  start: z.number().int().min(0).optional(),
  end: z.number().int().min(0).optional(),
});
export type Selector = z.infer<typeof SelectorSchema>;

const SourceSchema = z.union([z.string().max(8_192), z.looseObject({ id: z.string().max(8_192) })]);

export const TargetSchema = z.union([
  z.string().max(8_192),
  z.looseObject({ source: SourceSchema, selector: oneOrMany(SelectorSchema).optional() }),
]);
export type Target = z.infer<typeof TargetSchema>;

const BodySchema = z.union([
  z.string().max(8_192),
  z.looseObject({ type: short.optional(), value: text.optional(), purpose: short.optional() }),
]);

const hasAnnotationType = (t: string | string[]): boolean =>
  Array.isArray(t) ? t.includes('Annotation') : t === 'Annotation';

export const W3cAnnotationSchema = z.looseObject({
  id: short.optional(),
  type: z.union([short, z.array(short).max(10)]).refine(hasAnnotationType, 'type is not "Annotation"'),
  created: short.optional(),
  modified: short.optional(),
  body: oneOrMany(BodySchema).optional(),
  bodyValue: text.optional(),
  target: oneOrMany(TargetSchema),
});
export type W3cAnnotation = z.infer<typeof W3cAnnotationSchema>;

export const HypothesisRowSchema = z.looseObject({
  id: short.optional(),
  created: short.optional(),
  updated: short.optional(),
  uri: z.string().max(8_192),
  text: text.optional(),
  tags: z.array(short).max(100).optional(),
  target: z
    .array(
      z.looseObject({
        source: z.string().max(8_192).optional(),
        selector: z.array(SelectorSchema).max(20).optional(),
      }),
    )
    .max(10)
    .optional(),
  document: z.looseObject({ title: z.array(short).max(10).optional() }).optional(),
});
export type HypothesisRow = z.infer<typeof HypothesisRowSchema>;
