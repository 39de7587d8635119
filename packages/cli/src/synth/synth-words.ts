/** The fixed words of `rhi synth` in English and Welsh: its usage problems and its closing line. */
import type { Language } from '@rhi-toolkit/engine/node';

const english = {
  missingCount: "rhi synth: give --count N, how many records to write — see 'rhi synth --help'",
  badWholeNumber: (option: string, text: string, min: number, max: number) => `rhi synth: ${option} must be a whole number from ${min} to ${max}, not '${text}'`,
  badDate: (text: string) => `rhi synth: --from must be a date written YYYY-MM-DD, such as 2025-04-01, not '${text}'`,
  bothAssessmentOptions: 'rhi synth: give --assessments or --no-assessments, not both',
  written: (count: number, path: string) => `rhi synth: ${count} synthetic ${count === 1 ? 'record' : 'records'} written to ${path}`,
};

type SynthWords = typeof english;

const welsh: SynthWords = {
  missingCount: "rhi synth: rhowch --count N, faint o gofnodion i'w hysgrifennu — gweler 'rhi synth --help'",
  badWholeNumber: (option, text, min, max) => `rhi synth: rhaid i ${option} fod yn rhif cyfan o ${min} i ${max}, nid '${text}'`,
  badDate: (text) => `rhi synth: rhaid i --from fod yn ddyddiad ar ffurf BBBB-MM-DD, fel 2025-04-01, nid '${text}'`,
  bothAssessmentOptions: 'rhi synth: rhowch --assessments neu --no-assessments, nid y ddau',
  written: (count, path) => `rhi synth: ${count} o gofnodion synthetig wedi'u hysgrifennu i ${path}`,
};

export function synthWordsIn(lang: Language): SynthWords {
  return lang === 'cy' ? welsh : english;
}
