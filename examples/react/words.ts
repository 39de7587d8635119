// The example page's own words, in English and Welsh (the components bring their own).
import type { Assessment, Language } from '@rhi-toolkit/engine';

const levelsEn: Record<Assessment['riskLevel'], string> = { high: 'High', medium: 'Medium', low: 'Low', 'no-apparent-risk': 'No apparent risk' };
const levelsCy: Record<Assessment['riskLevel'], string> = { high: 'Uchel', medium: 'Canolig', low: 'Isel', 'no-apparent-risk': 'Dim risg amlwg' };

export const words = {
  en: {
    languageName: 'English',
    council: "Example Council · Children's services",
    title: 'Return home interview',
    caseReference: 'Case reference:',
    notAssessed: 'Not assessed yet.',
    latest: ({ riskLevel, provisional, missing }: Assessment) =>
      `Latest assessment: ${levelsEn[riskLevel]}${provisional ? ` (provisional; answers the rules still need: ${missing.length})` : ''}.`,
    recordReceived: 'Interview record received by the app. This example sends nothing: saveRecord in main.tsx posts it to your case system.',
    referralsReceived: (count: number) => `Referrals confirmed (${count}): they are saved with the interview record.`,
    saveFailed: 'The case system did not accept the record. Nothing is lost: the draft stays on this device. Try again.',
    rulesetFailed: 'The rules for this area could not be loaded, so nothing can be assessed. Reload the page, or tell your system administrator.',
  },
  cy: {
    languageName: 'Cymraeg',
    council: 'Cyngor Enghreifftiol · Gwasanaethau plant',
    title: 'Cyfweliad dychwelyd adref',
    caseReference: 'Cyfeirnod yr achos:',
    notAssessed: 'Heb ei asesu eto.',
    latest: ({ riskLevel, provisional, missing }: Assessment) =>
      `Yr asesiad diweddaraf: ${levelsCy[riskLevel]}${provisional ? ` (dros dro; atebion sydd eu hangen ar y rheolau o hyd: ${missing.length})` : ''}.`,
    recordReceived: "Mae'r ap wedi cael cofnod y cyfweliad. Nid yw'r enghraifft hon yn anfon dim: mae saveRecord yn main.tsx yn ei anfon i'ch system achosion.",
    referralsReceived: (count: number) => `Atgyfeiriadau wedi'u cadarnhau (${count}): cânt eu cadw gyda chofnod y cyfweliad.`,
    saveFailed: "Ni dderbyniodd y system achosion y cofnod. Nid oes dim wedi'i golli: mae'r drafft yn aros ar y ddyfais hon. Rhowch gynnig arall arni.",
    rulesetFailed: "Nid oedd modd llwytho'r rheolau ar gyfer yr ardal hon, felly nid oes modd asesu dim. Ail-lwythwch y dudalen, neu dywedwch wrth weinyddwr eich system.",
  },
} satisfies Record<Language, unknown>;

export function otherLanguage(lang: Language): Language {
  return lang === 'en' ? 'cy' : 'en';
}
