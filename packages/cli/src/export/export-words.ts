/**
 * The words of `rhi export` in English and Welsh: its help, its usage errors and what it says on
 * stderr, including the SSDA903 checks' messages. The checks are worded here, not copied from the
 * DfE's list: each names the 903 field and the answer to fix, so the person knows what to change.
 *
 * The Welsh was written by the developers and needs a Welsh speaker's check before release, like
 * the rest of the toolkit's Welsh.
 */
import type { Language } from '@rhi-toolkit/engine/node';
import type { RuleCode } from './ssda903-checks.js';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

const english = {
  help: `Usage: rhi export RECORDS.ndjson --format ssda903-missing|annex-a-list8|ssd-missing
                  [--from DATE] [--to DATE] [--output FILE] [--ruleset ID|PATH] [--jobs N] [--strict]

Writes the missing episodes in interview records (the same records as rhi report) as a CSV
file a council loads into a return. "-" reads stdin. Columns, codes and how each comes from
the answers: docs/exports.md.

  --format ssda903-missing   the children looked after return's Missing table:
                             CHILD,DOB,MISSING,MIS_START,MIS_END (looked-after children only)
  --format annex-a-list8     Ofsted's Annex A list 8: episodes missing and absent, and the
                             return interview offered and accepted, per looked-after child
  --format ssd-missing       the Standard Safeguarding Dataset's ssd_missing table (every child)
  --from DATE, --to DATE     the period, YYYY-MM-DD on the locality's clock, both days
                             included: episodes with any part in it. For the 903, the
                             collection year: --from 2025-04-01 --to 2026-03-31
  --output FILE              write to FILE (whole or not at all) instead of stdout
  --ruleset ID|PATH          the locality: its clock and its own questions (default england)
  --strict                   write nothing and exit 1 when any SSDA903 check fails
  --jobs N                   read the records on N threads (default: the machine's cores);
                             the file is the same whatever N is

Before writing, the SSDA903's own checks (rules 1004, 1005, 1006, 564, 565, 566, 567, 570,
571, 574, 586) are run on the rows; each failure is printed as  file:line  rule N: …  and the
file is still written (exit 0) unless --strict is given. A line that cannot be read, or an
exported episode without a childId, writes nothing and exits 1.`,

  rule: {
    '1004': 'MIS_START is blank or not a date: record when the child was last seen (episode.lastSeenAt) or reported missing (episode.reportedMissingAt)',
    '1005': 'MIS_END is not a date: check when the child came back (episode.returnedAt)',
    '1006': 'MISSING must be M (missing) or A (away from placement without authorisation)',
    '564': 'the child was missing or away from placement but MIS_START is blank: record episode.lastSeenAt or episode.reportedMissingAt',
    '565': 'MIS_START is given but MISSING is blank: record whether the child was missing or away from placement (episode.type)',
    '566': 'MIS_END is given but MISSING is blank: record whether the child was missing or away from placement (episode.type)',
    '567': 'MIS_END is before MIS_START: check episode.returnedAt against episode.lastSeenAt (else episode.reportedMissingAt)',
    '570': 'MIS_START is after the end of the collection year (--to)',
    '571': 'MIS_END is before the start or after the end of the collection year (--from, --to)',
    '574': 'this period starts while an earlier one is still open, or overlaps it: periods of being missing or away must not overlap',
    '586': "MIS_START is on or before the child's date of birth: check child.dateOfBirth and the episode's start",
  } satisfies Record<RuleCode, string>,
  previousPeriod: (line: number) => `the earlier period is on line ${line}`,
  row: (child: string, start: string) => `CHILD ${child}, MIS_START ${start === '' ? 'blank' : start}`,
  earlierEpisode: (index: number) => `earlier episode ${index} covered by this interview`,
  failure: (location: string, rule: string, message: string, row: string) => `${location}  rule ${rule}: ${message} (${row})`,

  noChildId: "this episode has no 'childId': the return needs the child's identifier in your case system — add \"childId\" to the record",
  repeated: (location: string, keptLocation: string) => `${location}  note: the same episode as ${keptLocation} (same child, reported missing at the same time); it is written once, from ${keptLocation}`,

  stderr: {
    written: (path: string) => `rhi export: written to ${path}`,
    failedChecks: (count: number) =>
      `rhi export: ${count} SSDA903 ${plural(count, 'check', 'checks')} failed; the file was written all the same — correct the records and export again (--strict writes nothing while a check fails)`,
    refused: (count: number) => `rhi export: ${count} SSDA903 ${plural(count, 'check', 'checks')} failed, so nothing was written (--strict) — correct the records and export again`,
    unreadable: (count: number, file: string) =>
      `rhi export: ${count} ${plural(count, 'line', 'lines')} of ${file} could not be used, so nothing was written — an export must hold every episode; fix ${plural(count, 'it', 'them')} and export again`,
    moreProblems: (count: number) => `… and ${count} more`,
  },

  usage: {
    missingFormat: 'rhi export: --format is needed: ssda903-missing, annex-a-list8 or ssd-missing',
    badFormat: (format: string) => `rhi export: --format must be ssda903-missing, annex-a-list8 or ssd-missing, not '${format}'`,
    badDate: (option: string, text: string) => `rhi export: ${option} must be a date written YYYY-MM-DD, such as 2026-03-31, not '${text}'`,
    fromAfterTo: (from: string, to: string) => `rhi export: --from ${from} is after --to ${to} — give the earlier date to --from`,
  },
};

export type ExportWords = typeof english;

const welsh: ExportWords = {
  help: `Defnydd: rhi export COFNODION.ndjson --format ssda903-missing|annex-a-list8|ssd-missing
                  [--from DYDDIAD] [--to DYDDIAD] [--output FFEIL] [--ruleset ID|LLWYBR] [--jobs N] [--strict]

Yn ysgrifennu'r cyfnodau ar goll yn y cofnodion cyfweliad (yr un cofnodion â rhi report) fel
ffeil CSV y mae cyngor yn ei llwytho i ffurflen. Mae "-" yn darllen stdin. Y colofnau, y codau
a sut y daw pob un o'r atebion: docs/exports.md.

  --format ssda903-missing   tabl Missing ffurflen y plant sy'n derbyn gofal:
                             CHILD,DOB,MISSING,MIS_START,MIS_END (plant sy'n derbyn gofal yn unig)
  --format annex-a-list8     rhestr 8 Atodiad A Ofsted: cyfnodau ar goll ac absennol, a'r
                             cyfweliad dychwelyd a gynigiwyd ac a dderbyniwyd, fesul plentyn
  --format ssd-missing       tabl ssd_missing y Set Ddata Diogelu Safonol (pob plentyn)
  --from DYDDIAD, --to DYDDIAD  y cyfnod, BBBB-MM-DD ar gloc yr ardal, gan gynnwys y ddau
                             ddiwrnod: cyfnodau ag unrhyw ran ynddo. Ar gyfer y 903, y
                             flwyddyn gasglu: --from 2025-04-01 --to 2026-03-31
  --output FFEIL             ysgrifennu i FFEIL (yn gyfan neu ddim o gwbl) yn lle stdout
  --ruleset ID|LLWYBR        yr ardal: ei chloc a'i chwestiynau ei hun (rhagosodiad england)
  --strict                   peidio ag ysgrifennu dim a gadael â 1 pan fo unrhyw wiriad SSDA903 yn methu
  --jobs N                   darllen y cofnodion ar N o edafedd (rhagosodiad: creiddiau'r
                             peiriant); mae'r ffeil yr un fath beth bynnag yw N

Cyn ysgrifennu, caiff gwiriadau'r SSDA903 ei hun (rheolau 1004, 1005, 1006, 564, 565, 566, 567,
570, 571, 574, 586) eu rhedeg ar y rhesi; caiff pob methiant ei argraffu fel  ffeil:llinell  rheol N: …
ac mae'r ffeil yn dal i gael ei hysgrifennu (gadael â 0) oni roddir --strict. Mae llinell nad oes
modd ei darllen, neu gyfnod heb childId, yn golygu nad oes dim yn cael ei ysgrifennu (gadael â 1).`,

  rule: {
    '1004': "mae MIS_START yn wag neu ddim yn ddyddiad: cofnodwch pryd y gwelwyd y plentyn ddiwethaf (episode.lastSeenAt) neu pryd yr adroddwyd ei fod ar goll (episode.reportedMissingAt)",
    '1005': "nid yw MIS_END yn ddyddiad: gwiriwch pryd y daeth y plentyn yn ôl (episode.returnedAt)",
    '1006': "rhaid i MISSING fod yn M (ar goll) neu A (i ffwrdd o'r lleoliad heb ganiatâd)",
    '564': "roedd y plentyn ar goll neu i ffwrdd o'r lleoliad ond mae MIS_START yn wag: cofnodwch episode.lastSeenAt neu episode.reportedMissingAt",
    '565': "rhoddwyd MIS_START ond mae MISSING yn wag: cofnodwch a oedd y plentyn ar goll neu i ffwrdd o'r lleoliad (episode.type)",
    '566': "rhoddwyd MIS_END ond mae MISSING yn wag: cofnodwch a oedd y plentyn ar goll neu i ffwrdd o'r lleoliad (episode.type)",
    '567': "mae MIS_END cyn MIS_START: gwiriwch episode.returnedAt yn erbyn episode.lastSeenAt (neu episode.reportedMissingAt)",
    '570': "mae MIS_START ar ôl diwedd y flwyddyn gasglu (--to)",
    '571': "mae MIS_END cyn dechrau neu ar ôl diwedd y flwyddyn gasglu (--from, --to)",
    '574': "mae'r cyfnod hwn yn dechrau tra bo cyfnod cynharach yn dal ar agor, neu'n gorgyffwrdd ag ef: ni ddylai cyfnodau ar goll neu i ffwrdd orgyffwrdd",
    '586': "mae MIS_START ar ddyddiad geni'r plentyn neu cyn hynny: gwiriwch child.dateOfBirth a dechrau'r cyfnod",
  },
  previousPeriod: (line) => `mae'r cyfnod cynharach ar linell ${line}`,
  row: (child, start) => `CHILD ${child}, MIS_START ${start === '' ? 'gwag' : start}`,
  earlierEpisode: (index) => `cyfnod cynharach ${index} sydd yn rhan o'r cyfweliad hwn`,
  failure: (location, rule, message, row) => `${location}  rheol ${rule}: ${message} (${row})`,

  noChildId: "nid oes 'childId' i'r cyfnod hwn: mae'r ffurflen angen dynodwr y plentyn yn eich system achosion — ychwanegwch \"childId\" at y cofnod",
  repeated: (location, keptLocation) => `${location}  nodyn: yr un cyfnod â ${keptLocation} (yr un plentyn, adroddwyd ar goll ar yr un pryd); caiff ei ysgrifennu unwaith, o ${keptLocation}`,

  stderr: {
    written: (path) => `rhi export: wedi'i ysgrifennu i ${path}`,
    failedChecks: (count) =>
      `rhi export: methodd ${count} o wiriadau SSDA903; ysgrifennwyd y ffeil serch hynny — cywirwch y cofnodion ac allforio eto (nid yw --strict yn ysgrifennu dim tra bo gwiriad yn methu)`,
    refused: (count) => `rhi export: methodd ${count} o wiriadau SSDA903, felly ni ysgrifennwyd dim (--strict) — cywirwch y cofnodion ac allforio eto`,
    unreadable: (count, file) =>
      `rhi export: nid oedd modd defnyddio ${count} o linellau ${file}, felly ni ysgrifennwyd dim — rhaid i allforiad gynnwys pob cyfnod; trwsiwch nhw ac allforio eto`,
    moreProblems: (count) => `… a ${count} arall`,
  },

  usage: {
    missingFormat: 'rhi export: mae angen --format: ssda903-missing, annex-a-list8 neu ssd-missing',
    badFormat: (format) => `rhi export: rhaid i --format fod yn ssda903-missing, annex-a-list8 neu ssd-missing, nid '${format}'`,
    badDate: (option, text) => `rhi export: rhaid i ${option} fod yn ddyddiad ar ffurf BBBB-MM-DD, fel 2026-03-31, nid '${text}'`,
    fromAfterTo: (from, to) => `rhi export: mae --from ${from} ar ôl --to ${to} — rhowch y dyddiad cynharaf i --from`,
  },
};

const wordsByLanguage: Record<Language, ExportWords> = { en: english, cy: welsh };

/** The export's words in one language. */
export function exportWordsIn(lang: Language): ExportWords {
  return wordsByLanguage[lang];
}
