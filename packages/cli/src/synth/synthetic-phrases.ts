/**
 * The only free text synthetic records hold: short fixed phrases, each marked as synthetic so that
 * nobody can take a generated record for a real one. No names, places or stories are generated.
 */
import type { Language } from '@rhi-toolkit/engine/node';

const english = {
  declineReasons: [
    'Did not want to talk about it (synthetic)',
    'Said everything is fine at home (synthetic)',
    'Already has a worker they trust (synthetic)',
    'Did not want another professional involved (synthetic)',
    'Too busy with school or college (synthetic)',
  ],
  notContactableReasons: ['No answer by phone or at home after three tries (synthetic)', 'Moved placement before contact was made (synthetic)'],
  notOfferedReasons: ['Service not told of the return in time (synthetic)', 'Child already in hospital care (synthetic)'],
  notIndependentReason: 'The child asked for a worker they already know (synthetic)',
  childsWords: ['I just needed to get away for a bit. (synthetic)', 'I was with friends, nothing happened. (synthetic)', "I don't want to talk about where I was. (synthetic)"],
  protectiveFactors: ['Good relationship with a teacher (synthetic)', 'Supportive older sibling (synthetic)', 'Attends a youth club weekly (synthetic)'],
  removalReasons: ['Already supported by this agency (synthetic)', 'Child has the helpline number already (synthetic)', 'Discussed with the manager: not needed now (synthetic)'],
  urgencyLoweredReason: 'Agreed with the duty manager that the next working day is soon enough (synthetic)',
  notToldReason: 'Telling the family could increase the risk (synthetic)',
  addedReason: 'The worker judged this agency could help (synthetic)',
  noReferralsReason: 'The child is already well supported; no referral needed (synthetic)',
  summary: (agency: string) => `Synthetic referral to ${agency}: not real data.`,
  lawfulBasis: 'Public task (synthetic)',
  pullFactorsOther: 'Wanted to see an older friend (synthetic)',
  areas: ['Town centre (synthetic)', 'North district (synthetic)', 'Riverside estate (synthetic)', 'Neighbouring city (synthetic)'],
};

type Phrases = typeof english;

const welsh: Phrases = {
  declineReasons: [
    "Nid oedd eisiau siarad amdano (synthetig)",
    "Dywedodd fod popeth yn iawn gartref (synthetig)",
    "Mae ganddo weithiwr y mae'n ymddiried ynddo eisoes (synthetig)",
    "Nid oedd eisiau gweithiwr proffesiynol arall (synthetig)",
    "Rhy brysur gyda'r ysgol neu'r coleg (synthetig)",
  ],
  notContactableReasons: ["Dim ateb dros y ffôn nac yn y cartref ar ôl tri chynnig (synthetig)", "Symudodd leoliad cyn cysylltu (synthetig)"],
  notOfferedReasons: ["Ni chafodd y gwasanaeth wybod am y dychwelyd mewn pryd (synthetig)", "Y plentyn eisoes dan ofal ysbyty (synthetig)"],
  notIndependentReason: "Gofynnodd y plentyn am weithiwr y mae eisoes yn ei adnabod (synthetig)",
  childsWords: ["Roedd angen i mi fynd i ffwrdd am ychydig. (synthetig)", "Roeddwn i gyda ffrindiau, ddigwyddodd dim byd. (synthetig)", "Dydw i ddim eisiau siarad am ble roeddwn i. (synthetig)"],
  protectiveFactors: ["Perthynas dda ag athro (synthetig)", "Brawd neu chwaer hŷn cefnogol (synthetig)", "Mynd i glwb ieuenctid bob wythnos (synthetig)"],
  removalReasons: ["Eisoes yn cael cymorth gan yr asiantaeth hon (synthetig)", "Mae gan y plentyn rif y llinell gymorth eisoes (synthetig)", "Trafodwyd gyda'r rheolwr: dim angen nawr (synthetig)"],
  urgencyLoweredReason: "Cytunwyd gyda'r rheolwr dyletswydd fod y diwrnod gwaith nesaf yn ddigon buan (synthetig)",
  notToldReason: "Gallai dweud wrth y teulu gynyddu'r risg (synthetig)",
  addedReason: "Barnodd y gweithiwr y gallai'r asiantaeth hon helpu (synthetig)",
  noReferralsReason: "Mae'r plentyn eisoes yn cael cymorth da; dim angen atgyfeiriad (synthetig)",
  summary: (agency) => `Atgyfeiriad synthetig at ${agency}: nid data go iawn.`,
  lawfulBasis: 'Tasg gyhoeddus (synthetig)',
  pullFactorsOther: 'Eisiau gweld ffrind hŷn (synthetig)',
  areas: ['Canol y dref (synthetig)', 'Ardal y gogledd (synthetig)', "Ystad glan yr afon (synthetig)", 'Dinas gyfagos (synthetig)'],
};

/** The phrases in the language the records are written in. */
export function syntheticPhrases(lang: Language): Phrases {
  return lang === 'cy' ? welsh : english;
}
