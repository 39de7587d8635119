/**
 * The words for problems found by a JSON Schema check (answers, rule files, referral packages) and
 * for "did you mean", in English and Welsh (Cymraeg). Kept apart from the rest of the engine's
 * problem words because browsers need only these: a page that checks answers or a referral
 * package does not carry the wording for rule-file problems.
 */
export const schemaProblemWordsEn = {
  didYouMean: (match: string) => `did you mean '${match}'?`,
  useOneOf: (items: string) => `use one of: ${items}`,
  theFile: 'the file',
  notKnownField: (path: string) => `'${path}' is not a known field`,
  fieldsAllowed: (fields: string[]) => `fields allowed here: ${fields.join(', ')}`,
  localFieldsHint:
    "the questions allowed under 'local' are those of the ruleset's interview-fields.schema.json: check which ruleset the answers are for, and the spelling",
  hasNo: (field: string, property: string) => `${field} has no '${property}'`,
  isMissing: (property: string) => `'${property}' is missing`,
  addField: (property: string) =>
    `add "${property}"${property === 'cy' ? ': the text in Welsh (Cymraeg)' : property === 'en' ? ': the text in English' : ''}`,
  cannotBeThisValue: (field: string) => `${field} cannot be this value`,
  mustBe: (field: string, what: string) => `${field} must be ${what}`,
  typeWords: {
    boolean: 'true or false (without quotes)',
    string: 'text in quotes',
    number: 'a number (without quotes)',
    integer: 'a whole number (without quotes)',
    array: 'a list in square brackets [ … ]',
    object: 'an object in curly brackets { … }',
  } as Record<string, string>,
  mustBeDate: (field: string) => `${field} must be a date written as YYYY-MM-DD`,
  mustBeDateHint: 'for example 2026-03-01',
  mustBeDateTime: (field: string) => `${field} must be a date and time with its time zone`,
  mustBeDateTimeHint: 'for example 2026-03-01T18:30:00Z',
  notExpectedForm: (field: string) => `${field} is not written in the expected form`,
  mustMatch: (pattern: string) => `it must match ${pattern}`,
  atLeast: (field: string, limit: string, exclusive: boolean) =>
    `${field} must be at least ${limit}${exclusive ? ' (and more than it)' : ''}`,
  atMost: (field: string, limit: string) => `${field} must be at most ${limit}`,
  notEmpty: (field: string) => `${field} must not be empty`,
  tooLong: (field: string, limit: string) => `${field} is too long: at most ${limit} characters`,
  minItems: (field: string, limit: unknown) => `${field} needs at least ${String(limit)} item${limit === 1 ? '' : 's'}`,
  maxItems: (field: string, limit: string) => `${field} has too many items: at most ${limit}`,
  sameValueTwice: (field: string) => `${field} lists the same value twice`,
  sameValueTwiceHint: 'remove the repeated value',
  isEmpty: (field: string) => `${field} is empty`,
  isEmptyHint: 'give at least one field',
  notValidHere: (field: string) => `${field} is not valid here`,
};

export type SchemaProblemWords = typeof schemaProblemWordsEn;

export const schemaProblemWordsCy: SchemaProblemWords = {
  didYouMean: (match) => `oeddech chi'n golygu '${match}'?`,
  useOneOf: (items) => `defnyddiwch un o: ${items}`,
  theFile: 'y ffeil',
  notKnownField: (path) => `nid yw '${path}' yn faes hysbys`,
  fieldsAllowed: (fields) => `meysydd a ganiateir yma: ${fields.join(', ')}`,
  localFieldsHint:
    "y cwestiynau a ganiateir o dan 'local' yw rhai interview-fields.schema.json y set reolau: gwiriwch ar gyfer pa set reolau y mae'r atebion, a'r sillafu",
  hasNo: (field, property) => `nid oes '${property}' gan ${field}`,
  isMissing: (property) => `mae '${property}' ar goll`,
  addField: (property) =>
    `ychwanegwch "${property}"${property === 'cy' ? ': y testun yn Gymraeg' : property === 'en' ? ': y testun yn Saesneg' : ''}`,
  cannotBeThisValue: (field) => `ni all ${field} fod y gwerth hwn`,
  mustBe: (field, what) => `rhaid i ${field} fod yn ${what}`,
  typeWords: {
    boolean: 'true neu false (heb ddyfynodau)',
    string: 'destun mewn dyfynodau',
    number: 'rhif (heb ddyfynodau)',
    integer: 'rhif cyfan (heb ddyfynodau)',
    array: 'rhestr mewn cromfachau sgwâr [ … ]',
    object: 'wrthrych mewn cromfachau cyrliog { … }',
  },
  mustBeDate: (field) => `rhaid i ${field} fod yn ddyddiad wedi'i ysgrifennu fel BBBB-MM-DD`,
  mustBeDateHint: 'er enghraifft 2026-03-01',
  mustBeDateTime: (field) => `rhaid i ${field} fod yn ddyddiad ac amser gyda'i gylchfa amser`,
  mustBeDateTimeHint: 'er enghraifft 2026-03-01T18:30:00Z',
  notExpectedForm: (field) => `nid yw ${field} wedi'i ysgrifennu yn y ffurf ddisgwyliedig`,
  mustMatch: (pattern) => `rhaid iddo gyfateb i ${pattern}`,
  atLeast: (field, limit, exclusive) => `rhaid i ${field} fod o leiaf ${limit}${exclusive ? ' (a mwy na hynny)' : ''}`,
  atMost: (field, limit) => `rhaid i ${field} fod ar y mwyaf ${limit}`,
  notEmpty: (field) => `rhaid i ${field} beidio â bod yn wag`,
  tooLong: (field, limit) => `mae ${field} yn rhy hir: ${limit} nod ar y mwyaf`,
  minItems: (field, limit) => `mae ${field} angen o leiaf ${String(limit)} eitem`,
  maxItems: (field, limit) => `mae gormod o eitemau yn ${field}: ${limit} ar y mwyaf`,
  sameValueTwice: (field) => `mae ${field} yn rhestru'r un gwerth ddwywaith`,
  sameValueTwiceHint: "tynnwch y gwerth sy'n cael ei ailadrodd",
  isEmpty: (field) => `mae ${field} yn wag`,
  isEmptyHint: 'rhowch o leiaf un maes',
  notValidHere: (field) => `nid yw ${field} yn ddilys yma`,
};

export function schemaWordsFor(lang: 'en' | 'cy' = 'en'): SchemaProblemWords {
  return lang === 'cy' ? schemaProblemWordsCy : schemaProblemWordsEn;
}
