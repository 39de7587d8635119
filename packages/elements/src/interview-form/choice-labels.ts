/**
 * Every choice a person reads is labelled by a person, in English and Welsh, in the schema
 * (`x-rhi-enum-labels`). A choice without a label is a mistake in the schema, reported with its
 * JSON pointer and the fix; the form never makes a label up from the value's id. Numbers and
 * booleans are not ids: they are shown as the number, and as Yes and No.
 */
import type { JsonSchema } from './layout-types.js';
import { pointerStep } from './json-pointer.js';

const LANGUAGES = ['en', 'cy'] as const;

/** The schema's choices that lack an English or Welsh label, as problems a web team can act on. */
export function choiceLabelProblems(schema: JsonSchema, pointer = ''): string[] {
  const problems: string[] = [];
  const labels = schema['x-rhi-enum-labels'];
  const listed = schema.type === 'array' ? undefined : schema.enum;
  for (const value of listed ?? []) {
    // A number reads as itself and true/false as the form's own Yes and No: only ids need words.
    if (typeof value !== 'string') continue;
    for (const lang of LANGUAGES) {
      if (typeof labels?.[lang]?.[String(value)] === 'string' && labels[lang]![String(value)]!.trim() !== '') continue;
      problems.push(
        `The schema at '${pointer || '/'}' has no ${lang === 'en' ? 'English' : 'Welsh'} label for the choice '${String(value)}'. ` +
          `Add "${String(value)}": "…" under "x-rhi-enum-labels": { "${lang}": { … } } there (written for the people who read it, not the id).`,
      );
    }
  }
  if (schema.type === 'array' && schema.items) {
    // A list's labels may sit on the list or on its items.
    const items = schema.items.enum && !schema.items['x-rhi-enum-labels'] ? { ...schema.items, 'x-rhi-enum-labels': labels } : schema.items;
    problems.push(...choiceLabelProblems(items, `${pointer}/items`));
  }
  for (const [name, property] of Object.entries(schema.properties ?? {})) {
    problems.push(...choiceLabelProblems(property, `${pointer}/properties/${pointerStep(name)}`));
  }
  return problems;
}
