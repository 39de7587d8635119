/** "Did you mean …?" for a mistyped name, using edit distance. */
import { distance } from 'fastest-levenshtein';
import { schemaWordsFor as wordsFor } from './schema-problem-words.js';
import type { Language } from './types.js';

/** The closest candidate, if it is close enough to be what was meant. */
export function closestMatch(typed: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lowerTyped = typed.toLowerCase();
  for (const candidate of candidates) {
    const candidateDistance = distance(lowerTyped, candidate.toLowerCase());
    if (candidateDistance < bestDistance) {
      best = candidate;
      bestDistance = candidateDistance;
    }
  }
  const tolerance = Math.max(2, Math.floor(typed.length / 3));
  return bestDistance <= tolerance ? best : undefined;
}

export function didYouMean(typed: string, candidates: Iterable<string>, lang: Language = 'en'): string | undefined {
  const match = closestMatch(typed, candidates);
  return match === undefined ? undefined : wordsFor(lang).didYouMean(match);
}
