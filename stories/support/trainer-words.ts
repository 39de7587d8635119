/**
 * The words of the trainers' pages around the components, in English and Welsh. Words the
 * components already have (risk levels, discussion states, consent) come from their own messages,
 * so a trainer reads the same word in the summary as in the panel.
 * The Welsh needs review by a Welsh speaker before release, like the rest of the toolkit's Welsh.
 */
import type { Language } from '@rhi-toolkit/engine';

const words = {
  narrativeHeading: { en: 'What happened', cy: 'Beth ddigwyddodd' },
  narrativeInEnglish: {
    en: '',
    cy: "Mae disgrifiad yr achos wedi'i ysgrifennu yn Saesneg yn unig.",
  },
  expectedHeading: { en: 'What the rules should show', cy: "Beth ddylai'r rheolau ei ddangos" },
  expectedHidden: {
    en: 'Decide what you would do first, then open this to compare.',
    cy: "Penderfynwch beth fyddech chi'n ei wneud yn gyntaf, yna agorwch hwn i gymharu.",
  },
  liveResultHidden: {
    en: 'The live risk panel and the referrals appear here when you show the expected outcome.',
    cy: "Mae'r panel risg byw a'r atgyfeiriadau yn ymddangos yma pan fyddwch yn dangos y canlyniad a ddisgwylir.",
  },
  revealExpected: { en: 'Show the expected outcome', cy: 'Dangos y canlyniad a ddisgwylir' },
  expectedIntro: {
    en: 'With the {ruleset} ruleset, assessed at {now}:',
    cy: "Gyda set reolau {ruleset}, wedi'i asesu am {now}:",
  },
  overridden: {
    en: 'The toolbar has chosen the {chosen} ruleset, so what the panel shows may differ from this.',
    cy: "Mae'r bar offer wedi dewis set reolau {chosen}, felly gall yr hyn a ddangosir yn y panel fod yn wahanol i hyn.",
  },
  riskLevel: { en: 'Risk level', cy: 'Lefel y risg' },
  discussion: { en: 'Discussion with a parent or carer', cy: 'Trafodaeth gyda rhiant neu ofalwr' },
  referralsIncluded: { en: 'Referrals to make', cy: "Atgyfeiriadau i'w gwneud" },
  referralsExcluded: { en: 'Referrals not to make', cy: 'Atgyfeiriadau na ddylid eu gwneud' },
  referralConsent: { en: 'Agreement needed for a referral', cy: 'Cytundeb sydd ei angen ar gyfer atgyfeiriad' },
  actionsIncluded: { en: 'Actions to take', cy: "Camau i'w cymryd" },
  actionsExcluded: { en: 'Actions not expected', cy: 'Camau na ddisgwylir' },
  tryIt: {
    en: 'Try it: change an answer in the form and watch the risk panel and the referrals follow. Nothing you type is kept.',
    cy: "Rhowch gynnig arni: newidiwch ateb yn y ffurflen a gwyliwch y panel risg a'r atgyfeiriadau yn dilyn. Ni chedwir dim a deipiwch.",
  },
  interviewHeading: { en: 'The interview record', cy: 'Cofnod y cyfweliad' },
  referralsHeading: { en: 'Referrals', cy: 'Atgyfeiriadau' },
} satisfies Record<string, Record<Language, string>>;

export type TrainerWordId = keyof typeof words;

/** A trainer-page phrase in the language, with `{name}` placeholders filled. */
export function trainerSays(id: TrainerWordId, lang: Language, values: Record<string, string> = {}): string {
  return words[id][lang].replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`);
}
