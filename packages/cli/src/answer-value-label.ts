/**
 * The interview schema's label for one answer's value (`interview.delayReason` = `notified-late`
 * reads "The service was told of the return late"), so the command line words a value as the form
 * does; the value itself when the schema has no label for it.
 */
import type { Language } from '@rhi-toolkit/engine/node';
import { isPlainObject } from './json-input.js';
import { schemaForHints } from './schema-hints.js';

export function answerValueLabel(path: string, value: string, lang: Language): string {
  let property: unknown = schemaForHints('interview.schema.json');
  for (const step of path.split('.')) property = isPlainObject(property) && isPlainObject(property.properties) ? property.properties[step] : undefined;
  const labels = isPlainObject(property) ? property['x-rhi-enum-labels'] : undefined;
  const inLanguage = isPlainObject(labels) ? labels[lang] : undefined;
  const label = isPlainObject(inLanguage) ? inLanguage[value] : undefined;
  return typeof label === 'string' ? label : value;
}
