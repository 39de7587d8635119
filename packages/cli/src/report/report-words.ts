/**
 * The fixed words of `rhi report` in English and Welsh: the Markdown and CSV renderings, the lines
 * on stderr and the problems with record lines. Labels of indicators, push factors, outcomes and
 * agencies come from the schema and the ruleset (report-labels.ts); the HTML page has its own
 * words (report-html-words.ts).
 *
 * The Welsh was written by the developers and needs a Welsh speaker's check before release, like
 * the rest of the toolkit's Welsh.
 */
import { valueLabels, type Language } from '@rhi-toolkit/engine/node';
import type { ReportOutcome, ReportRiskLevel } from './service-report.js';

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

const english = {
  title: 'Return Home Interviews: service report',
  period: {
    between: (from: string, to: string) => `Returns from ${from} to ${to}, both days included.`,
    from: (from: string) => `Returns on or after ${from}.`,
    to: (to: string) => `Returns on or before ${to}.`,
    any: 'Every return, whatever its date.',
  },
  ruleset: (id: string, version: string) => `Ruleset: ${id}, version ${version}.`,
  noFigure: 'no figure',
  none: 'None recorded.',
  yes: 'yes',
  no: 'no',

  column: {
    measure: 'Measure',
    number: 'Number',
    percent: 'Percentage',
    reason: 'Reason',
    agency: 'Agency',
    riskLevel: 'Risk level',
    indicator: 'Sign of risk',
    pushFactor: 'Why the child left',
    records: 'Records',
    outcome: 'Outcome',
    youngPeople: 'Young people',
    baselineAverage: 'Average rating at the interview',
    followUpAverage: 'Average rating after follow-up',
    averagePercentChange: 'Average % change',
  },

  section: {
    records: 'Records',
    episodes: 'Episodes and children',
    interviews: 'Interviews',
    declineReasons: 'Reasons children gave for declining',
    riskLevels: 'Risk after return',
    indicators: 'Signs of risk',
    pushFactors: 'Why children left (push factors)',
    referrals: 'Referrals',
    referralsMade: 'Referrals made, by agency',
    referralsRecommended: 'Referrals the rules recommended, by agency',
    signposts: 'Services given to the child (signposts, not referrals), by service',
    removalReasons: 'Why recommended referrals were not made',
    outcomes: 'Outcomes after follow-up support',
  },

  measure: {
    read: 'Records read',
    inPeriod: 'Records in the period',
    unreadable: 'Lines that could not be read (not counted anywhere else)',
    withoutChildId: 'Records in the period without a child id (each counted as a child of its own)',
    withoutReturnedAt: 'Records in the period without a return time',
    episodes: 'Missing episodes (records in the period)',
    children: 'Children',
    childrenWithTwoOrMore: 'Children with two or more episodes',
    childrenAtRepeatThreshold: (count: number, days: number) => `Children with ${count} or more episodes within ${days} days (the repeat threshold)`,
    offered: 'Interviews offered',
    offeredWithin: (hours: number) => `Offered within ${hours} hours of the return`,
    offeredWithinPercent: (hours: number) => `Percentage offered within ${hours} hours`,
    accepted: 'Accepted by the child',
    declined: 'Declined by the child',
    notContactable: 'The child could not be contacted',
    notOffered: 'Not offered',
    outcomeNotRecorded: 'Outcome of the offer not recorded',
    medianHours: 'Median hours from the return to the interview',
    interviewsTimed: 'Interviews with the return and interview times recorded',
    assessmentsStored: 'Risk levels from stored assessments',
    assessedNow: 'Risk levels from assessing the answers now',
    notAssessed: 'Records not assessed (no risk level)',
    packages: 'Records with a referral package',
    recommendedRemoved: 'Recommended referrals the worker decided not to make',
    youngPeople: 'Young people rated at the interview and after follow-up',
  },

  riskLevels: valueLabels.riskLevel.en satisfies Record<ReportRiskLevel, string>,
  riskShare: 'Percentages are of the records with a risk level.',
  /** The six outcomes by name, as <rhi-outcomes-chart> names them (the schema words them as questions to the child). */
  outcomes: {
    safeHappyHome: 'A safer, happier place to live',
    reducedRisk: 'Safety from harm',
    familyRelationships: 'Family relationships',
    educationProspects: 'Education prospects',
    confidence: 'Confidence and self-esteem',
    positiveFuture: 'Outlook on the future',
  } satisfies Record<ReportOutcome, string>,
  otherReasons: 'Other reasons',
  noReasonRecorded: 'No reason recorded',

  outcomesExplained:
    'For each outcome, over the young people rated at the interview and again after follow-up support, the average change in their rating as a percentage of their rating at the interview: above zero, things got better.',
  smallNumberMarker: ' *',
  smallNumberCaution: (threshold: number) =>
    `* Fewer than ${threshold} young people were rated: one more rating could change this figure a lot, so treat it with care.`,

  csv: {
    unreadableLabel: 'Lines that could not be read',
    declineReason: (reason: string) => `Reason for declining: ${reason}`,
    removalReason: (reason: string) => `Reason a recommended referral was not made: ${reason}`,
    riskCount: (level: string) => `Risk level ${level}: records`,
    riskPercent: (level: string) => `Risk level ${level}: percentage`,
    referralsMade: (agency: string) => `Referrals made to ${agency}`,
    referralsRecommended: (agency: string) => `Referrals recommended to ${agency}`,
    signposts: (agency: string) => `Records where the child was given ${agency} (a signpost, not a referral)`,
    outcome: (outcome: string, measure: string) => `${outcome}: ${measure}`,
    smallNumber: 'fewer than 10 young people',
    thresholdCount: 'Repeat threshold: episodes',
    thresholdDays: 'Repeat threshold: days',
    offerWithinHours: 'Hours within which an interview is to be offered',
    smallNumberThreshold: 'Young people below which a figure is marked as a small number',
  },

  stderr: {
    unreadableSummary: (count: number, file: string) =>
      `rhi report: ${count} ${plural(count, 'line', 'lines')} of ${file} could not be read and ${plural(count, 'is', 'are')} left out of the report — fix ${plural(count, 'it', 'them')} and run the report again`,
    moreUnreadable: (count: number) => `… and ${count} more ${plural(count, 'line', 'lines')} that could not be read`,
    written: (path: string) => `rhi report: written to ${path}`,
  },

  line: {
    notAnObject: 'this line must be one JSON object: the answers, or a record with "answers"',
    unknownField: (name: string) => `'${name}' is not a field of a record line: the fields are id, childId, answers, assessment, referrals and now`,
    badChildId: "'childId' must be text that is not empty (the child's identifier in your case system)",
    badNow: "'now' must be a date and time with its time zone, such as 2026-03-01T18:30:00Z",
  },

  usage: {
    badDate: (option: string, text: string) => `rhi report: ${option} must be a date written YYYY-MM-DD, such as 2026-04-01, not '${text}'`,
    fromAfterTo: (from: string, to: string) => `rhi report: --from ${from} is after --to ${to} — give the earlier date to --from`,
    badFormat: (format: string) => `rhi report: --format must be md, csv, json or html, not '${format}'`,
    badAssess: (mode: string) => `rhi report: --assess must be missing, never or always, not '${mode}'`,
  },
};

export type ReportWords = typeof english;

const welsh: ReportWords = {
  title: 'Cyfweliadau Dychwelyd Adref: adroddiad gwasanaeth',
  period: {
    between: (from, to) => `Dychweliadau o ${from} i ${to}, gan gynnwys y ddau ddiwrnod.`,
    from: (from) => `Dychweliadau ar ${from} neu wedi hynny.`,
    to: (to) => `Dychweliadau ar ${to} neu cyn hynny.`,
    any: 'Pob dychweliad, beth bynnag ei ddyddiad.',
  },
  ruleset: (id, version) => `Set reolau: ${id}, fersiwn ${version}.`,
  noFigure: 'dim ffigur',
  none: 'Dim wedi’u cofnodi.',
  yes: 'ie',
  no: 'na',

  column: {
    measure: 'Mesur',
    number: 'Nifer',
    percent: 'Canran',
    reason: 'Rheswm',
    agency: 'Asiantaeth',
    riskLevel: 'Lefel risg',
    indicator: 'Arwydd o risg',
    pushFactor: 'Pam yr aeth y plentyn',
    records: 'Cofnodion',
    outcome: 'Canlyniad',
    youngPeople: 'Pobl ifanc',
    baselineAverage: 'Sgôr gyfartalog yn y cyfweliad',
    followUpAverage: 'Sgôr gyfartalog ar ôl cymorth dilynol',
    averagePercentChange: 'Newid % cyfartalog',
  },

  section: {
    records: 'Cofnodion',
    episodes: 'Cyfnodau a phlant',
    interviews: 'Cyfweliadau',
    declineReasons: 'Rhesymau a roddodd plant dros wrthod',
    riskLevels: 'Risg ar ôl dychwelyd',
    indicators: 'Arwyddion o risg',
    pushFactors: 'Pam yr aeth plant (ffactorau gwthio)',
    referrals: 'Atgyfeiriadau',
    referralsMade: 'Atgyfeiriadau a wnaed, fesul asiantaeth',
    referralsRecommended: "Atgyfeiriadau a argymhellwyd gan y rheolau, fesul asiantaeth",
    signposts: "Gwasanaethau a roddwyd i'r plentyn (cyfeirio, nid atgyfeiriadau), fesul gwasanaeth",
    removalReasons: 'Pam na wnaed atgyfeiriadau a argymhellwyd',
    outcomes: 'Canlyniadau ar ôl cymorth dilynol',
  },

  measure: {
    read: 'Cofnodion a ddarllenwyd',
    inPeriod: 'Cofnodion yn y cyfnod',
    unreadable: "Llinellau nad oedd modd eu darllen (heb eu cyfrif yn unman arall)",
    withoutChildId: "Cofnodion yn y cyfnod heb id plentyn (pob un yn cyfrif fel plentyn ar ei ben ei hun)",
    withoutReturnedAt: 'Cofnodion yn y cyfnod heb amser dychwelyd',
    episodes: 'Cyfnodau ar goll (cofnodion yn y cyfnod)',
    children: 'Plant',
    childrenWithTwoOrMore: 'Plant â dau gyfnod neu fwy',
    // "o gyfnodau" after the figure reads right for any number, where "3 chyfnod" mutates with it.
    childrenAtRepeatThreshold: (count, days) => `Plant ag o leiaf ${count} o gyfnodau o fewn ${days} diwrnod (y trothwy ailadrodd)`,
    offered: 'Cyfweliadau a gynigiwyd',
    offeredWithin: (hours) => `Wedi'u cynnig o fewn ${hours} awr i'r dychwelyd`,
    offeredWithinPercent: (hours) => `Canran a gynigiwyd o fewn ${hours} awr`,
    accepted: 'Derbyniwyd gan y plentyn',
    declined: 'Gwrthodwyd gan y plentyn',
    notContactable: "Nid oedd modd cysylltu â'r plentyn",
    notOffered: 'Heb ei gynnig',
    outcomeNotRecorded: 'Canlyniad y cynnig heb ei gofnodi',
    medianHours: "Canolrif yr oriau o'r dychwelyd i'r cyfweliad",
    interviewsTimed: "Cyfweliadau ag amser y dychwelyd ac amser y cyfweliad wedi'u cofnodi",
    assessmentsStored: "Lefelau risg o asesiadau a gadwyd",
    assessedNow: "Lefelau risg o asesu'r atebion nawr",
    notAssessed: 'Cofnodion heb eu hasesu (dim lefel risg)',
    packages: 'Cofnodion â phecyn atgyfeirio',
    recommendedRemoved: "Atgyfeiriadau a argymhellwyd na phenderfynodd y gweithiwr eu gwneud",
    youngPeople: "Pobl ifanc a sgoriodd yn y cyfweliad ac ar ôl cymorth dilynol",
  },

  riskLevels: valueLabels.riskLevel.cy,
  riskShare: "Mae'r canrannau o'r cofnodion sydd â lefel risg.",
  outcomes: {
    safeHappyHome: 'Lle mwy diogel a hapusach i fyw',
    reducedRisk: 'Diogelwch rhag niwed',
    familyRelationships: "Perthynas â'r teulu",
    educationProspects: 'Rhagolygon addysg',
    confidence: 'Hyder a hunan-barch',
    positiveFuture: 'Agwedd at y dyfodol',
  },
  otherReasons: 'Rhesymau eraill',
  noReasonRecorded: 'Dim rheswm wedi’i gofnodi',

  outcomesExplained:
    "Ar gyfer pob canlyniad, dros y bobl ifanc a sgoriodd yn y cyfweliad ac eto ar ôl cymorth dilynol, y newid cyfartalog yn eu sgôr fel canran o'u sgôr yn y cyfweliad: uwchlaw sero, aeth pethau'n well.",
  smallNumberMarker: ' *',
  smallNumberCaution: (threshold) =>
    `* Sgoriodd llai na ${threshold} o bobl ifanc: gallai un sgôr arall newid y ffigur hwn yn fawr, felly byddwch yn ofalus wrth ei ddefnyddio.`,

  csv: {
    unreadableLabel: "Llinellau nad oedd modd eu darllen",
    declineReason: (reason) => `Rheswm dros wrthod: ${reason}`,
    removalReason: (reason) => `Rheswm na wnaed atgyfeiriad a argymhellwyd: ${reason}`,
    riskCount: (level) => `Lefel risg ${level}: cofnodion`,
    riskPercent: (level) => `Lefel risg ${level}: canran`,
    referralsMade: (agency) => `Atgyfeiriadau a wnaed at ${agency}`,
    referralsRecommended: (agency) => `Atgyfeiriadau a argymhellwyd at ${agency}`,
    signposts: (agency) => `Cofnodion lle rhoddwyd ${agency} i'r plentyn (cyfeirio, nid atgyfeiriad)`,
    outcome: (outcome, measure) => `${outcome}: ${measure}`,
    smallNumber: 'llai na 10 o bobl ifanc',
    thresholdCount: 'Trothwy ailadrodd: cyfnodau',
    thresholdDays: 'Trothwy ailadrodd: diwrnodau',
    offerWithinHours: "Oriau y dylid cynnig cyfweliad o'u mewn",
    smallNumberThreshold: 'Nifer y bobl ifanc y caiff ffigur oddi tano ei farcio fel nifer bach',
  },

  stderr: {
    unreadableSummary: (count, file) =>
      `rhi report: nid oedd modd darllen ${count} o linellau ${file}, felly maent wedi'u gadael allan o'r adroddiad — trwsiwch nhw a rhedeg yr adroddiad eto`,
    moreUnreadable: (count) => `… a ${count} o linellau eraill nad oedd modd eu darllen`,
    written: (path) => `rhi report: wedi'i ysgrifennu i ${path}`,
  },

  line: {
    notAnObject: 'rhaid i’r llinell hon fod yn un gwrthrych JSON: yr atebion, neu gofnod gydag "answers"',
    unknownField: (name) => `nid yw '${name}' yn faes mewn llinell gofnod: y meysydd yw id, childId, answers, assessment, referrals a now`,
    badChildId: "rhaid i 'childId' fod yn destun nad yw'n wag (dynodwr y plentyn yn eich system achosion)",
    badNow: "rhaid i 'now' fod yn ddyddiad ac amser gyda'i gylchfa amser, fel 2026-03-01T18:30:00Z",
  },

  usage: {
    badDate: (option, text) => `rhi report: rhaid i ${option} fod yn ddyddiad ar ffurf BBBB-MM-DD, fel 2026-04-01, nid '${text}'`,
    fromAfterTo: (from, to) => `rhi report: mae --from ${from} ar ôl --to ${to} — rhowch y dyddiad cynharaf i --from`,
    badFormat: (format) => `rhi report: rhaid i --format fod yn md, csv, json neu html, nid '${format}'`,
    badAssess: (mode) => `rhi report: rhaid i --assess fod yn missing, never neu always, nid '${mode}'`,
  },
};

const wordsByLanguage: Record<Language, ReportWords> = { en: english, cy: welsh };

/** The report's words in one language. */
export function reportWordsIn(lang: Language): ReportWords {
  return wordsByLanguage[lang];
}
