/**
 * Every fixed word the command line prints, in English and Welsh. Text from rule files (rule
 * messages, agency and action names) comes from the rules themselves; problems found by the engine are in
 * the engine's words.
 */
import { valueLabels, type Language, type ParentCarerDiscussion } from '@rhi-toolkit/engine/node';
import type { Inline } from './listing-document.js';
import { englishOutputWords, welshOutputWords } from './output-words.js';

type Phrase = (fact: Inline, value: Inline[]) => Inline[];

const commandNames = 'validate, assess, test, explain, rules, diff, batch, report, export, synth, compile-schema';
const prefix = (command: string) => (command ? `rhi ${command}` : 'rhi');

const english = {
  /** The language of these words, passed to the engine so its problem messages match. */
  lang: 'en' as Language,
  yes: 'yes',
  no: 'no',
  notSet: '(not set)',
  internalError: 'internal error',

  // A level, an urgency and whose agreement is needed read as in the panel and the wizard: the schema's labels.
  riskLevels: valueLabels.riskLevel.en,
  discussion: { required: 'required', 'not-required': 'not required', withheld: 'withheld' } satisfies Record<ParentCarerDiscussion, string>,
  urgencies: valueLabels.urgency.en,
  consents: valueLabels.consent.en,

  usage: {
    unknownCommand: (name: string) => `rhi: unknown command '${name}' — the commands are ${commandNames}; see 'rhi --help'`,
    unknownOption: (command: string, option: string) => `${prefix(command)}: unknown option '${option}' — see '${prefix(command)} --help'`,
    optionNeedsValue: (command: string, option: string) => `${prefix(command)}: ${option} needs a value — see '${prefix(command)} --help'`,
    unexpectedArgument: (command: string, argument: string) => `${prefix(command)}: unexpected argument '${argument}' — see '${prefix(command)} --help'`,
    unreadable: (command: string, message: string) => `${prefix(command)}: the command line cannot be read (${message}) — see '${prefix(command)} --help'`,
    badLanguage: (command: string, lang: string) => `${prefix(command)}: --lang must be en or cy, not '${lang}'`,
    missingArgument: (command: string, what: string) => `${prefix(command)}: missing ${what} — see '${prefix(command)} --help'`,
    badNow: (command: string, text: string) => `${prefix(command)}: --now must be a date and time with its time zone, such as 2026-03-01T18:30:00Z, not '${text}'`,
    badJobs: (command: string, text: string) => `${prefix(command)}: --jobs must be a whole number of threads, 1 or more (such as 2), not '${text}'`,
    badFormat: (command: string, format: string) => `${prefix(command)}: --format must be text or md, not '${format}'`,
    answersFile: 'the answers file (ANSWERS.json)',
    recordsFile: 'the records file (RECORDS.ndjson, or - to read stdin)',
    twoRulesets: 'the two rulesets to compare (A B)',
  },

  input: {
    notAnObject: 'this must be one JSON object: the answers, or a scenario with "answers"',
    badScenarioNow: "'now' must be a date and time with its time zone, such as 2026-03-01T18:30:00Z",
    noSuchPath: 'the file or folder does not exist',
    noScenariosIn: 'there are no scenario files (*.json) in this folder',
    unreadable: (code: string | undefined) =>
      code === 'ENOENT'
        ? 'the file does not exist'
        : code === 'EISDIR'
          ? 'this is a folder, not a file'
          : code === 'EACCES'
            ? 'the file cannot be read (permission denied)'
            : `the file cannot be read (${code ?? 'unknown error'})`,
  },

  rulesets: {
    notARulesetFolder: (path: string) => `${path}  this is not a ruleset folder: a ruleset folder holds ruleset.json`,
    noRulesIn: 'there are no ruleset folders (folders holding ruleset.json) here — give --rules-dir, or run rhi in the repository',
    cannotUse: (name: string) => `rhi: the ruleset '${name}' cannot be used until these problems are fixed:`,
    noSuchRuleset: (name: string, nearest: string | undefined, names: string[]) =>
      nearest ? `rhi: there is no ruleset called '${name}' — did you mean '${nearest}'?` : `rhi: there is no ruleset called '${name}' — the rulesets are ${names.join(', ')}`,
  },

  validate: {
    folderWithoutManifest: 'this folder holds JSON files but no ruleset.json, so none of them is read — add ruleset.json with the id, version and title',
    fileNotRead:
      'this file is never read: only ruleset.json, files ending in .rules.json, interview-fields.schema.json (local questions), floor-cases.json (the safety floor) and interview.layout.json (the form layout) are — rename it, for example to risk.rules.json',
    fileOutsideRuleset: 'this file is not in a ruleset folder (a folder holding ruleset.json)',
    noRulesetsHere: 'there is no ruleset here: give the rules folder, a ruleset folder (holding ruleset.json) or a rule file',
    rulesetWithCount: (id: string, count: number) => `${id} (${count} ${count === 1 ? 'rule' : 'rules'})`,
    problemsFound: (count: number) => `${count} ${count === 1 ? 'problem' : 'problems'} found`,
    controlCharacter: (escaped: string) =>
      `this text holds the control character ${escaped}, which could drive a terminal or hide what the text says (rhi shows it as ${escaped})`,
    controlCharacterHint: 'remove it, or say in words what it stood for',
    allValid: (rulesets: string[]) => `${rulesets.length} ${rulesets.length === 1 ? 'ruleset' : 'rulesets'} valid: ${rulesets.join(', ')}`,
    warning: 'warning',
    warningsFound: (count: number) => `${count} ${count === 1 ? 'warning' : 'warnings'}: the rulesets load, but read each one and change the rule files where it says`,
    symlinkOutside: (target: string) => `this folder is a link to ${target}, outside the rules folder, so it is not read — copy the ruleset into the rules folder`,
    symlinkBroken: 'this folder is a link to nothing (its target does not exist), so it is not read',
    layoutUnknownQuestion: (path: string) => `the form layout places '${path}', which is not a question of this ruleset's interview`,
    layoutUnknownQuestionHint: "check the spelling against schemas/interview.schema.json, or the folder's interview-fields.schema.json for a question under local",
    layoutUnknownPage: (id: string) => `there is no page '${id}' for this page to go after`,
    layoutPagesAre: (ids: string[]) => `the pages are ${ids.join(', ')}`,
    didYouMean: (name: string) => `did you mean '${name}'?`,
  },

  test: {
    noRuleSetLevel: 'no rule set a level, so it is low',
    noRule: 'no rule',
    rulesFailed: (message: string) => `the rules could not all be run: ${message}`,
    differs: (field: string, expected: string, got: string, why: string) => `${field}: expected ${expected}, got ${got} (${why})`,
    missingReferral: (agency: string) => `referrals: expected ${agency}, but it was not referred`,
    unwantedReferral: (agency: string, rules: string) => `referrals: ${agency} should not be referred, but was (${rules})`,
    consentWithoutReferral: (agency: string, consent: string) => `referralConsent.${agency}: expected ${consent}, but ${agency} was not referred`,
    missingAction: (id: string) => `actions: expected ${id}, but it was not asked for`,
    unwantedAction: (id: string, rules: string) => `actions: ${id} should not be asked for, but was (${rules})`,
    stillNeeded: (paths: string) => `still needed: ${paths}`,
    nothingMissing: 'no answer is missing',
    rulesetUnusable: (name: string) => `the ruleset '${name}' cannot be used: it has problems (see 'rhi validate')`,
    summary: (passed: number, failed: number, skipped = 0) => `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
    skipped: (holdsFor: string[], ruleset: string) => `skipped: it holds for ${holdsFor.join(', ')} and the rulesets built on ${holdsFor.length === 1 ? 'it' : 'them'}, not ${ruleset} (holdsFor)`,
    disablesRule: (ruleset: string, rule: string, where: string) => `${ruleset} disables rule '${rule}' (${where})`,
    replacesRule: (ruleset: string, rule: string, where: string) => `${ruleset} replaces rule '${rule}' (${where})`,
    addsRule: (ruleset: string, rule: string, where: string) => `${ruleset} adds rule '${rule}' (${where})`,
    setsSetting: (ruleset: string, setting: string, value: string, base: string, before: string) => `${ruleset} sets ${setting} to ${value} (${base}: ${before})`,
  },

  explain: {
    title: 'Return Home Interview assessment',
    ruleset: 'Ruleset',
    version: 'version',
    assessedAt: 'Assessed at',
    failed: 'THE RULES COULD NOT ALL BE RUN',
    riskLevel: 'RISK LEVEL',
    provisional: 'provisional',
    stillNeeded: 'still needed',
    parentCarerDiscussion: 'PARENT/CARER DISCUSSION',
    referrals: 'REFERRALS',
    actions: 'ACTIONS',
    none: '(none)',
    consent: 'agreement',
    clock: (hours: number) => `THE ${hours}-HOUR CLOCK`,
    offerNotStatutory: 'Offering a return interview is not a statutory duty under these rules.',
    offerDueBy: 'Offer due by',
    offerOverdue: 'Offer overdue',
    dueBy: 'Interview due by',
    dueByUnknown: 'not known until the return time (episode.returnedAt) is recorded',
    heldWithin: (hours: number) => `Interview held within the ${hours} hours`,
    interviewOverdue: 'Interview overdue',
    delayReason: 'Why the interview was late',
    hoursFromReturn: 'Hours from return to interview',
    notYetHeld: 'the interview has not been held yet',
    signposts: 'GIVE THE CHILD',
    actionDueBy: 'Due by',
    actionOverdue: 'overdue',
  },

  rules: {
    id: 'Id',
    version: 'Version',
    chain: 'Chain',
    extends: 'Extends',
    settings: 'Settings',
    setting: 'Setting',
    value: 'Value',
    agencies: 'Agency directory',
    actions: 'Action directory',
    consent: 'agreement',
    rules: 'Rules',
    riskLevel: 'risk level',
    parentCarerDiscussion: 'parent/carer discussion',
    referral: 'referral',
    agencyDefault: "the agency's default",
    action: 'action',
    firesWhen: 'When it fires:',
    outcome: 'Outcome:',
    message: 'Message',
    from: 'From',
    replaces: 'Replaces',
    currently: 'here',
    disabledRules: 'Disabled rules',
    disabledBy: (by: string, source: string) => `disabled by ${by}; written in ${source}`,
    sharedAnswers: 'Answers every referral carries',
    sharedAnswersIntro:
      'Every referral carries these answers (which child, which episode), then any answers this agency also receives (below, in the agency directory), then the answers the rules that recommended it read. A signpost is sent nothing.',
    sharedAnswersNone: 'None: a referral carries only the answers its agency also receives and those the rules read.',
    alsoReceives: 'also receives',
    signpost: 'signpost, not a referral: the child is given its contact and nothing about the child is sent',
  },

  operators: {
    allOf: 'ALL of:',
    anyOf: 'ANY of:',
    not: 'NOT:',
    isAnswered: (fact: Inline, answered: boolean): Inline[] => (answered ? [fact, ' is answered'] : [fact, ' is not answered']),
    phrases: {
      equal: (fact, value) => [fact, ' is ', ...value],
      notEqual: (fact, value) => [fact, ' is not ', ...value],
      lessThan: (fact, value) => [fact, ' is less than ', ...value],
      lessThanInclusive: (fact, value) => [fact, ' is at most ', ...value],
      greaterThan: (fact, value) => [fact, ' is more than ', ...value],
      greaterThanInclusive: (fact, value) => [fact, ' is at least ', ...value],
      in: (fact, value) => [fact, ' is one of: ', ...value],
      notIn: (fact, value) => [fact, ' is none of: ', ...value],
      contains: (fact, value) => [fact, ' include ', ...value],
      doesNotContain: (fact, value) => [fact, ' do not include ', ...value],
      containsAny: (fact, value) => [fact, ' include any of: ', ...value],
    } as Record<string, Phrase>,
  },

  diff: {
    comparing: (a: string, b: string) => `Comparing ${a} with ${b}`,
    none: '(none)',
    settings: 'SETTINGS THAT DIFFER',
    agencies: 'AGENCIES ADDED OR CHANGED',
    actions: 'ACTIONS ADDED OR CHANGED',
    added: 'added',
    removed: 'removed',
    onlyIn: (a: string, b: string, count: number) => `RULES ONLY IN ${a} (${count}) — removed or disabled in ${b}`,
    addedIn: (b: string, count: number) => `RULES ADDED IN ${b} (${count})`,
    rulesChanged: 'RULES REPLACED OR CHANGED',
    disabledBy: (where: string) => `disabled by ${where}`,
    notIn: (id: string) => `not in ${id}`,
    changed: 'changed',
    replacedUnchanged: 'replaced, but written the same',
    replaces: (after: string, before: string) => `${after} replaces ${before}`,
    scenarios: (changed: number, run: number) => `SCENARIOS WHOSE OUTCOME CHANGES (${changed} of ${run})`,
    noScenarioFolder: (path: string) => `No scenarios compared: ${path} does not exist (give --scenarios PATH).`,
    skipped: 'skipped',
    referralsAdded: 'referrals added',
    referralsRemoved: 'referrals removed',
    actionsAdded: 'actions added',
    actionsRemoved: 'actions removed',
  },

  output: englishOutputWords,

  batch: {
    summary: (assessed: number, rejected: number) => `${assessed} assessed, ${rejected} rejected`,
  },

  help: {
  /**
   * Printed under every command's own help (rhi <command> --help), so a command added later lists
   * the options every command takes without repeating them.
   */
  everyCommand: `Options for every command:
  --lang en|cy        the language of everything printed (default en)
  --rules-dir DIR     the folder of rulesets (default ./rules, else the rules shipped with rhi)
  -h, --help          this help`,
    overall: `rhi — the Return Home Interview toolkit

Usage: rhi <command> [options]

Commands:
  validate [PATH…]        check rule files (default: the rules folder)
  assess ANSWERS.json     print the assessment as JSON
  test [SCENARIOS…]       run scenario files (default: test/scenarios)
  explain ANSWERS.json    the assessment as readable text, rule by rule
  rules                   a readable listing of a ruleset, for sign-off
  diff A B                what ruleset B changes against A, and which scenarios change
  batch RECORDS.ndjson    assess one answers object per line (- reads stdin)
  report RECORDS.ndjson   the service report: figures over many records (md, csv, json, html)
  export RECORDS.ndjson   missing episodes as a return's CSV (SSDA903, Annex A list 8, ssd_missing)
  synth --count N         write synthetic records (never real data) for trying reports
  compile-schema SCHEMA.json --out FILE
                          precompile your own JSON Schema into a validator for the form (no eval)

Options for every command:
  --lang en|cy            the language of everything printed (default en)
  --rules-dir DIR         the folder of rulesets (default ./rules, else the rules shipped with rhi)
  -h, --help              help: rhi <command> --help
  --version               the version of rhi

Exit codes: 0 all well; 1 what was checked failed (invalid files, failed scenarios, rejected
answers); 2 the command line is wrong; 3 an internal error in rhi; 4 the output could not be
written, or is one of the inputs.`,
    validate: `Usage: rhi validate [PATH…]

Checks rule files. PATH is the rules folder (every ruleset in it), one ruleset folder, or one
rule file (its folder's ruleset is checked). Default: the rules folder.

Prints each problem on its own line as  file:line:column  message — hint (at /json/pointer)
and exits 1; when all is well prints one line and exits 0. A locality that takes a case of its
base's safety floor (floor-cases.json) below its level or without its referrals is a problem.
A condition that can never be true (in [], containsAny [], a number beyond the question's range)
is printed as  file:line:column  warning: …  and does not change the exit code.`,
    assess: `Usage: rhi assess ANSWERS.json [--ruleset ID|PATH] [--now DATE-TIME] [--lang en|cy]

Prints the assessment as JSON. ANSWERS.json holds the answers, or is a scenario file (then its
ruleset and now are used unless given here).

  --ruleset ID|PATH   a ruleset id (england, wales, a locality) or a ruleset folder (default england)
  --now DATE-TIME     the moment of assessment, e.g. 2026-03-04T10:00:00Z (default: the
                      scenario's, else the current time)
  --lang en|cy        the language of the reasons

Exits 1, with one line per problem, when the answers do not fit the schema.`,
    test: `Usage: rhi test [SCENARIO-FILES-OR-FOLDERS…] [--ruleset ID|PATH]

Runs scenario files (default: test/scenarios) and prints one line per unmet expectation, then
"N passed, M failed". Exits 1 if any scenario failed.

  --ruleset ID|PATH   assess every scenario with this ruleset instead of its own`,
    explain: `Usage: rhi explain ANSWERS.json [--ruleset ID|PATH] [--now DATE-TIME] [--lang en|cy]

The assessment as readable text: the risk level, the parent/carer discussion, referrals and
actions, each with the rules that fired and why, and the return interview clock.
Options as for rhi assess.`,
    rules: `Usage: rhi rules [--ruleset ID|PATH] [--format text|md] [--lang en|cy]

A readable listing of a ruleset for sign-off: settings, agency and action directories, and every
rule with when it fires, its outcome and the file it came from.

  --ruleset ID|PATH   default england
  --format text|md    plain text (default) or Markdown`,
    diff: `Usage: rhi diff A B [--scenarios PATH]

What ruleset B changes against ruleset A (ids or folders; typically a base and a locality):
settings, agencies, actions, rules removed, added and changed, and the scenarios whose outcome
changes.

  --scenarios PATH    scenario files or a folder of them (default test/scenarios)

A report: exits 0.`,
    batch: `Usage: rhi batch RECORDS.ndjson [--ruleset ID|PATH] [--now DATE-TIME] [--output FILE] [--jobs N] [--lang en|cy]

Assesses one answers object per line (or { "id", "answers", "now" }). Prints one JSON line per
record: { "line", "id", "assessment" }, or { "line", "error" } for a line that cannot be used.
"-" reads stdin. Prints "N assessed, M rejected" on stderr; exits 1 if any line was rejected.

  --now DATE-TIME     the moment for records that do not give one (default: when the run starts)
  --output FILE       write the results to FILE (whole or not at all) instead of stdout
  --jobs N            assess on N threads (default: the machine's cores); the output is the
                      same, in the same order, whatever N is`,
    report: `Usage: rhi report RECORDS.ndjson [--from DATE] [--to DATE] [--format md|csv|json|html]
                  [--output FILE] [--ruleset ID|PATH] [--assess missing|never|always]
                  [--now DATE-TIME] [--jobs N] [--strict] [--lang en|cy]

The service report: figures over many interview records, one record per line (answers, or
{ "childId", "answers", "assessment", "referrals" }; see docs/reporting.md). Only counts,
averages and labels are printed, never a record's answers. "-" reads stdin.

  --from DATE, --to DATE   the period, YYYY-MM-DD, both days included: records whose child
                           returned (episode.returnedAt) on those local dates (default: all)
  --format FORMAT          md (default), csv (one row per figure), json or html (one page)
  --output FILE            write the report to FILE instead of stdout
  --ruleset ID|PATH        the repeat threshold, the offer time, agency names, and the rules
                           for records without a stored assessment (default england)
  --assess MODE            missing (default): assess records without a stored assessment;
                           never: count them as not assessed; always: assess every record
  --now DATE-TIME          the moment to assess at (default: each record's interview time)
  --jobs N                 read and assess on N threads (default: the machine's cores); the
                           report is the same whatever N is
  --strict                 exit 1 when any line could not be read

Lines that cannot be read are listed on stderr (the first 20) and left out; the report is still
written and rhi exits 0, unless --strict is given.`,
    synth: `Usage: rhi synth --count N [--seed S] [--ruleset ID|PATH] [--from DATE] [--days D]
                 [--assessments | --no-assessments] [--output FILE] [--lang en|cy]

Writes N synthetic interview records, one per line, for trying rhi report and for tests. They
are never real data: no names, children "synthetic-child-…", free text from a short list of
phrases marked synthetic. The same seed always gives the same bytes. Every record fits the
interview schema; with assessments (the default) each is assessed by the real engine and
carries a referral package. Distributions: docs/synth.md.

  --count N              how many records (required)
  --seed S               the seed, a whole number (default 1)
  --ruleset ID|PATH      the ruleset that assesses the records (default england)
  --from DATE            the first day children return, YYYY-MM-DD (default 2025-04-01)
  --days D               over how many days returns are spread (default 365)
  --no-assessments       answers only: no assessment, no referral package (fast)
  --output FILE          write to FILE instead of stdout`,
  },
};

export type Words = typeof english;

const welsh: Words = {
  lang: 'cy',
  yes: 'ie',
  no: 'na',
  notSet: '(heb ei osod)',
  internalError: 'gwall mewnol',

  riskLevels: valueLabels.riskLevel.cy,
  discussion: { required: 'yn ofynnol', 'not-required': 'ddim yn ofynnol', withheld: "wedi'i hatal" },
  urgencies: valueLabels.urgency.cy,
  consents: valueLabels.consent.cy,

  usage: {
    unknownCommand: (name) => `rhi: gorchymyn anhysbys '${name}' — y gorchmynion yw ${commandNames}; gweler 'rhi --help'`,
    unknownOption: (command, option) => `${prefix(command)}: dewis anhysbys '${option}' — gweler '${prefix(command)} --help'`,
    optionNeedsValue: (command, option) => `${prefix(command)}: mae angen gwerth ar ${option} — gweler '${prefix(command)} --help'`,
    unexpectedArgument: (command, argument) => `${prefix(command)}: ymresymiad annisgwyl '${argument}' — gweler '${prefix(command)} --help'`,
    unreadable: (command, message) => `${prefix(command)}: nid oes modd darllen y llinell orchymyn (${message}) — gweler '${prefix(command)} --help'`,
    badLanguage: (command, lang) => `${prefix(command)}: rhaid i --lang fod yn en neu cy, nid '${lang}'`,
    missingArgument: (command, what) => `${prefix(command)}: ${what} ar goll — gweler '${prefix(command)} --help'`,
    badNow: (command, text) => `${prefix(command)}: rhaid i --now fod yn ddyddiad ac amser gyda'i gylchfa amser, fel 2026-03-01T18:30:00Z, nid '${text}'`,
    badJobs: (command, text) => `${prefix(command)}: rhaid i --jobs fod yn nifer cyfan o edafedd, 1 neu fwy (fel 2), nid '${text}'`,
    badFormat: (command, format) => `${prefix(command)}: rhaid i --format fod yn text neu md, nid '${format}'`,
    answersFile: 'y ffeil atebion (ANSWERS.json)',
    recordsFile: 'y ffeil cofnodion (RECORDS.ndjson, neu - i ddarllen stdin)',
    twoRulesets: "y ddwy set reolau i'w cymharu (A B)",
  },

  input: {
    notAnObject: 'rhaid i hwn fod yn un gwrthrych JSON: yr atebion, neu senario gydag "answers"',
    badScenarioNow: "rhaid i 'now' fod yn ddyddiad ac amser gyda'i gylchfa amser, fel 2026-03-01T18:30:00Z",
    noSuchPath: "nid yw'r ffeil na'r ffolder yn bodoli",
    noScenariosIn: 'nid oes ffeiliau senario (*.json) yn y ffolder hon',
    unreadable: (code) =>
      code === 'ENOENT'
        ? "nid yw'r ffeil yn bodoli"
        : code === 'EISDIR'
          ? 'ffolder yw hon, nid ffeil'
          : code === 'EACCES'
            ? "nid oes modd darllen y ffeil (dim caniatâd)"
            : `nid oes modd darllen y ffeil (${code ?? 'gwall anhysbys'})`,
  },

  rulesets: {
    notARulesetFolder: (path) => `${path}  nid ffolder set reolau yw hon: mae ffolder set reolau yn cynnwys ruleset.json`,
    noRulesIn: "nid oes ffolderi set reolau (ffolderi sy'n cynnwys ruleset.json) yma — rhowch --rules-dir, neu rhedwch rhi yn y storfa",
    cannotUse: (name) => `rhi: nid oes modd defnyddio'r set reolau '${name}' nes trwsio'r problemau hyn:`,
    noSuchRuleset: (name, nearest, names) =>
      nearest ? `rhi: nid oes set reolau o'r enw '${name}' — oeddech chi'n golygu '${nearest}'?` : `rhi: nid oes set reolau o'r enw '${name}' — y setiau rheolau yw ${names.join(', ')}`,
  },

  validate: {
    folderWithoutManifest: "mae ffeiliau JSON yn y ffolder hon ond dim ruleset.json, felly ni ddarllenir yr un ohonynt — ychwanegwch ruleset.json gyda'r id, y fersiwn a'r teitl",
    fileNotRead:
      "ni ddarllenir y ffeil hon byth: dim ond ruleset.json, ffeiliau sy'n gorffen â .rules.json, interview-fields.schema.json (cwestiynau lleol), floor-cases.json (y llawr diogelwch) ac interview.layout.json (cynllun y ffurflen) a ddarllenir — ailenwch hi, er enghraifft yn risk.rules.json",
    fileOutsideRuleset: "nid yw'r ffeil hon mewn ffolder set reolau (ffolder sy'n cynnwys ruleset.json)",
    noRulesetsHere: "nid oes set reolau yma: rhowch y ffolder rheolau, ffolder set reolau (sy'n cynnwys ruleset.json) neu ffeil reolau",
    rulesetWithCount: (id, count) => `${id} (${count} rheol)`,
    problemsFound: (count) => `${count} problem wedi'u canfod`,
    controlCharacter: (escaped) =>
      `mae'r testun hwn yn cynnwys y nod rheoli ${escaped}, a allai reoli terfynell neu guddio'r hyn y mae'r testun yn ei ddweud (mae rhi yn ei ddangos fel ${escaped})`,
    controlCharacterHint: "tynnwch ef, neu dywedwch mewn geiriau beth yr oedd yn ei olygu",
    allValid: (rulesets) => `${rulesets.length} set reolau yn ddilys: ${rulesets.join(', ')}`,
    warning: 'rhybudd',
    warningsFound: (count) => `${count} rhybudd: mae'r setiau rheolau'n llwytho, ond darllenwch bob un a newidiwch y ffeiliau rheolau lle mae'n dweud`,
    symlinkOutside: (target) => `dolen i ${target} yw'r ffolder hon, y tu allan i'r ffolder rheolau, felly ni chaiff ei darllen — copïwch y set reolau i'r ffolder rheolau`,
    symlinkBroken: "dolen i ddim yw'r ffolder hon (nid yw ei tharged yn bodoli), felly ni chaiff ei darllen",
    layoutUnknownQuestion: (path) => `mae cynllun y ffurflen yn gosod '${path}', nad yw'n gwestiwn yng nghyfweliad y set reolau hon`,
    layoutUnknownQuestionHint: "gwiriwch y sillafu yn erbyn schemas/interview.schema.json, neu interview-fields.schema.json y ffolder ar gyfer cwestiwn o dan local",
    layoutUnknownPage: (id) => `nid oes tudalen '${id}' i'r dudalen hon fynd ar ei hôl`,
    layoutPagesAre: (ids) => `y tudalennau yw ${ids.join(', ')}`,
    didYouMean: (name) => `oeddech chi'n golygu '${name}'?`,
  },

  test: {
    noRuleSetLevel: "ni osododd unrhyw reol lefel, felly mae'n isel",
    noRule: 'dim rheol',
    rulesFailed: (message) => `nid oedd modd rhedeg pob rheol: ${message}`,
    differs: (field, expected, got, why) => `${field}: disgwyliwyd ${expected}, cafwyd ${got} (${why})`,
    missingReferral: (agency) => `atgyfeiriadau: disgwyliwyd ${agency}, ond ni chafodd ei atgyfeirio`,
    unwantedReferral: (agency, rules) => `atgyfeiriadau: ni ddylid atgyfeirio at ${agency}, ond fe wnaed (${rules})`,
    consentWithoutReferral: (agency, consent) => `referralConsent.${agency}: disgwyliwyd ${consent}, ond ni atgyfeiriwyd at ${agency}`,
    missingAction: (id) => `camau: disgwyliwyd ${id}, ond ni ofynnwyd amdano`,
    unwantedAction: (id, rules) => `camau: ni ddylid gofyn am ${id}, ond fe wnaed (${rules})`,
    stillNeeded: (paths) => `angen o hyd: ${paths}`,
    nothingMissing: 'nid oes ateb ar goll',
    rulesetUnusable: (name) => `nid oes modd defnyddio'r set reolau '${name}': mae problemau ynddi (gweler 'rhi validate')`,
    summary: (passed, failed, skipped = 0) => `${passed} wedi llwyddo, ${failed} wedi methu${skipped > 0 ? `, ${skipped} wedi'u hepgor` : ''}`,
    skipped: (holdsFor, ruleset) => `wedi'i hepgor: mae'n dal ar gyfer ${holdsFor.join(', ')} a'r setiau rheolau a adeiladwyd ${holdsFor.length === 1 ? 'arni' : 'arnynt'}, nid ${ruleset} (holdsFor)`,
    disablesRule: (ruleset, rule, where) => `mae ${ruleset} yn diffodd y rheol '${rule}' (${where})`,
    replacesRule: (ruleset, rule, where) => `mae ${ruleset} yn disodli'r rheol '${rule}' (${where})`,
    addsRule: (ruleset, rule, where) => `mae ${ruleset} yn ychwanegu'r rheol '${rule}' (${where})`,
    setsSetting: (ruleset, setting, value, base, before) => `mae ${ruleset} yn gosod ${setting} i ${value} (${base}: ${before})`,
  },

  explain: {
    title: 'Asesiad cyfweliad dychwelyd adref',
    ruleset: 'Set reolau',
    version: 'fersiwn',
    assessedAt: 'Aseswyd',
    failed: 'NID OEDD MODD RHEDEG POB RHEOL',
    riskLevel: 'LEFEL RISG',
    provisional: 'dros dro',
    stillNeeded: 'angen o hyd',
    parentCarerDiscussion: 'TRAFODAETH Â RHIANT/GOFALWR',
    referrals: 'ATGYFEIRIADAU',
    actions: 'CAMAU GWEITHREDU',
    none: '(dim)',
    consent: 'cytundeb',
    clock: (hours) => `Y CLOC ${hours} AWR`,
    offerNotStatutory: "Nid yw cynnig cyfweliad dychwelyd yn ddyletswydd statudol o dan y rheolau hyn.",
    offerDueBy: 'Cynnig i’w wneud erbyn',
    offerOverdue: 'Cynnig yn hwyr',
    dueBy: 'Cyfweliad i’w gynnal erbyn',
    dueByUnknown: "ddim yn hysbys nes cofnodi'r amser dychwelyd (episode.returnedAt)",
    heldWithin: (hours) => `Cyfweliad wedi’i gynnal o fewn y ${hours} awr`,
    interviewOverdue: 'Cyfweliad yn hwyr',
    delayReason: 'Pam roedd y cyfweliad yn hwyr',
    hoursFromReturn: "Oriau o'r dychwelyd i'r cyfweliad",
    notYetHeld: "nid yw'r cyfweliad wedi'i gynnal eto",
    signposts: "I'W ROI I'R PLENTYN",
    actionDueBy: 'Erbyn',
    actionOverdue: 'yn hwyr',
  },

  rules: {
    id: 'Id',
    version: 'Fersiwn',
    chain: 'Cadwyn',
    extends: 'Yn estyn',
    settings: 'Gosodiadau',
    setting: 'Gosodiad',
    value: 'Gwerth',
    agencies: 'Cyfeiriadur asiantaethau',
    actions: 'Cyfeiriadur camau gweithredu',
    consent: 'cytundeb',
    rules: 'Rheolau',
    riskLevel: 'lefel risg',
    parentCarerDiscussion: 'trafodaeth â rhiant/gofalwr',
    referral: 'atgyfeiriad',
    agencyDefault: 'rhagosodiad yr asiantaeth',
    action: 'cam gweithredu',
    firesWhen: "Pryd mae'n tanio:",
    outcome: 'Canlyniad:',
    message: 'Neges',
    from: "O'r ffeil",
    replaces: 'Yn disodli',
    currently: 'yma',
    disabledRules: "Rheolau wedi'u diffodd",
    disabledBy: (by, source) => `wedi'i diffodd gan ${by}; wedi'i hysgrifennu yn ${source}`,
    sharedAnswers: 'Atebion y mae pob atgyfeiriad yn eu cario',
    sharedAnswersIntro:
      "Mae pob atgyfeiriad yn cario'r atebion hyn (pa blentyn, pa achos), yna unrhyw atebion y mae'r asiantaeth hon yn eu cael hefyd (isod, yn y cyfeiriadur asiantaethau), yna'r atebion y mae'r rheolau a'i hargymhellodd yn eu darllen. Nid anfonir dim at gyfeirbwynt.",
    sharedAnswersNone: "Dim: mae atgyfeiriad yn cario dim ond yr atebion y mae ei asiantaeth yn eu cael hefyd a'r rhai y mae'r rheolau'n eu darllen.",
    alsoReceives: 'hefyd yn cael',
    signpost: "cyfeirbwynt, nid atgyfeiriad: rhoddir ei fanylion cyswllt i'r plentyn ac nid anfonir dim am y plentyn",
  },

  operators: {
    allOf: 'POB UN o:',
    anyOf: 'UNRHYW UN o:',
    not: 'NID:',
    isAnswered: (fact, answered) => (answered ? ['mae ateb i ', fact] : ['nid oes ateb i ', fact]),
    phrases: {
      equal: (fact, value) => ['mae ', fact, ' yn ', ...value],
      notEqual: (fact, value) => ['nid yw ', fact, ' yn ', ...value],
      lessThan: (fact, value) => ['mae ', fact, ' yn llai na ', ...value],
      lessThanInclusive: (fact, value) => ['mae ', fact, ' yn ', ...value, ' neu lai'],
      greaterThan: (fact, value) => ['mae ', fact, ' yn fwy na ', ...value],
      greaterThanInclusive: (fact, value) => ['mae ', fact, ' yn ', ...value, ' o leiaf'],
      in: (fact, value) => ['mae ', fact, ' yn un o: ', ...value],
      notIn: (fact, value) => ['nid yw ', fact, ' yn un o: ', ...value],
      contains: (fact, value) => ['mae ', fact, ' yn cynnwys ', ...value],
      doesNotContain: (fact, value) => ['nid yw ', fact, ' yn cynnwys ', ...value],
      containsAny: (fact, value) => ['mae ', fact, ' yn cynnwys unrhyw un o: ', ...value],
    },
  },

  diff: {
    comparing: (a, b) => `Yn cymharu ${a} â ${b}`,
    none: '(dim)',
    settings: "GOSODIADAU SY'N WAHANOL",
    agencies: 'ASIANTAETHAU A YCHWANEGWYD NEU A NEWIDIWYD',
    actions: 'CAMAU GWEITHREDU A YCHWANEGWYD NEU A NEWIDIWYD',
    added: 'ychwanegwyd',
    removed: 'tynnwyd',
    onlyIn: (a, b, count) => `RHEOLAU YN ${a} YN UNIG (${count}) — wedi'u tynnu neu eu diffodd yn ${b}`,
    addedIn: (b, count) => `RHEOLAU A YCHWANEGWYD YN ${b} (${count})`,
    rulesChanged: 'RHEOLAU A DDISODLWYD NEU A NEWIDIWYD',
    disabledBy: (where) => `wedi'i diffodd gan ${where}`,
    notIn: (id) => `nid yw yn ${id}`,
    changed: 'newidiwyd',
    replacedUnchanged: "wedi'i disodli, ond wedi'i hysgrifennu yr un fath",
    replaces: (after, before) => `mae ${after} yn disodli ${before}`,
    scenarios: (changed, run) => `SENARIOS Y MAE EU CANLYNIAD YN NEWID (${changed} o ${run})`,
    noScenarioFolder: (path) => `Ni chymharwyd unrhyw senario: nid yw ${path} yn bodoli (rhowch --scenarios PATH).`,
    skipped: 'hepgorwyd',
    referralsAdded: 'atgyfeiriadau a ychwanegwyd',
    referralsRemoved: 'atgyfeiriadau a dynnwyd',
    actionsAdded: 'camau a ychwanegwyd',
    actionsRemoved: 'camau a dynnwyd',
  },

  output: welshOutputWords,

  batch: {
    summary: (assessed, rejected) => `${assessed} wedi'u hasesu, ${rejected} wedi'u gwrthod`,
  },

  help: {
  everyCommand: `Dewisiadau ar gyfer pob gorchymyn:
  --lang en|cy        iaith popeth a argreffir (rhagosodiad en)
  --rules-dir DIR     ffolder y setiau rheolau (rhagosodiad ./rules, neu'r rheolau a ddaw gyda rhi)
  -h, --help          y cymorth hwn`,
    overall: `rhi — pecyn cymorth y cyfweliad dychwelyd adref

Defnydd: rhi <gorchymyn> [dewisiadau]

Gorchmynion:
  validate [PATH…]        gwirio ffeiliau rheolau (rhagosodiad: y ffolder rheolau)
  assess ANSWERS.json     argraffu'r asesiad fel JSON
  test [SCENARIOS…]       rhedeg ffeiliau senario (rhagosodiad: test/scenarios)
  explain ANSWERS.json    yr asesiad fel testun darllenadwy, fesul rheol
  rules                   rhestr ddarllenadwy o set reolau, i'w chymeradwyo
  diff A B                beth mae set reolau B yn ei newid o'i chymharu ag A, a pha senarios sy'n newid
  batch RECORDS.ndjson    asesu un gwrthrych atebion ar bob llinell (mae - yn darllen stdin)
  report RECORDS.ndjson   yr adroddiad gwasanaeth: ffigurau dros lawer o gofnodion (md, csv, json, html)
  export RECORDS.ndjson   cyfnodau ar goll fel CSV ffurflen (SSDA903, rhestr 8 Atodiad A, ssd_missing)
  synth --count N         ysgrifennu cofnodion synthetig (byth data go iawn) i roi cynnig ar adroddiadau
  compile-schema SCHEMA.json --out FILE
                          rhag-grynhoi eich Sgema JSON eich hun yn ddilysydd i'r ffurflen (dim eval)

Dewisiadau ar gyfer pob gorchymyn:
  --lang en|cy            iaith popeth a argreffir (rhagosodiad en)
  --rules-dir DIR         ffolder y setiau rheolau (rhagosodiad ./rules, neu'r rheolau a ddaw gyda rhi)
  -h, --help              cymorth: rhi <gorchymyn> --help
  --version               fersiwn rhi

Codau gadael: 0 popeth yn iawn; 1 methodd yr hyn a wiriwyd (ffeiliau annilys, senarios a
fethodd, atebion a wrthodwyd); 2 mae'r llinell orchymyn yn anghywir; 3 gwall mewnol yn rhi; 4 nid
oedd modd ysgrifennu'r allbwn, neu mae'n un o'r mewnbynnau.`,
    validate: `Defnydd: rhi validate [PATH…]

Yn gwirio ffeiliau rheolau. PATH yw'r ffolder rheolau (pob set reolau ynddi), un ffolder set
reolau, neu un ffeil reolau (gwirir set reolau ei ffolder). Rhagosodiad: y ffolder rheolau.

Yn argraffu pob problem ar ei llinell ei hun fel  ffeil:llinell:colofn  neges — awgrym (at /pwyntydd/json)
ac yn gadael ag 1; pan fo popeth yn iawn mae'n argraffu un llinell ac yn gadael â 0. Mae ardal sy'n
mynd ag achos o lawr diogelwch ei sylfaen (floor-cases.json) o dan ei lefel neu heb ei atgyfeiriadau
yn broblem. Argreffir amod na all byth fod yn wir (in [], containsAny [], rhif y tu hwnt i ystod y
cwestiwn) fel  ffeil:llinell:colofn  rhybudd: …  ac nid yw'n newid y cod gadael.`,
    assess: `Defnydd: rhi assess ANSWERS.json [--ruleset ID|PATH] [--now DATE-TIME] [--lang en|cy]

Yn argraffu'r asesiad fel JSON. Mae ANSWERS.json yn cynnwys yr atebion, neu mae'n ffeil senario
(yna defnyddir ei set reolau a'i now oni roddir rhai yma).

  --ruleset ID|PATH   id set reolau (england, wales, ardal) neu ffolder set reolau (rhagosodiad england)
  --now DATE-TIME     moment yr asesiad, e.e. 2026-03-04T10:00:00Z (rhagosodiad: un y senario,
                      neu'r amser presennol)
  --lang en|cy        iaith y rhesymau

Yn gadael ag 1, gydag un llinell i bob problem, pan nad yw'r atebion yn cyd-fynd â'r sgema.`,
    test: `Defnydd: rhi test [FFEILIAU-NEU-FFOLDERI-SENARIO…] [--ruleset ID|PATH]

Yn rhedeg ffeiliau senario (rhagosodiad: test/scenarios) ac yn argraffu un llinell i bob
disgwyliad na chafodd ei fodloni, yna "N wedi llwyddo, M wedi methu". Yn gadael ag 1 os methodd
unrhyw senario.

  --ruleset ID|PATH   asesu pob senario gyda'r set reolau hon yn lle ei un ei hun`,
    explain: `Defnydd: rhi explain ANSWERS.json [--ruleset ID|PATH] [--now DATE-TIME] [--lang en|cy]

Yr asesiad fel testun darllenadwy: y lefel risg, y drafodaeth â rhiant/gofalwr, atgyfeiriadau a
chamau gweithredu, pob un gyda'r rheolau a daniodd a pham, a chloc y cyfweliad dychwelyd.
Dewisiadau fel ar gyfer rhi assess.`,
    rules: `Defnydd: rhi rules [--ruleset ID|PATH] [--format text|md] [--lang en|cy]

Rhestr ddarllenadwy o set reolau i'w chymeradwyo: gosodiadau, cyfeiriaduron asiantaethau a
chamau gweithredu, a phob rheol gyda phryd mae'n tanio, ei chanlyniad a'r ffeil y daeth ohoni.

  --ruleset ID|PATH   rhagosodiad england
  --format text|md    testun plaen (rhagosodiad) neu Markdown`,
    diff: `Defnydd: rhi diff A B [--scenarios PATH]

Beth mae set reolau B yn ei newid o'i chymharu â set reolau A (ids neu ffolderi; fel arfer sylfaen
ac ardal): gosodiadau, asiantaethau, camau gweithredu, rheolau a dynnwyd, a ychwanegwyd ac a
newidiwyd, a'r senarios y mae eu canlyniad yn newid.

  --scenarios PATH    ffeiliau senario neu ffolder ohonynt (rhagosodiad test/scenarios)

Adroddiad yw hwn: mae'n gadael â 0.`,
    batch: `Defnydd: rhi batch RECORDS.ndjson [--ruleset ID|PATH] [--now DATE-TIME] [--output FILE] [--jobs N] [--lang en|cy]

Yn asesu un gwrthrych atebion ar bob llinell (neu { "id", "answers", "now" }). Yn argraffu un
llinell JSON i bob cofnod: { "line", "id", "assessment" }, neu { "line", "error" } ar gyfer
llinell na ellir ei defnyddio. Mae "-" yn darllen stdin. Yn argraffu "N wedi'u hasesu, M wedi'u
gwrthod" ar stderr; yn gadael ag 1 os gwrthodwyd unrhyw linell.

  --now DATE-TIME     y moment ar gyfer cofnodion heb un (rhagosodiad: pan fydd y rhediad yn dechrau)
  --output FILE       ysgrifennu'r canlyniadau i FILE (yn gyfan neu ddim o gwbl) yn lle stdout
  --jobs N            asesu ar N o edafedd (rhagosodiad: creiddiau'r peiriant); mae'r allbwn yr
                      un fath, yn yr un drefn, beth bynnag yw N`,
    report: `Defnydd: rhi report RECORDS.ndjson [--from DATE] [--to DATE] [--format md|csv|json|html]
                  [--output FILE] [--ruleset ID|PATH] [--assess missing|never|always]
                  [--now DATE-TIME] [--jobs N] [--strict] [--lang en|cy]

Yr adroddiad gwasanaeth: ffigurau dros lawer o gofnodion cyfweliad, un cofnod ar bob llinell
(atebion, neu { "childId", "answers", "assessment", "referrals" }; gweler docs/reporting.md). Dim
ond cyfrifon, cyfartaleddau a labeli a argreffir, byth atebion cofnod. Mae "-" yn darllen stdin.

  --from DATE, --to DATE   y cyfnod, BBBB-MM-DD, gan gynnwys y ddau ddiwrnod: cofnodion lle
                           dychwelodd y plentyn (episode.returnedAt) ar y dyddiadau lleol hynny
                           (rhagosodiad: pob un)
  --format FORMAT          md (rhagosodiad), csv (un rhes i bob ffigur), json neu html (un dudalen)
  --output FILE            ysgrifennu'r adroddiad i FILE yn lle stdout
  --ruleset ID|PATH        y trothwy ailadrodd, amser y cynnig, enwau asiantaethau, a'r rheolau ar
                           gyfer cofnodion heb asesiad wedi'i gadw (rhagosodiad england)
  --assess MODE            missing (rhagosodiad): asesu cofnodion heb asesiad wedi'i gadw; never:
                           eu cyfrif heb eu hasesu; always: asesu pob cofnod
  --now DATE-TIME          y moment i asesu arno (rhagosodiad: amser cyfweliad pob cofnod)
  --jobs N                 darllen ac asesu ar N o edafedd (rhagosodiad: creiddiau'r peiriant);
                           mae'r adroddiad yr un fath beth bynnag yw N
  --strict                 gadael ag 1 pan nad oedd modd darllen unrhyw linell

Rhestrir llinellau na ellir eu darllen ar stderr (yr 20 cyntaf) a'u gadael allan; ysgrifennir yr
adroddiad o hyd ac mae rhi yn gadael â 0, oni roddir --strict.`,
    synth: `Defnydd: rhi synth --count N [--seed S] [--ruleset ID|PATH] [--from DATE] [--days D]
                 [--assessments | --no-assessments] [--output FILE] [--lang en|cy]

Yn ysgrifennu N o gofnodion cyfweliad synthetig, un ar bob llinell, i roi cynnig ar rhi report ac
ar gyfer profion. Nid ydynt byth yn ddata go iawn: dim enwau, plant "synthetic-child-…", testun
rhydd o restr fer o ymadroddion wedi'u marcio'n synthetig. Mae'r un hedyn bob amser yn rhoi'r un
beitiau. Mae pob cofnod yn cyd-fynd â sgema'r cyfweliad; gydag asesiadau (y rhagosodiad) caiff
pob un ei asesu gan y peiriant go iawn ac mae ganddo becyn atgyfeirio. Dosraniadau: docs/synth.md.

  --count N              faint o gofnodion (gofynnol)
  --seed S               yr hedyn, rhif cyfan (rhagosodiad 1)
  --ruleset ID|PATH      y set reolau sy'n asesu'r cofnodion (rhagosodiad england)
  --from DATE            y diwrnod cyntaf y mae plant yn dychwelyd, BBBB-MM-DD (rhagosodiad 2025-04-01)
  --days D               dros faint o ddiwrnodau y mae'r dychweliadau (rhagosodiad 365)
  --no-assessments       atebion yn unig: dim asesiad, dim pecyn atgyfeirio (cyflym)
  --output FILE          ysgrifennu i FILE yn lle stdout`,
  },
};

const wordsByLanguage: Record<Language, Words> = { en: english, cy: welsh };

/** The words in one language. */
export function wordsIn(lang: Language): Words {
  return wordsByLanguage[lang];
}
