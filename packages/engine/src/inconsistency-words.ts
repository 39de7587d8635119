/**
 * What the assessment says about dates in an impossible order (chronology.ts), in English and
 * Welsh: what is wrong, which two answers, and what to do.
 */
import type { ChronologyKind, ChronologyProblem } from './chronology.js';
import { dottedPath } from './schema-problems.js';
import type { BilingualText, Inconsistency, Language } from './types.js';

const whatIsWrong: Record<ChronologyKind, BilingualText> = {
  'returned-before-reported-missing': {
    en: 'The child is recorded as coming back before they were reported missing.',
    cy: "Mae'r cofnod yn dweud bod y plentyn wedi dod yn ôl cyn iddo gael ei adrodd ar goll.",
  },
  'interview-before-return': {
    en: 'The return interview is recorded as held before the child came back.',
    cy: "Mae'r cofnod yn dweud bod y cyfweliad dychwelyd wedi'i gynnal cyn i'r plentyn ddod yn ôl.",
  },
  'offer-before-return': {
    en: 'The return interview is recorded as offered before the child came back.',
    cy: "Mae'r cofnod yn dweud bod y cyfweliad dychwelyd wedi'i gynnig cyn i'r plentyn ddod yn ôl.",
  },
  'previous-episode-after-this-one': {
    en: 'A previous episode is recorded as happening after this episode began.',
    cy: "Mae'r cofnod yn dweud bod cyfnod blaenorol wedi digwydd ar ôl i'r cyfnod hwn ddechrau.",
  },
  'previous-episode-returned-before-missing': {
    en: 'A previous episode is recorded as ending before it began.',
    cy: "Mae'r cofnod yn dweud bod cyfnod blaenorol wedi dod i ben cyn iddo ddechrau.",
  },
};

const whatToDo: Record<Language, (fields: string) => string> = {
  en: (fields) =>
    `Check both answers (${fields}): one of them is wrong. Until they are corrected the assessment is provisional, no length of time is worked out from them, and the risk level follows the more serious reading of the dates.`,
  cy: (fields) =>
    `Gwiriwch y ddau ateb (${fields}): mae un ohonynt yn anghywir. Nes iddynt gael eu cywiro mae'r asesiad dros dro, ni chyfrifir unrhyw gyfnod o amser ohonynt, ac mae'r lefel risg yn dilyn y darlleniad mwyaf difrifol o'r dyddiadau.`,
};

const and: Record<Language, string> = { en: 'and', cy: 'a' };

/** The assessment's `inconsistencies`: each problem with both answers named and words to act on. */
export function inconsistenciesOf(problems: readonly ChronologyProblem[], lang: Language): Inconsistency[] {
  return problems.map(({ kind, pointer, otherPointer }) => {
    const fields: [string, string] = [dottedPath(pointer), dottedPath(otherPointer)];
    return {
      kind,
      pointers: [pointer, otherPointer],
      fields,
      message: `${whatIsWrong[kind][lang]} ${whatToDo[lang](`${fields[0]} ${and[lang]} ${fields[1]}`)}`,
    };
  });
}
