/**
 * Every problem message the engine writes about rule files and answers files, in English and
 * Welsh (Cymraeg). The Welsh object has the English object's type, so no message can be missing.
 */
import type { Language } from './types.js';

import { schemaProblemWordsCy, schemaProblemWordsEn } from './schema-problem-words.js';

type Kind = string;

const englishKind = (kind: Kind) => kind;
const rangeInEnglish = (minimum?: number, maximum?: number): string =>
  minimum !== undefined && maximum !== undefined ? `from ${minimum} to ${maximum}` : minimum !== undefined ? `at least ${minimum}` : `at most ${maximum}`;
const rangeInWelsh = (minimum?: number, maximum?: number): string =>
  minimum !== undefined && maximum !== undefined ? `rhwng ${minimum} a ${maximum}` : minimum !== undefined ? `o leiaf ${minimum}` : `ar y mwyaf ${maximum}`;
const welshLevel = (level: string): string =>
  ({ high: 'uchel', medium: 'canolig', low: 'isel', 'no-apparent-risk': 'dim risg amlwg' })[level] ?? level;
const englishQuestionKind = (type: string): string =>
  ({
    boolean: 'a yes/no question',
    string: 'a text, date or single-choice question',
    integer: 'a whole-number question',
    number: 'a number question',
    array: 'a several-choices question',
  })[type] ?? `a "${type}" question`;

export const problemWordsEn = {
  // schema-problem-words.ts: schema checks and "did you mean"
  ...schemaProblemWordsEn,

  // check-ruleset.ts
  agencyNoName: (agencyId: string) => `the agency '${agencyId}' has no name in both English and Welsh`,
  agencyNoNameHint: 'add "name": { "en": "…", "cy": "…" }',
  actionNoName: (actionId: string) => `the action '${actionId}' has no name in both English and Welsh`,
  actionNoNameHint: 'add "name": { "en": "…", "cy": "…" }',
  actionDueHours: (actionId: string) => `the due time of the action '${actionId}' must give either withinHours or withinSetting, not both and not neither`,
  actionDueHoursHint:
    'write "withinHours": 24 (a number of hours) or "withinSetting": "offerWithinHours" (due when the interview offer is due) or "notifyAuthoritiesWithinHours" (due when the authorities must be told)',
  settingNoValue: (path: string) => `the setting '${path}' has no value`,
  settingNoValueHint: 'a base ruleset must give every setting (see docs/rule-files.md)',
  unknownTimeZone: (timeZone: string) => `'${timeZone}' is not a time zone this system knows`,
  unknownTimeZoneHint: 'use an IANA name such as "Europe/London"',
  ruleMissingText: (ruleId: string, lang: Language, field: 'description' | 'message') =>
    `the rule '${ruleId}' has no ${lang === 'en' ? 'English' : 'Welsh'} ${field}`,
  ruleMissingTextHint: (lang: Language, field: 'description' | 'message') =>
    `write the ${field} in ${lang === 'en' ? 'English' : 'Welsh (Cymraeg)'}`,
  placeholderNotFact: (name: string) => `the placeholder {${name}} is not a fact or setting`,
  descriptionPlaceholderNotSetting: (name: string) => `the placeholder {${name}} is not a setting: a description is read without an interview, so it can only write in settings`,
  descriptionPlaceholderHint: 'write a setting as {settings.repeatEpisodes.withinDays}, or the words without braces',
  unknownAgency: (agency: string) => `unknown agency '${agency}'`,
  unknownAgencyHint: 'add it to "agencies" in ruleset.json first',
  unknownSharedAnswer: (path: string) => `'${path}' is not an answer of the interview, so no referral could carry it`,
  unknownSharedAnswerHint:
    "write the dotted path of an answer in schemas/interview.schema.json (e.g. child.dateOfBirth) or of the ruleset's own question (local.…); see docs/rule-files.md",
  signpostSharesAnswers: (agencyId: string) => `the agency '${agencyId}' is a signpost, so it is sent no answers`,
  signpostSharesAnswersHint: 'delete "sharedAnswers" here, or delete "signpost": true if information about the child is sent to this agency',
  unknownAction: (action: string) => `the action '${action}' has no name in the action directory`,
  unknownActionHint: (action: string) => `add "${action}": { "name": { "en": "…", "cy": "…" } } to "actions" in ruleset.json`,
  conditionNotObject: 'a condition must be an object: { "all": [...] }, { "any": [...] }, { "not": {...} } or { "fact", "operator", "value" }',
  onlyOneGroup: (groups: string[]) =>
    `a condition can have only one of "all", "any" or "not", not ${groups.map((g) => `"${g}"`).join(' and ')}`,
  onlyOneGroupHint: 'nest one inside the other',
  groupMustBeList: (group: string) => `"${group}" must be a list of conditions`,
  groupMustBeListHint: (group: string) => `write "${group}": [ { … }, { … } ]`,
  groupEmpty: (group: string) => `"${group}" has no conditions`,
  groupEmptyHint: 'add at least one condition, or delete it',
  conditionsMustStartWithGroup: 'the conditions of a rule must start with "all", "any" or "not"',
  conditionsMustStartWithGroupHint: 'wrap the condition: { "all": [ … ] }',
  notPartOfCondition: (key: string) => `'${key}' is not part of a condition`,
  conditionPartsHint: 'a condition has "fact", "operator" and "value"',
  conditionHasNo: (key: string) => `the condition has no "${key}"`,
  factMustBeName: '"fact" must be the name of an answer, a derived fact or a setting, in quotes',
  unknownFact: (fact: string) => `unknown fact '${fact}'`,
  unknownFactHint:
    "facts are the dotted answer fields of schemas/interview.schema.json, the ruleset's local questions (local.…), derived facts and settings.… (see docs/rule-files.md)",
  operatorMustBeName: '"operator" must be the name of an operator, in quotes',
  operatorNotAllowed: (operator: string) => `operator '${operator}' is not allowed`,
  listOperatorOnSingle: (operator: string, fact: string, kind: Kind) =>
    `'${operator}' works on a list, but '${fact}' is a single ${englishKind(kind)} answer`,
  useEqualOrIn: 'use "equal" or "in" instead',
  numberOperatorOnOther: (operator: string, fact: string, kind: Kind) =>
    `'${operator}' compares numbers, but '${fact}' is ${kind === 'list' ? 'a list' : `a ${englishKind(kind)} answer`}`,
  useContainsOrContainsAny: 'use "contains" or "containsAny"',
  useEqualOrInShort: 'use "equal" or "in"',
  singleOperatorOnList: (fact: string, operator: string) => `'${fact}' is a list; '${operator}' compares a single answer`,
  useListOperators: 'use "contains", "doesNotContain" or "containsAny"',
  valueObjectMustNameFact: 'a value that is an object must be { "fact": "…" } naming a fact or setting to compare with',
  isAnsweredTakesBoolean: "'isAnswered' takes true or false (without quotes)",
  operatorNeedsList: (operator: string) => `'${operator}' needs a list of values`,
  writeList: (value: string) => `write [${value}]`,
  notAValueOf: (value: string, fact: string) => `${value} is not a value '${fact}' can have`,
  yesNoValue: (fact: string) => `'${fact}' is a yes/no answer, so the value must be true or false`,
  writeWithoutQuotes: (value: string) => `write ${value} without quotes`,
  /** For a yes/no answer written as anything but true or false ("yes", "Y", 1): JSON has only true and false. */
  writeTrueOrFalse: 'write true or false without quotes',
  numberValue: (fact: string) => `'${fact}' is a number, so the value must be a number`,
  textValue: (fact: string) => `'${fact}' is text, so the value must be in quotes`,

  // compose-ruleset.ts
  noRuleset: (id: string) => `there is no ruleset '${id}'`,
  rulesetsFound: (ids: string[]) => `rulesets found: ${ids.join(', ') || 'none'}`,
  noManifest: (id: string, manifest: string) => `the ruleset '${id}' has no ${manifest}`,
  noManifestHint: (manifest: string) => `add ${manifest} with its id, version and settings to the folder`,
  extendsCircle: (chain: string[]) => `'extends' goes round in a circle: ${chain.join(' → ')}`,
  extendsCircleHint: 'a base ruleset (such as england) must not extend anything',
  noId: "the ruleset has no 'id'",
  addId: (id: string) => `add "id": "${id}"`,
  idMismatch: (id: string, folder: string) => `the id '${id}' does not match the folder name '${folder}'`,
  idMismatchHint: (folder: string) => `use "id": "${folder}", or rename the folder`,
  noVersion: "the ruleset has no 'version'",
  noVersionHint: 'add "version": "2026.1" (any text that changes when the rules change)',
  noTitle: "the ruleset has no 'title'",
  noTitleHint: 'add "title": { "en": "…", "cy": "…" }',
  belongsInManifest: (field: string, manifest: string) => `'${field}' belongs in ${manifest}, not in a rules file`,
  belongsInManifestHint: (manifest: string) => `move it to ${manifest} in the same folder`,
  ruleIdTwice: (id: string, file: string, pointer: string) =>
    `the rule id '${id}' is used twice in this ruleset (also in ${file} at ${pointer})`,
  ruleIdTwiceHint: 'give each rule its own id',
  cannotDisable: (id: string) => `cannot disable '${id}': no inherited rule has that id`,
  cannotDisableHint: 'run `npx rhi rules --ruleset <base>` to list the rule ids',
  writtenAndDisabled: (id: string) => `'${id}' is both written and disabled in this ruleset`,
  writtenAndDisabledHint: 'delete the rule instead of disabling it',

  // local-fields.ts
  localFieldInherited: (name: string, file: string) => `the question '${name}' is already defined in ${file}, which this ruleset extends`,
  localFieldInheritedHint: 'give the new question another name, or delete it here: the inherited question is kept',
  localFieldName: (name: string) => `'${name}' cannot be the name of a question`,
  localFieldNameHint: 'use one word of letters and digits that starts with a small letter, such as exploitationHubConsulted',
  keywordNotForKind: (keyword: string, type: string) => `'${keyword}' does not apply to ${englishQuestionKind(type)}`,
  keywordNotForKindHint: 'delete it, or change "type" (see docs/rule-files.md)',
  listNeedsChoices: (name: string) => `the question '${name}' lets people pick several choices but does not say which`,
  listNeedsChoicesHint: 'add "items": { "type": "string", "enum": [ "…", "…" ] }',
  choiceNoLabel: (value: string, name: string, lang: Language) =>
    `the choice '${value}' of the question '${name}' has no ${lang === 'en' ? 'English' : 'Welsh'} label`,
  choiceNoLabelHint: (value: string, lang: Language) => `add "${value}": "…" under "x-rhi-enum-labels": { "${lang}": { … } }`,
  labelForNoChoice: (value: string, name: string) => `'${value}' has a label but is not a choice of the question '${name}'`,
  labelForNoChoiceHint: 'correct the spelling, or add the value to "enum"',
  localFieldReservedName: (name: string) =>
    `'${name}' cannot be the name of a question: every JavaScript object already has a '${name}', so answers and labels under it could be mistaken for it`,
  localFieldReservedNameHint: 'choose a name that says what the question asks, such as exploitationHubConsulted',

  // never-true.ts
  emptyListNeverTrue: (operator: string) => `'${operator}' with an empty list is never true, so this condition can never be met`,
  emptyListAlwaysTrue: (operator: string) => `'${operator}' with an empty list is always true, so this condition says nothing`,
  emptyListHint: 'write the values to look for in the list, or delete the condition',
  beyondRange: (fact: string, operator: string, value: string, minimum?: number, maximum?: number) =>
    `this condition can never be true: '${fact}' is ${rangeInEnglish(minimum, maximum)}, so it is never '${operator}' ${value}`,
  beyondRangeHint: 'check the number against the question (its minimum and maximum), or delete the condition',

  // safety-floor.ts
  floorCaseTwice: (id: string, file: string) => `the safety floor case '${id}' is already in ${file}: a floor case cannot be changed or replaced`,
  floorCaseTwiceHint: 'give your own case another id; the inherited case is kept as it is',
  floorCaseNotAssessed: (id: string, detail: string) => `the safety floor case '${id}' could not be assessed (${detail})`,
  floorCaseNotAssessedHint: 'check the answers of the case against schemas/interview.schema.json',
  floorCaseBroken: (id: string, title: string, file: string, needs: string, found: string) =>
    `the safety floor case '${id}' (${title}, ${file}) must be ${needs}, but this ruleset ${found}`,
  floorNeedsLevel: (level: string) => `at least ${level}`,
  floorNeedsReferrals: (agencies: string[]) => ` with a referral to ${agencies.join(', ')}`,
  floorNeedsActions: (actions: string[]) => ` asking for the action ${actions.join(', ')}`,
  floorNeedsWithheld: ' and the discussion with the family withheld',
  floorFoundLevel: (level: string) => `assesses it ${level}`,
  floorFoundNoReferral: (agencies: string[]) => `recommends no referral to ${agencies.join(', ')}`,
  floorFoundNoAction: (actions: string[]) => `does not ask for the action ${actions.join(', ')}`,
  floorFoundNotWithheld: (discussion: string) => `does not withhold the discussion with the family (${discussion})`,
  floorAnd: ' and ',
  floorRuleDisabled: (ruleId: string, file: string) => `this disables the rule '${ruleId}' (${file}), which the case needs`,
  floorRuleReplaced: (ruleId: string, file: string) => `this replaces the rule '${ruleId}' (${file}), which the case needs, with one that no longer does what it did`,
  floorSettingChanged: (path: string) => `this changes the setting '${path}'`,
  floorHint: (file: string) =>
    `a locality cannot lower the safety floor of ${file}: keep the rule, or write the replacement so that it still gives these answers at least as much (see docs/rule-files.md, "The safety floor")`,
  floorOwnRulesHint: 'the rules of this ruleset do not meet its own floor: correct the rules, or the case if it is wrong',

  // node/json-file.ts
  parseErrors: {
    InvalidSymbol: 'there is a character that does not belong in JSON',
    InvalidNumberFormat: 'a number is not written correctly',
    PropertyNameExpected: 'a field name in double quotes is expected',
    ValueExpected: 'a value is expected',
    ColonExpected: 'a colon (:) is expected after the field name',
    CommaExpected: 'a comma is missing between two items',
    CloseBraceExpected: 'a closing } is missing',
    CloseBracketExpected: 'a closing ] is missing',
    EndOfFileExpected: 'there is text after the end of the JSON',
    InvalidCommentToken: 'comments are not allowed in JSON',
    UnexpectedEndOfComment: 'a comment is not closed',
    UnexpectedEndOfString: 'a text value is missing its closing double quote',
    UnexpectedEndOfNumber: 'a number is cut short',
    InvalidUnicode: 'there is a broken \\u escape',
    InvalidEscapeCharacter: 'there is a backslash escape that JSON does not allow',
    InvalidCharacter: 'there is a character that must be escaped',
  } as Record<string, string>,
  fileEmpty: 'the file is empty',
  fileEmptyHint: 'it should hold one JSON object',
  notValidJson: (words: string) => `not valid JSON: ${words}`,
  checkCommaHint: 'check for a missing comma, or a comma after the last item',
  fileDoesNotExist: 'the file does not exist',
  isAFolder: 'this is a folder, not a file',
  permissionDenied: 'the file cannot be read (permission denied)',
  cannotRead: (code: string | undefined) => `the file cannot be read (${code ?? 'unknown error'})`,
  notUtf8: (byte: number) => `this is not UTF-8 text: the byte 0x${byte.toString(16).toUpperCase().padStart(2, '0')} here cannot be read`,
  notUtf8Hint: 'save the file as UTF-8 (an export in Latin-1 or Windows-1252 must be converted first, for example with iconv -f WINDOWS-1252 -t UTF-8)',
  nestedTooDeep: (limit: number) => `the JSON is nested more than ${limit} levels deep here`,
  nestedTooDeepHint: 'no interview, rule or scenario file needs that many levels: check that the file was written by the right tool',
};

export type ProblemWords = typeof problemWordsEn;

const welshKind = (kind: Kind): string =>
  ({ list: 'rhestr', number: 'rhif', boolean: 'ie/na', object: 'gwrthrych', text: 'testun' })[kind] ?? kind;
const welshField = (field: 'description' | 'message') => (field === 'description' ? 'disgrifiad' : 'neges');
const welshQuestionKind = (type: string): string =>
  ({
    boolean: 'gwestiwn ie/na',
    string: 'gwestiwn testun, dyddiad neu un dewis',
    integer: 'gwestiwn rhif cyfan',
    number: 'gwestiwn rhif',
    array: 'gwestiwn sawl dewis',
  })[type] ?? `gwestiwn "${type}"`;

export const problemWordsCy: ProblemWords = {
  ...schemaProblemWordsCy,

  agencyNoName: (agencyId) => `nid oes gan yr asiantaeth '${agencyId}' enw yn Saesneg ac yn Gymraeg`,
  agencyNoNameHint: 'ychwanegwch "name": { "en": "…", "cy": "…" }',
  actionNoName: (actionId) => `nid oes gan y cam gweithredu '${actionId}' enw yn Saesneg ac yn Gymraeg`,
  actionNoNameHint: 'ychwanegwch "name": { "en": "…", "cy": "…" }',
  actionDueHours: (actionId) => `rhaid i amser dyledus y cam gweithredu '${actionId}' roi naill ai withinHours neu withinSetting, nid y ddau a dim un ohonynt`,
  actionDueHoursHint:
    'ysgrifennwch "withinHours": 24 (nifer o oriau) neu "withinSetting": "offerWithinHours" (yn ddyledus pan fo cynnig y cyfweliad yn ddyledus) neu "notifyAuthoritiesWithinHours" (yn ddyledus pan fo rhaid rhoi gwybod i\'r awdurdodau)',
  settingNoValue: (path) => `nid oes gwerth i'r gosodiad '${path}'`,
  settingNoValueHint: "rhaid i set reolau sylfaenol roi pob gosodiad (gweler docs/rule-files.md)",
  unknownTimeZone: (timeZone) => `nid yw '${timeZone}' yn gylchfa amser y mae'r system hon yn ei hadnabod`,
  unknownTimeZoneHint: 'defnyddiwch enw IANA fel "Europe/London"',
  ruleMissingText: (ruleId, lang, field) =>
    `nid oes gan y rheol '${ruleId}' ${welshField(field)} yn ${lang === 'en' ? 'Saesneg' : 'Gymraeg'}`,
  ruleMissingTextHint: (lang, field) => `ysgrifennwch y ${welshField(field)} yn ${lang === 'en' ? 'Saesneg' : 'Gymraeg'}`,
  placeholderNotFact: (name) => `nid yw'r dalfan {${name}} yn ffaith nac yn osodiad`,
  descriptionPlaceholderNotSetting: (name) => `nid yw'r dalfan {${name}} yn osodiad: darllenir disgrifiad heb gyfweliad, felly dim ond gosodiadau y gall eu hysgrifennu`,
  descriptionPlaceholderHint: "ysgrifennwch osodiad fel {settings.repeatEpisodes.withinDays}, neu'r geiriau heb gromfachau",
  unknownAgency: (agency) => `asiantaeth anhysbys '${agency}'`,
  unknownAgencyHint: 'ychwanegwch hi at "agencies" yn ruleset.json yn gyntaf',
  unknownSharedAnswer: (path) => `nid yw '${path}' yn un o atebion y cyfweliad, felly ni allai unrhyw atgyfeiriad ei gario`,
  unknownSharedAnswerHint:
    "ysgrifennwch lwybr dotiog ateb yn schemas/interview.schema.json (e.e. child.dateOfBirth) neu gwestiwn y set reolau ei hun (local.…); gweler docs/rule-files.md",
  signpostSharesAnswers: (agencyId) => `mae'r asiantaeth '${agencyId}' yn gyfeirbwynt, felly nid anfonir unrhyw atebion ati`,
  signpostSharesAnswersHint: 'dilëwch "sharedAnswers" yma, neu dilëwch "signpost": true os anfonir gwybodaeth am y plentyn at yr asiantaeth hon',
  unknownAction: (action) => `nid oes enw i'r cam gweithredu '${action}' yn y cyfeiriadur camau gweithredu`,
  unknownActionHint: (action) => `ychwanegwch "${action}": { "name": { "en": "…", "cy": "…" } } at "actions" yn ruleset.json`,
  conditionNotObject: 'rhaid i amod fod yn wrthrych: { "all": [...] }, { "any": [...] }, { "not": {...} } neu { "fact", "operator", "value" }',
  onlyOneGroup: (groups) =>
    `dim ond un o "all", "any" neu "not" a all fod gan amod, nid ${groups.map((g) => `"${g}"`).join(' a ')}`,
  onlyOneGroupHint: "rhowch y naill y tu mewn i'r llall",
  groupMustBeList: (group) => `rhaid i "${group}" fod yn rhestr o amodau`,
  groupMustBeListHint: (group) => `ysgrifennwch "${group}": [ { … }, { … } ]`,
  groupEmpty: (group) => `nid oes amodau yn "${group}"`,
  groupEmptyHint: "ychwanegwch o leiaf un amod, neu ei ddileu",
  conditionsMustStartWithGroup: 'rhaid i amodau rheol ddechrau gyda "all", "any" neu "not"',
  conditionsMustStartWithGroupHint: 'lapiwch yr amod: { "all": [ … ] }',
  notPartOfCondition: (key) => `nid yw '${key}' yn rhan o amod`,
  conditionPartsHint: 'mae gan amod "fact", "operator" a "value"',
  conditionHasNo: (key) => `nid oes "${key}" gan yr amod`,
  factMustBeName: 'rhaid i "fact" fod yn enw ateb, ffaith ddeilliedig neu osodiad, mewn dyfynodau',
  unknownFact: (fact) => `ffaith anhysbys '${fact}'`,
  unknownFactHint:
    "ffeithiau yw meysydd ateb dotiog schemas/interview.schema.json, cwestiynau lleol y set reolau (local.…), ffeithiau deilliedig a settings.… (gweler docs/rule-files.md)",
  operatorMustBeName: 'rhaid i "operator" fod yn enw gweithredwr, mewn dyfynodau',
  operatorNotAllowed: (operator) => `ni chaniateir y gweithredwr '${operator}'`,
  listOperatorOnSingle: (operator, fact, kind) =>
    `mae '${operator}' yn gweithio ar restr, ond ateb ${welshKind(kind)} unigol yw '${fact}'`,
  useEqualOrIn: 'defnyddiwch "equal" neu "in" yn lle hynny',
  numberOperatorOnOther: (operator, fact, kind) =>
    `mae '${operator}' yn cymharu rhifau, ond ${kind === 'list' ? 'rhestr' : `ateb ${welshKind(kind)}`} yw '${fact}'`,
  useContainsOrContainsAny: 'defnyddiwch "contains" neu "containsAny"',
  useEqualOrInShort: 'defnyddiwch "equal" neu "in"',
  singleOperatorOnList: (fact, operator) => `rhestr yw '${fact}'; mae '${operator}' yn cymharu un ateb`,
  useListOperators: 'defnyddiwch "contains", "doesNotContain" neu "containsAny"',
  valueObjectMustNameFact: 'rhaid i werth sy\'n wrthrych fod yn { "fact": "…" } yn enwi ffaith neu osodiad i gymharu ag ef',
  isAnsweredTakesBoolean: "mae 'isAnswered' yn cymryd true neu false (heb ddyfynodau)",
  operatorNeedsList: (operator) => `mae '${operator}' angen rhestr o werthoedd`,
  writeList: (value) => `ysgrifennwch [${value}]`,
  notAValueOf: (value, fact) => `nid yw ${value} yn werth y gall '${fact}' ei gael`,
  yesNoValue: (fact) => `ateb ie/na yw '${fact}', felly rhaid i'r gwerth fod yn true neu false`,
  writeWithoutQuotes: (value) => `ysgrifennwch ${value} heb ddyfynodau`,
  writeTrueOrFalse: 'ysgrifennwch true neu false heb ddyfynodau',
  numberValue: (fact) => `rhif yw '${fact}', felly rhaid i'r gwerth fod yn rhif`,
  textValue: (fact) => `testun yw '${fact}', felly rhaid i'r gwerth fod mewn dyfynodau`,

  noRuleset: (id) => `nid oes set reolau '${id}'`,
  rulesetsFound: (ids) => `setiau rheolau a ganfuwyd: ${ids.join(', ') || 'dim'}`,
  noManifest: (id, manifest) => `nid oes ${manifest} gan y set reolau '${id}'`,
  noManifestHint: (manifest) => `ychwanegwch ${manifest} gyda'i id, ei fersiwn a'i osodiadau i'r ffolder`,
  extendsCircle: (chain) => `mae 'extends' yn mynd mewn cylch: ${chain.join(' → ')}`,
  extendsCircleHint: "rhaid i set reolau sylfaenol (fel england) beidio ag estyn dim",
  noId: "nid oes 'id' gan y set reolau",
  addId: (id) => `ychwanegwch "id": "${id}"`,
  idMismatch: (id, folder) => `nid yw'r id '${id}' yn cyfateb i enw'r ffolder '${folder}'`,
  idMismatchHint: (folder) => `defnyddiwch "id": "${folder}", neu ailenwi'r ffolder`,
  noVersion: "nid oes 'version' gan y set reolau",
  noVersionHint: 'ychwanegwch "version": "2026.1" (unrhyw destun sy\'n newid pan fydd y rheolau\'n newid)',
  noTitle: "nid oes 'title' gan y set reolau",
  noTitleHint: 'ychwanegwch "title": { "en": "…", "cy": "…" }',
  belongsInManifest: (field, manifest) => `mae '${field}' yn perthyn yn ${manifest}, nid mewn ffeil reolau`,
  belongsInManifestHint: (manifest) => `symudwch ef i ${manifest} yn yr un ffolder`,
  ruleIdTwice: (id, file, pointer) =>
    `defnyddir id y rheol '${id}' ddwywaith yn y set reolau hon (hefyd yn ${file} yn ${pointer})`,
  ruleIdTwiceHint: "rhowch ei id ei hun i bob rheol",
  cannotDisable: (id) => `ni ellir analluogi '${id}': nid oes gan unrhyw reol a etifeddwyd yr id hwnnw`,
  cannotDisableHint: "rhedwch `npx rhi rules --ruleset <base>` i restru id y rheolau",
  writtenAndDisabled: (id) => `mae '${id}' wedi'i ysgrifennu ac wedi'i analluogi yn y set reolau hon`,
  writtenAndDisabledHint: "dilëwch y rheol yn lle ei hanalluogi",

  localFieldInherited: (name, file) => `mae'r cwestiwn '${name}' eisoes wedi'i ddiffinio yn ${file}, y mae'r set reolau hon yn ei estyn`,
  localFieldInheritedHint: "rhowch enw arall i'r cwestiwn newydd, neu ei ddileu yma: cedwir y cwestiwn a etifeddwyd",
  localFieldName: (name) => `ni all '${name}' fod yn enw cwestiwn`,
  localFieldNameHint: "defnyddiwch un gair o lythrennau a digidau sy'n dechrau â llythyren fach, fel exploitationHubConsulted",
  keywordNotForKind: (keyword, type) => `nid yw '${keyword}' yn berthnasol i ${welshQuestionKind(type)}`,
  keywordNotForKindHint: 'dilëwch ef, neu newidiwch "type" (gweler docs/rule-files.md)',
  listNeedsChoices: (name) => `mae'r cwestiwn '${name}' yn gadael i bobl ddewis sawl dewis ond nid yw'n dweud pa rai`,
  listNeedsChoicesHint: 'ychwanegwch "items": { "type": "string", "enum": [ "…", "…" ] }',
  choiceNoLabel: (value, name, lang) =>
    `nid oes label ${lang === 'en' ? 'Saesneg' : 'Cymraeg'} gan y dewis '${value}' yn y cwestiwn '${name}'`,
  choiceNoLabelHint: (value, lang) => `ychwanegwch "${value}": "…" o dan "x-rhi-enum-labels": { "${lang}": { … } }`,
  labelForNoChoice: (value, name) => `mae gan '${value}' label ond nid yw'n un o ddewisiadau'r cwestiwn '${name}'`,
  labelForNoChoiceHint: 'cywirwch y sillafu, neu ychwanegwch y gwerth at "enum"',
  localFieldReservedName: (name) =>
    `ni all '${name}' fod yn enw cwestiwn: mae gan bob gwrthrych JavaScript '${name}' eisoes, felly gallai atebion a labeli oddi tano gael eu drysu ag ef`,
  localFieldReservedNameHint: "dewiswch enw sy'n dweud beth mae'r cwestiwn yn ei ofyn, fel exploitationHubConsulted",

emptyListNeverTrue: (operator) => `nid yw '${operator}' gyda rhestr wag byth yn wir, felly ni ellir byth fodloni'r amod hwn`,
  emptyListAlwaysTrue: (operator) => `mae '${operator}' gyda rhestr wag bob amser yn wir, felly nid yw'r amod hwn yn dweud dim`,
  emptyListHint: "ysgrifennwch y gwerthoedd i chwilio amdanynt yn y rhestr, neu dilëwch yr amod",
  beyondRange: (fact, operator, value, minimum, maximum) =>
    `ni all yr amod hwn byth fod yn wir: mae '${fact}' ${rangeInWelsh(minimum, maximum)}, felly nid yw byth yn '${operator}' ${value}`,
  beyondRangeHint: "gwiriwch y rhif yn erbyn y cwestiwn (ei isafswm a'i uchafswm), neu dilëwch yr amod",

    floorCaseTwice: (id, file) => `mae achos llawr diogelwch '${id}' eisoes yn ${file}: ni ellir newid nac amnewid achos llawr`,
  floorCaseTwiceHint: "rhowch id arall i'ch achos eich hun; cedwir yr achos a etifeddwyd fel y mae",
  floorCaseNotAssessed: (id, detail) => `nid oedd modd asesu achos llawr diogelwch '${id}' (${detail})`,
  floorCaseNotAssessedHint: "gwiriwch atebion yr achos yn erbyn schemas/interview.schema.json",
  floorCaseBroken: (id, title, file, needs, found) =>
    `rhaid i achos llawr diogelwch '${id}' (${title}, ${file}) fod ${needs}, ond mae'r set reolau hon ${found}`,
  floorNeedsLevel: (level) => `o leiaf yn ${welshLevel(level)}`,
  floorNeedsReferrals: (agencies) => ` gydag atgyfeiriad at ${agencies.join(', ')}`,
  floorNeedsActions: (actions) => ` gan ofyn am y cam gweithredu ${actions.join(', ')}`,
  floorNeedsWithheld: " a'r drafodaeth gyda'r teulu wedi'i hatal",
  floorFoundLevel: (level) => `yn ei asesu'n ${welshLevel(level)}`,
  floorFoundNoReferral: (agencies) => `yn argymell dim atgyfeiriad at ${agencies.join(', ')}`,
  floorFoundNoAction: (actions) => `heb ofyn am y cam gweithredu ${actions.join(', ')}`,
  floorFoundNotWithheld: (discussion) => `yn peidio ag atal y drafodaeth gyda'r teulu (${discussion})`,
  floorAnd: ' ac ',
  floorRuleDisabled: (ruleId, file) => `mae hyn yn analluogi'r rheol '${ruleId}' (${file}), y mae ei hangen ar yr achos`,
  floorRuleReplaced: (ruleId, file) => `mae hyn yn amnewid y rheol '${ruleId}' (${file}), y mae ei hangen ar yr achos, ag un nad yw'n gwneud yr hyn a wnâi mwyach`,
  floorSettingChanged: (path) => `mae hyn yn newid y gosodiad '${path}'`,
  floorHint: (file) =>
    `ni all ardal ostwng llawr diogelwch ${file}: cadwch y rheol, neu ysgrifennwch yr un newydd fel ei bod yn dal i roi o leiaf cymaint i'r atebion hyn (gweler docs/rule-files.md, "The safety floor")`,
  floorOwnRulesHint: "nid yw rheolau'r set reolau hon yn bodloni ei llawr ei hun: cywirwch y rheolau, neu'r achos os yw'n anghywir",

  parseErrors: {
    InvalidSymbol: "mae nod nad yw'n perthyn i JSON",
    InvalidNumberFormat: "nid yw rhif wedi'i ysgrifennu'n gywir",
    PropertyNameExpected: 'disgwylir enw maes mewn dyfynodau dwbl',
    ValueExpected: 'disgwylir gwerth',
    ColonExpected: "disgwylir colon (:) ar ôl enw'r maes",
    CommaExpected: 'mae coma ar goll rhwng dwy eitem',
    CloseBraceExpected: 'mae } cau ar goll',
    CloseBracketExpected: 'mae ] cau ar goll',
    EndOfFileExpected: "mae testun ar ôl diwedd y JSON",
    InvalidCommentToken: 'ni chaniateir sylwadau yn JSON',
    UnexpectedEndOfComment: "nid yw sylw wedi'i gau",
    UnexpectedEndOfString: "mae gwerth testun heb ei ddyfynnod dwbl cau",
    UnexpectedEndOfNumber: "mae rhif wedi'i dorri'n fyr",
    InvalidUnicode: 'mae dihangfa \\u wedi torri',
    InvalidEscapeCharacter: "mae dihangfa ôl-slaes nad yw JSON yn ei chaniatáu",
    InvalidCharacter: 'mae nod y mae angen ei ddianc',
  },
  fileEmpty: "mae'r ffeil yn wag",
  fileEmptyHint: 'dylai ddal un gwrthrych JSON',
  notValidJson: (words) => `nid yw'n JSON dilys: ${words}`,
  checkCommaHint: "gwiriwch am goma ar goll, neu goma ar ôl yr eitem olaf",
  fileDoesNotExist: "nid yw'r ffeil yn bodoli",
  isAFolder: 'ffolder yw hwn, nid ffeil',
  permissionDenied: "ni ellir darllen y ffeil (caniatâd wedi'i wrthod)",
  cannotRead: (code) => `ni ellir darllen y ffeil (${code ?? 'gwall anhysbys'})`,
  notUtf8: (byte) => `nid testun UTF-8 yw hwn: nid oes modd darllen y beit 0x${byte.toString(16).toUpperCase().padStart(2, '0')} yma`,
  notUtf8Hint: 'cadwch y ffeil fel UTF-8 (rhaid trosi allforio Latin-1 neu Windows-1252 yn gyntaf, er enghraifft gydag iconv -f WINDOWS-1252 -t UTF-8)',
  nestedTooDeep: (limit) => `mae'r JSON wedi'i nythu fwy na ${limit} lefel o ddyfnder yma`,
  nestedTooDeepHint: "nid oes angen cymaint o lefelau ar unrhyw ffeil cyfweliad, rheolau neu senario: gwiriwch mai'r offeryn cywir a ysgrifennodd y ffeil",
};

export const problemWords: Record<Language, ProblemWords> = { en: problemWordsEn, cy: problemWordsCy };

/** The problem words for a language (English if none is given). */
export function wordsFor(lang: Language = 'en'): ProblemWords {
  return problemWords[lang] ?? problemWordsEn;
}
