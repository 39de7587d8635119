/** Words the engine itself says (not from a rule file), in English and Welsh. */
import { ownValue } from './own-keys.js';
import type { BilingualText, Language } from './types.js';

export const engineMessages = {
  defaultLow: {
    en: 'No rule set a risk level, so the level is low: every child who comes back is at least low risk until assessed.',
    cy: "Ni osododd unrhyw reol lefel risg, felly mae'r lefel yn isel: mae pob plentyn sy'n dychwelyd o leiaf yn risg isel nes iddo gael ei asesu.",
  },
  failed: {
    en: 'The rules could not all be run ({detail}). The risk level is set to high until a manager reviews this case by hand.',
    cy: "Nid oedd modd rhedeg pob rheol ({detail}). Mae'r lefel risg wedi'i gosod yn uchel nes bydd rheolwr yn adolygu'r achos hwn â llaw.",
  },
  failedDiscussion: {
    en: 'Whether to talk with a parent or carer could not be decided because the rules failed; withhold it until a manager has reviewed the case.',
    cy: "Nid oedd modd penderfynu a ddylid siarad â rhiant neu ofalwr oherwydd i'r rheolau fethu; peidiwch â gwneud hynny nes bydd rheolwr wedi adolygu'r achos.",
  },
  manualReviewName: {
    en: 'A manager reviews the case by hand',
    cy: "Rheolwr yn adolygu'r achos â llaw",
  },
  manualReview: {
    en: 'A manager must review this case by hand because the rules could not all be run.',
    cy: "Rhaid i reolwr adolygu'r achos hwn â llaw oherwydd nad oedd modd rhedeg pob rheol.",
  },
} satisfies Record<string, BilingualText>;

/** Fills `{name}` placeholders from the facts; an unknown name is left as written so it shows in review. */
export function fillPlaceholders(
  text: string,
  values: Record<string, unknown>,
  lang: Language,
): string {
  return text.replace(/\{([A-Za-z0-9_.-]+)\}/g, (whole, name: string) => {
    const value = ownValue(values, name);
    if (value === undefined || value === null) return whole;
    if (Array.isArray(value)) return value.join(', ');
    if (typeof value === 'boolean') return booleanWords[lang][value ? 1 : 0];
    return String(value);
  });
}

const booleanWords: Record<Language, [string, string]> = { en: ['no', 'yes'], cy: ['na', 'ie'] };

/** The text in the wanted language, falling back to English if a file lacks Welsh. */
export function inLanguage(text: BilingualText, lang: Language): string {
  return text[lang] || text.en;
}
