/**
 * What one item of a list is called ("Previous episode 1", "Remove previous episode 1"): the
 * layout's `itemLabel`, else the items' own `title`, else an English singular of the list's title.
 * No package here: `pluralize` would add about 2 KB gzipped to every council's page for the
 * handful of rules a list title needs, and a schema author who wants another name writes `items.title`.
 */
import type { UiWords } from '../i18n/ui-words.js';
import type { FieldNode } from './field-tree.js';
import type { Words } from './layout-types.js';

const IRREGULAR: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman' };
/** Words before the noun that do not belong in an item's name ("Which countries…", "Your addresses"). */
const LEADING = new Set(['which', 'what', 'list', 'of', 'any', 'all', 'the', 'your', 'their', 'other', 'enter', 'add']);
/** Words ending in "s" that are not plural nouns. */
const NOT_PLURAL = new Set(['was', 'has', 'does', 'yes', 'its', 'this', 'thus', 'always', 'perhaps', 'across', 'towards', 'sometimes', 'news']);

/** The singular of one English word, or undefined when it does not read as a plural. */
function singularWord(word: string): string | undefined {
  const lower = word.toLowerCase();
  const irregular = IRREGULAR[lower];
  if (irregular) return word.charAt(0) === lower.charAt(0) ? irregular : irregular.charAt(0).toUpperCase() + irregular.slice(1);
  if (!/^[a-z]+$/i.test(word) || lower.length < 3 || NOT_PLURAL.has(lower) || /(ss|us|is)$/.test(lower)) return undefined;
  if (/(series|species)$/.test(lower)) return word;
  if (/[^aeiou]ies$/.test(lower)) return `${word.slice(0, -3)}y`;
  // "addresses", "matches", "boxes" lose "es"; "headaches", "caches", "niches" only "s".
  if (/(ss|sh|ch|x|zz)es$/.test(lower) && !/([^eo]ache|iche)s$/.test(lower)) return word.slice(0, -2);
  if (lower.endsWith('s')) return word.slice(0, -1);
  return undefined;
}

/**
 * An English name for one item of a list titled `title`: the words up to its first plural noun, that
 * noun made singular ("Previous episodes" → "Previous episode", "People the child was with" →
 * "Person"); undefined when no plural can be found ("Shared with").
 */
export function englishSingular(title: string): string | undefined {
  const words = title.trim().replace(/[?.!:]+$/, '').split(/\s+/);
  while (words.length > 1 && LEADING.has(words[0]!.toLowerCase())) words.shift();
  for (let index = 0; index < words.length; index += 1) {
    const singular = singularWord(words[index]!);
    if (!singular) continue;
    const name = [...words.slice(0, index), singular].join(' ');
    return name.charAt(0).toUpperCase() + name.slice(1);
  }
  return undefined;
}

/**
 * The item name a list's schema gives: its items' title (Welsh from their `x-rhi-cy`), or the English
 * singular of the list's title with no Welsh (the form says "Eitem" then), or none at all.
 */
export function schemaItemLabel(items: { title?: string; 'x-rhi-cy'?: { title?: string } } | undefined, listTitle: Words): Words | undefined {
  if (items?.title) return { en: items.title, cy: items['x-rhi-cy']?.title ?? items.title };
  const singular = englishSingular(listTitle.en);
  return singular ? { en: singular, cy: '' } : undefined;
}

/** One item's name in the form's language; "Item" / "Eitem" when the schema gives none in it. */
export function itemNameOf(field: FieldNode, words: UiWords): string {
  return field.itemLabel?.[words.language] || words.say('repeatable.itemFallback');
}

/** The name inside a sentence ("Add another previous episode"), keeping acronyms ("GP surgery"). */
export function inSentence(name: string, language: string): string {
  if (/^\p{Lu}{2}/u.test(name)) return name;
  return name.charAt(0).toLocaleLowerCase(language) + name.slice(1);
}
