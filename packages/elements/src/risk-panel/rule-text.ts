/**
 * A rule's text as a reader needs it: the ruleset's settings written in, not named. Rule files
 * refer to a setting as a placeholder (`{settings.offerWithinHours}`) or by its path in prose
 * ("repeatEpisodes.count episodes within repeatEpisodes.withinDays days"); either becomes the value
 * this ruleset sets ("3 episodes within 90 days"). A setting that is not a number or text (yes/no,
 * a list) is left as written, since its value alone would not read as a sentence.
 */
import type { Settings } from '@rhi-toolkit/engine';

const settingsText = new WeakMap<Settings, [RegExp, Map<string, string>]>();

/** Every number and text setting by its dotted path (`repeatEpisodes.withinDays` → "90"). */
function scalarSettings(value: unknown, prefix: string, into: Map<string, string>): Map<string, string> {
  if (typeof value === 'number' || typeof value === 'string') into.set(prefix, String(value));
  else if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [key, child] of Object.entries(value)) scalarSettings(child, prefix ? `${prefix}.${key}` : key, into);
  }
  return into;
}

function matcherFor(settings: Settings): [RegExp, Map<string, string>] {
  let found = settingsText.get(settings);
  if (!found) {
    const values = scalarSettings(settings, '', new Map());
    // Longest paths first, so `overnight.from` is never read as a shorter path that prefixes it.
    const paths = [...values.keys()].sort((a, b) => b.length - a.length).map((path) => path.replaceAll('.', '\\.'));
    const pattern = new RegExp(`\\{settings\\.(${paths.join('|')})\\}|\\b(?:settings\\.)?(${paths.filter((path) => path.includes('.')).join('|')})\\b`, 'g');
    found = [pattern, values];
    settingsText.set(settings, found);
  }
  return found;
}

export function withSettings(text: string, settings: Settings | undefined): string {
  if (!settings) return text;
  const [pattern, values] = matcherFor(settings);
  return text.replace(pattern, (whole, placeholder: string | undefined, named: string | undefined) => values.get(placeholder ?? named ?? '') ?? whole);
}
