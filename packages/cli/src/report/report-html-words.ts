/**
 * Every fixed word of the HTML service report, in English and Welsh. Labels of indicators, push
 * factors, outcomes, agency names and reasons come from the report itself.
 *
 * Sentences take figures already formatted; where English needs a plural they also take the
 * number. The Welsh avoids a noun straight after a figure where it can ("… ohonynt", "Nifer …:"),
 * so no mutation or plural form depends on the number.
 *
 * The Welsh was written by the developers. Terms marked "review" need a Welsh speaker's check
 * before release, like the rest of the toolkit's Welsh (see the README).
 */

import { valueLabels } from '@rhi-toolkit/engine/node';
import type { ReportLanguage, ReportRiskLevel } from './service-report.js';

const englishPlural = (value: number, one: string, other: string) => (value === 1 ? one : other);

const english = {
  titleWithPeriod: (period: string) => `Return Home Interviews: service report, ${period}`,
  serviceName: 'Return Home Interviews',
  notAvailable: 'not available',
  contents: 'Contents',

  period: {
    between: (from: string, to: string) => `${from} to ${to}`,
    from: (from: string) => `from ${from}`,
    to: (to: string) => `up to ${to}`,
    any: 'all dates',
  },
  intro: {
    covers: {
      between: (from: string, to: string) => `This report covers the missing episodes from which a child came back between ${from} and ${to}, both days included.`,
      from: (from: string) => `This report covers the missing episodes from which a child came back on or after ${from}.`,
      to: (to: string) => `This report covers the missing episodes from which a child came back on or before ${to}.`,
      any: 'This report covers every missing episode, whatever the date the child came back.',
    },
    ruleset: (id: string, version: string) => `Risk levels and referrals were worked out with the ruleset ${id}, version ${version}.`,
    records: (read: string, readValue: number, inPeriod: string) =>
      `${read} ${englishPlural(readValue, 'record was', 'records were')} read, ${inPeriod} of them in the period covered.`,
    leftOut: (unreadable: string, unreadableValue: number, withoutChildId: string, withoutChildIdValue: number) =>
      `${unreadable} ${englishPlural(unreadableValue, 'record', 'records')} could not be read, so ${englishPlural(unreadableValue, 'it is', 'they are')} not counted anywhere in this report. ` +
      `${withoutChildId} ${englishPlural(withoutChildIdValue, 'record', 'records')} had no child identifier, so ${englishPlural(withoutChildIdValue, 'it', 'they')} could not be linked to a child.`,
    withoutReturnedAt: (count: string, value: number) =>
      `${count} ${englishPlural(value, 'record has', 'records have')} no date and time of the return recorded.`,
    notAvailable: '“Not available” means there was nothing to work the figure out from, such as a percentage of no interviews.',
  },

  column: {
    measure: 'What was counted',
    figure: 'Figure',
    number: 'Number',
    percentage: 'Percentage',
    reason: 'Reason',
    timesRecorded: 'Times recorded',
  },
  noneRecorded: 'None were recorded.',

  chart: {
    barChart: 'Bar chart',
    divergingBarChart: 'Bar chart: bars to the right of zero show a rise, bars to the left a fall',
    figuresInTable: 'The figures are also in the table.',
  },

  episodes: {
    heading: 'Episodes and children',
    caption: 'Missing episodes and the children who went missing',
    count: 'Missing episodes',
    children: 'Children',
    childrenWithTwoOrMore: 'Children who went missing twice or more',
    childrenAtRepeatThreshold: (count: string, days: string) => `Children who reached the repeat threshold: ${count} or more episodes within ${days} days`,
    earlierEpisodesCovered: "Earlier episodes covered by a later episode's interview (counted in the missing episodes above)",
  },

  interviews: {
    heading: 'Interviews offered and held',
    caption: 'Return Home Interviews offered, and what happened',
    offered: 'Interviews offered',
    // The ruleset's window (offerWithinHours: 72 in England and Wales), whatever the JSON's field names say.
    offeredWithin72Hours: (hours: number) => `Offered within ${hours} hours of the return`,
    offeredWithin72HoursPercent: (hours: number) => `Percentage of the offers made within ${hours} hours`,
    accepted: 'Accepted by the child',
    declined: 'Declined by the child',
    notContactable: 'The child could not be contacted',
    notOffered: 'Not offered',
    outcomeNotRecorded: 'Outcome of the offer not recorded',
    medianHoursFromReturnToInterview: 'Median time from the return to the interview',
    hours: (hours: string, value: number) => `${hours} ${englishPlural(value, 'hour', 'hours')}`,
    interviewsTimed: 'Interviews with both the return time and the interview time recorded (the median is of these)',
    declineReasonsHeading: 'Why children declined',
    declineReasonsCaption: 'Reasons given for declining the interview',
    completed: 'Interviews completed (held)',
    completedWithinWindow: (hours: number) => `Interviews completed within ${hours} hours of the return`,
    completedWithinWindowPercent: (hours: number) => `Percentage of the completed interviews held within ${hours} hours`,
    episodesCoveredByCompleted: 'Missing episodes the completed interviews covered (one interview can cover several)',
    heldWithin: (hours: number) => `Held within ${hours} hours of the return`,
    heldLater: (hours: number) => `Held later than ${hours} hours, or the time is not known`,
    inTimeChartTitle: (hours: number) => `Interviews completed within ${hours} hours and later`,
    medianByOutcomeHeading: 'Time from the return to the interview, by outcome',
    medianByOutcomeCaption: 'Median time from the return to the interview, by outcome of the offer',
    outcomeColumn: 'Outcome of the offer',
    timedColumn: 'Interviews timed',
    medianColumn: 'Median time',
    notWithinWindowHeading: (hours: number) => `Why interviews were not held within ${hours} hours`,
    notWithinWindowCaption: (hours: number) => `Reasons recorded for an interview not held within ${hours} hours`,
  },

  risk: {
    heading: 'Risk after return',
    caption: 'Risk level assessed after the return',
    level: 'Risk level',
    levels: valueLabels.riskLevel.en satisfies Record<ReportRiskLevel, string>,
    chartTitle: 'Risk level after the return',
    assessmentsHeading: 'How the risk levels were found',
    assessmentsCaption: 'Where each risk level came from',
    assessmentsStored: 'The assessment kept with the record',
    assessmentsAssessedNow: 'Assessed now with the ruleset',
    assessmentsNotAssessed: 'Not assessed: the record could not be assessed',
  },

  recorded: {
    heading: 'What was recorded: signs of risk, push and pull factors, places',
    indicatorsHeading: 'Signs of risk',
    indicatorsCaption: 'Signs of risk recorded in the interviews',
    indicator: 'Sign of risk',
    indicatorsChartTitle: (shown: number, all: number) => (shown < all ? `The ${shown} signs of risk recorded most often` : 'Signs of risk recorded'),
    pushFactorsHeading: 'Push factors',
    pushFactorsCaption: 'Reasons for going missing (push factors) recorded in the interviews',
    pushFactor: 'Push factor',
    pushFactorsChartTitle: (shown: number, all: number) => (shown < all ? `The ${shown} push factors recorded most often` : 'Push factors recorded'),
    pullFactorsHeading: 'Pull factors',
    pullFactorsCaption: 'What drew children away (pull factors) recorded in the interviews',
    pullFactor: 'Pull factor',
    pullFactorsChartTitle: (shown: number, all: number) => (shown < all ? `The ${shown} pull factors recorded most often` : 'Pull factors recorded'),
    placesHeading: 'Where children went',
    placesCaption: 'Places children went while missing: records naming each kind of place',
    place: 'Place',
    placesChartTitle: (shown: number, all: number) => (shown < all ? `The ${shown} kinds of place named most often` : 'Places named'),
    recordsWithPlacesCaption: 'Records that name a place',
    recordsWithPlaces: 'Records naming at least one place',
    areasHeading: 'Areas named most often',
    areasCaption: 'Areas where children went, the most often named first',
    area: 'Area',
  },

  groups: {
    heading: 'Episodes and interviews by group',
    intro: (hours: number) =>
      `For each group: the missing episodes, the interviews completed, and how many of those were held within ${hours} hours of the child's return. A record that does not say which group is counted as “Not recorded”.`,
    dimensions: {
      lookedAfter: 'Looked after or not',
      episodeType: 'Missing or away from placement',
      placedOutOfArea: 'Looked-after children placed out of area or not',
      interviewerRole: 'Who held the interview',
    },
    group: 'Group',
    episodes: 'Missing episodes',
    interviewsCompleted: 'Interviews completed',
    completedWithinWindow: (hours: number) => `Within ${hours} hours`,
    share: (count: string, percent: string) => `${count} (${percent})`,
    chartTitle: (dimension: string, hours: number) => `Interviews completed within ${hours} hours: ${dimension.toLowerCase()}`,
    caption: (dimension: string) => `Missing episodes and interviews: ${dimension.toLowerCase()}`,
  },

  offers: {
    heading: 'Welsh active offer and follow-up support',
    welshHeading: 'Welsh active offer',
    welshIntro: 'Children whose preferred language is Welsh should be offered the interview in Welsh without having to ask for it (the active offer). A record that does not say is not counted as an offer made.',
    welshCaption: 'The active offer to children whose preferred language is Welsh',
    welshSpeakersOffered: 'Children whose preferred language is Welsh offered an interview',
    welshOffered: 'Offered the interview in Welsh without having to ask',
    welshOfferedPercent: 'Percentage given the active offer',
    welshNotRecorded: 'Active offer not recorded',
    supportHeading: 'Follow-up support',
    supportChartTitle: 'Follow-up support offered and taken up',
    supportCaption: 'Follow-up support offered after the interview, and taken up',
    supportOffered: 'Follow-up support offered',
    supportNotOffered: 'Follow-up support not offered',
    supportTakenUp: 'Offered and taken up',
    supportNotTakenUp: 'Offered and not taken up',
    supportNotYet: 'Offered and not yet taken up',
    supportTakenUpPercent: 'Percentage of offers taken up',
  },

  referrals: {
    heading: 'Referrals',
    caption: 'Referrals made, by agency',
    agency: 'Agency',
    made: 'Referrals made',
    recommended: 'Recommended by the rules',
    chartTitle: 'Referrals made, by agency',
    summaryCaption: 'Referral packages and recommended referrals removed',
    packages: 'Records with a referral package',
    recommendedRemoved: 'Referrals recommended by the rules that the worker removed',
    signposts: (agency: string) => `Records where the child was given ${agency} (a signpost, not a referral)`,
    removalReasonsHeading: 'Why recommended referrals were removed',
    removalReasonsCaption: 'Reasons given for removing a recommended referral',
  },

  outcomes: {
    heading: 'Outcomes after follow-up support',
    youngPeople: (count: string, value: number) =>
      `${count} young ${englishPlural(value, 'person was', 'people were')} scored at the interview and again after follow-up support.`,
    method:
      'For each outcome, the change is the average, over those young people, of the change in their score from the interview to after follow-up support as a percentage of their score at the interview. This is the “average % increase per outcome” of the Railway Children’s social return on investment study.',
    generalCaution: (threshold: string) =>
      `Some figures are based on fewer than ${threshold} young people. With so few, one young person’s scores can move the average a long way: treat those figures with care.`,
    itemCaution: (threshold: string) => `Based on fewer than ${threshold} young people: treat this figure with care.`,
    caption: 'Average change in each outcome after follow-up support',
    outcome: 'Outcome',
    youngPeopleColumn: 'Young people',
    baselineAverage: 'Average score at the interview',
    followUpAverage: 'Average score after follow-up support',
    averagePercentChange: 'Average change',
    caution: 'Caution',
    chartTitle: 'Average change in each outcome',
    smallNumberKey: (threshold: string) => `* Based on fewer than ${threshold} young people: treat with care.`,
  },
};

export type ReportWords = typeof english;

const welsh: ReportWords = {
  titleWithPeriod: (period) => `Cyfweliadau Dychwelyd Adref: adroddiad gwasanaeth, ${period}`,
  serviceName: 'Cyfweliadau Dychwelyd Adref',
  notAvailable: 'dim ar gael',
  contents: 'Cynnwys',

  period: {
    between: (from, to) => `${from} i ${to}`,
    from: (from) => `o ${from} ymlaen`,
    to: (to) => `hyd at ${to}`,
    any: 'pob dyddiad',
  },
  intro: {
    // review: "a" before the second date, which some would write "ac" when the date is read aloud with a vowel (ac 11 Mawrth).
    covers: {
      between: (from, to) => `Mae'r adroddiad hwn yn ymdrin â'r cyfnodau ar goll pan ddaeth plentyn yn ôl rhwng ${from} a ${to}, gan gynnwys y ddau ddiwrnod hynny.`,
      from: (from) => `Mae'r adroddiad hwn yn ymdrin â'r cyfnodau ar goll pan ddaeth plentyn yn ôl ar ${from} neu wedi hynny.`,
      to: (to) => `Mae'r adroddiad hwn yn ymdrin â'r cyfnodau ar goll pan ddaeth plentyn yn ôl ar ${to} neu cyn hynny.`,
      any: "Mae'r adroddiad hwn yn ymdrin â phob cyfnod ar goll, beth bynnag oedd y dyddiad y daeth y plentyn yn ôl.",
    },
    ruleset: (id, version) => `Cafodd y lefelau risg a'r atgyfeiriadau eu pennu gyda'r set reolau ${id}, fersiwn ${version}.`,
    records: (read, _readValue, inPeriod) => `Nifer y cofnodion a ddarllenwyd oedd ${read}, ac roedd ${inPeriod} ohonynt yn y cyfnod dan sylw.`,
    // review: "dynodydd plentyn" for a child identifier.
    leftOut: (unreadable, _unreadableValue, withoutChildId) =>
      `Nid oedd modd darllen ${unreadable} ohonynt, felly nid ydynt wedi'u cyfrif yn unman yn yr adroddiad hwn. ` +
      `Nid oedd dynodydd plentyn gan ${withoutChildId} ohonynt, felly nid oedd modd eu cysylltu â phlentyn.`,
    withoutReturnedAt: (count) => `Nid oes dyddiad ac amser dychwelyd wedi'u cofnodi gan ${count} ohonynt.`,
    notAvailable: 'Mae “dim ar gael” yn golygu nad oedd dim i gyfrifo’r ffigur ohono, fel canran o ddim cyfweliadau.',
  },

  column: {
    measure: 'Beth a gyfrifwyd',
    figure: 'Ffigur',
    number: 'Nifer',
    percentage: 'Canran',
    reason: 'Rheswm',
    timesRecorded: 'Nifer y troeon a gofnodwyd',
  },
  noneRecorded: 'Ni chofnodwyd dim.',

  chart: {
    barChart: 'Siart bar',
    divergingBarChart: "Siart bar: mae barrau i'r dde o sero yn dangos cynnydd, a barrau i'r chwith yn dangos gostyngiad",
    figuresInTable: "Mae'r ffigurau hefyd yn y tabl.",
  },

  episodes: {
    heading: 'Cyfnodau ar goll a phlant',
    caption: "Cyfnodau ar goll a'r plant a aeth ar goll",
    count: 'Cyfnodau ar goll',
    children: 'Plant',
    childrenWithTwoOrMore: 'Plant a aeth ar goll ddwywaith neu fwy',
    // review: "trothwy ailadrodd" for the repeat threshold.
    childrenAtRepeatThreshold: (count, days) => `Plant a gyrhaeddodd y trothwy ailadrodd: ${count} cyfnod neu fwy o fewn ${days} diwrnod`,
    earlierEpisodesCovered: "Cyfnodau cynharach a gwmpaswyd gan gyfweliad cyfnod diweddarach (wedi'u cyfrif yn y cyfnodau ar goll uchod)",
  },

  interviews: {
    heading: "Cyfweliadau a gynigiwyd ac a gynhaliwyd",
    caption: "Cyfweliadau Dychwelyd Adref a gynigiwyd, a'r hyn a ddigwyddodd",
    offered: 'Cyfweliadau a gynigiwyd',
    offeredWithin72Hours: (hours) => `Wedi'u cynnig o fewn ${hours} awr i'r dychwelyd`,
    offeredWithin72HoursPercent: (hours) => `Canran y cynigion a wnaed o fewn ${hours} awr`,
    accepted: 'Derbyniwyd gan y plentyn',
    declined: 'Gwrthodwyd gan y plentyn',
    notContactable: "Nid oedd modd cysylltu â'r plentyn",
    notOffered: 'Ni chynigiwyd',
    outcomeNotRecorded: 'Canlyniad y cynnig heb ei gofnodi',
    // review: "canolrif" (median) is the usual statistical term.
    medianHoursFromReturnToInterview: "Amser canolrif o'r dychwelyd i'r cyfweliad",
    hours: (hours) => `${hours} awr`,
    interviewsTimed: "Cyfweliadau ag amser y dychwelyd ac amser y cyfweliad wedi'u cofnodi (dyma sail y canolrif)",
    declineReasonsHeading: 'Pam y gwrthododd plant',
    declineReasonsCaption: "Rhesymau a roddwyd dros wrthod y cyfweliad",
    completed: "Cyfweliadau a gwblhawyd (a gynhaliwyd)",
    completedWithinWindow: (hours) => `Cyfweliadau a gwblhawyd o fewn ${hours} awr i'r dychwelyd`,
    completedWithinWindowPercent: (hours) => `Canran y cyfweliadau a gwblhawyd a gynhaliwyd o fewn ${hours} awr`,
    episodesCoveredByCompleted: "Cyfnodau ar goll y bu'r cyfweliadau a gwblhawyd yn ymdrin â nhw (gall un cyfweliad ymdrin â sawl un)",
    heldWithin: (hours) => `Wedi'u cynnal o fewn ${hours} awr i'r dychwelyd`,
    heldLater: (hours) => `Wedi'u cynnal yn hwyrach na ${hours} awr, neu nid yw'r amser yn hysbys`,
    inTimeChartTitle: (hours) => `Cyfweliadau a gwblhawyd o fewn ${hours} awr ac yn hwyrach`,
    medianByOutcomeHeading: "Amser o'r dychwelyd i'r cyfweliad, fesul canlyniad",
    medianByOutcomeCaption: "Amser canolrif o'r dychwelyd i'r cyfweliad, fesul canlyniad y cynnig",
    outcomeColumn: 'Canlyniad y cynnig',
    timedColumn: "Cyfweliadau wedi'u hamseru",
    medianColumn: 'Amser canolrif',
    notWithinWindowHeading: (hours) => `Pam na chynhaliwyd cyfweliadau o fewn ${hours} awr`,
    notWithinWindowCaption: (hours) => `Rhesymau a gofnodwyd am gyfweliad na chynhaliwyd o fewn ${hours} awr`,
  },

  risk: {
    heading: 'Risg ar ôl dychwelyd',
    caption: "Y lefel risg a aseswyd ar ôl y dychwelyd",
    level: 'Lefel risg',
    levels: valueLabels.riskLevel.cy,
    chartTitle: "Lefel risg ar ôl y dychwelyd",
    assessmentsHeading: "Sut y cafwyd y lefelau risg",
    assessmentsCaption: "O ble y daeth pob lefel risg",
    assessmentsStored: "Yr asesiad a gadwyd gyda'r cofnod",
    assessmentsAssessedNow: "Wedi'i asesu nawr gyda'r set reolau",
    assessmentsNotAssessed: "Heb ei asesu: nid oedd modd asesu'r cofnod",
  },

  recorded: {
    heading: 'Beth a gofnodwyd: arwyddion o risg, ffactorau gwthio a thynnu, lleoedd',
    indicatorsHeading: 'Arwyddion o risg',
    indicatorsCaption: 'Arwyddion o risg a gofnodwyd yn y cyfweliadau',
    indicator: 'Arwydd o risg',
    indicatorsChartTitle: (shown, all) => (shown < all ? `Y ${shown} arwydd o risg a gofnodwyd amlaf` : 'Arwyddion o risg a gofnodwyd'),
    pushFactorsHeading: 'Ffactorau gwthio',
    pushFactorsCaption: 'Rhesymau dros fynd ar goll (ffactorau gwthio) a gofnodwyd yn y cyfweliadau',
    pushFactor: 'Ffactor gwthio',
    pushFactorsChartTitle: (shown, all) => (shown < all ? `Y ${shown} ffactor gwthio a gofnodwyd amlaf` : 'Ffactorau gwthio a gofnodwyd'),
    // review: "ffactorau tynnu" for pull factors.
    pullFactorsHeading: 'Ffactorau tynnu',
    pullFactorsCaption: "Beth a ddenodd blant i ffwrdd (ffactorau tynnu) a gofnodwyd yn y cyfweliadau",
    pullFactor: 'Ffactor tynnu',
    pullFactorsChartTitle: (shown, all) => (shown < all ? `Y ${shown} ffactor tynnu a gofnodwyd amlaf` : 'Ffactorau tynnu a gofnodwyd'),
    placesHeading: "I ble yr aeth plant",
    placesCaption: "Lleoedd yr aeth plant iddynt tra oeddent ar goll: cofnodion sy'n enwi pob math o le",
    place: 'Lle',
    placesChartTitle: (shown, all) => (shown < all ? `Y ${shown} math o le a enwyd amlaf` : 'Lleoedd a enwyd'),
    recordsWithPlacesCaption: "Cofnodion sy'n enwi lle",
    recordsWithPlaces: "Cofnodion sy'n enwi o leiaf un lle",
    areasHeading: 'Yr ardaloedd a enwyd amlaf',
    areasCaption: "Ardaloedd yr aeth plant iddynt, y rhai a enwyd amlaf yn gyntaf",
    area: 'Ardal',
  },

  groups: {
    heading: 'Cyfnodau a chyfweliadau fesul grŵp',
    intro: (hours) =>
      `Ar gyfer pob grŵp: y cyfnodau ar goll, y cyfweliadau a gwblhawyd, a faint o'r rheini a gynhaliwyd o fewn ${hours} awr i'r plentyn ddychwelyd. Mae cofnod nad yw'n dweud pa grŵp yn cael ei gyfrif fel “Heb ei gofnodi”.`,
    dimensions: {
      lookedAfter: 'Yn derbyn gofal ai peidio',
      episodeType: "Ar goll neu i ffwrdd o'r lleoliad",
      placedOutOfArea: "Plant sy'n derbyn gofal wedi'u lleoli y tu allan i'r ardal ai peidio",
      interviewerRole: 'Pwy a gynhaliodd y cyfweliad',
    },
    group: 'Grŵp',
    episodes: 'Cyfnodau ar goll',
    interviewsCompleted: 'Cyfweliadau a gwblhawyd',
    completedWithinWindow: (hours) => `O fewn ${hours} awr`,
    share: (count, percent) => `${count} (${percent})`,
    chartTitle: (dimension, hours) => `Cyfweliadau a gwblhawyd o fewn ${hours} awr: ${dimension.toLowerCase()}`,
    caption: (dimension) => `Cyfnodau ar goll a chyfweliadau: ${dimension.toLowerCase()}`,
  },

  offers: {
    heading: 'Cynnig Rhagweithiol y Gymraeg a chymorth dilynol',
    welshHeading: 'Cynnig Rhagweithiol y Gymraeg',
    welshIntro: "Dylai plant sy'n dewis y Gymraeg gael cynnig y cyfweliad yn Gymraeg heb orfod gofyn amdano (y Cynnig Rhagweithiol). Nid yw cofnod nad yw'n dweud yn cael ei gyfrif fel cynnig a wnaed.",
    welshCaption: "Y Cynnig Rhagweithiol i blant sy'n dewis y Gymraeg",
    welshSpeakersOffered: "Plant sy'n dewis y Gymraeg a gafodd gynnig cyfweliad",
    welshOffered: "Cynigiwyd y cyfweliad yn Gymraeg heb orfod gofyn",
    welshOfferedPercent: 'Canran a gafodd y Cynnig Rhagweithiol',
    welshNotRecorded: 'Cynnig Rhagweithiol heb ei gofnodi',
    supportHeading: 'Cymorth dilynol',
    supportChartTitle: "Cymorth dilynol a gynigiwyd ac a dderbyniwyd",
    supportCaption: "Cymorth dilynol a gynigiwyd ar ôl y cyfweliad, ac a dderbyniwyd",
    supportOffered: 'Cynigiwyd cymorth dilynol',
    supportNotOffered: 'Ni chynigiwyd cymorth dilynol',
    supportTakenUp: "Wedi'i gynnig a'i dderbyn",
    supportNotTakenUp: "Wedi'i gynnig ond heb ei dderbyn",
    supportNotYet: "Wedi'i gynnig ond heb ei dderbyn eto",
    supportTakenUpPercent: 'Canran y cynigion a dderbyniwyd',
  },

  referrals: {
    heading: 'Atgyfeiriadau',
    caption: 'Atgyfeiriadau a wnaed, fesul asiantaeth',
    agency: 'Asiantaeth',
    made: 'Atgyfeiriadau a wnaed',
    recommended: "Wedi'u hargymell gan y rheolau",
    chartTitle: 'Atgyfeiriadau a wnaed, fesul asiantaeth',
    summaryCaption: "Pecynnau atgyfeirio, ac atgyfeiriadau a argymhellwyd ac a dynnwyd",
    packages: 'Cofnodion â phecyn atgyfeirio',
    recommendedRemoved: "Atgyfeiriadau a argymhellwyd gan y rheolau ac a dynnwyd gan y gweithiwr",
    signposts: (agency) => `Cofnodion lle rhoddwyd ${agency} i'r plentyn (cyfeirio, nid atgyfeiriad)`,
    removalReasonsHeading: 'Pam y tynnwyd atgyfeiriadau a argymhellwyd',
    removalReasonsCaption: "Rhesymau a roddwyd dros dynnu atgyfeiriad a argymhellwyd",
  },

  outcomes: {
    heading: 'Canlyniadau ar ôl cymorth dilynol',
    youngPeople: (count) => `Nifer y bobl ifanc a gafodd sgoriau yn y cyfweliad ac eto ar ôl cymorth dilynol: ${count}.`,
    // review: "enillion cymdeithasol ar fuddsoddiad" for social return on investment (SROI).
    method:
      "Ar gyfer pob canlyniad, y newid yw cyfartaledd, dros y bobl ifanc hynny, y newid yn eu sgôr rhwng y cyfweliad a'r cyfnod ar ôl cymorth dilynol, fel canran o'u sgôr yn y cyfweliad. Dyma'r “cynnydd % cyfartalog fesul canlyniad” yn astudiaeth enillion cymdeithasol ar fuddsoddiad Railway Children.",
    generalCaution: (threshold) =>
      `Mae rhai ffigurau'n seiliedig ar lai na ${threshold} o bobl ifanc. Gyda chyn lleied, gall sgoriau un person ifanc symud y cyfartaledd yn bell: defnyddiwch y ffigurau hynny'n ofalus.`,
    itemCaution: (threshold) => `Yn seiliedig ar lai na ${threshold} o bobl ifanc: defnyddiwch y ffigur hwn yn ofalus.`,
    caption: 'Newid cyfartalog ym mhob canlyniad ar ôl cymorth dilynol',
    outcome: 'Canlyniad',
    youngPeopleColumn: 'Pobl ifanc',
    baselineAverage: 'Sgôr gyfartalog yn y cyfweliad',
    followUpAverage: 'Sgôr gyfartalog ar ôl cymorth dilynol',
    averagePercentChange: 'Newid cyfartalog',
    caution: 'Rhybudd',
    chartTitle: 'Newid cyfartalog ym mhob canlyniad',
    smallNumberKey: (threshold) => `* Yn seiliedig ar lai na ${threshold} o bobl ifanc: defnyddiwch yn ofalus.`,
  },
};

/** The report's words in its language; anything but Welsh gets English. */
export function reportWords(lang: ReportLanguage): ReportWords {
  return lang === 'cy' ? welsh : english;
}
