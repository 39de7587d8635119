/** Types shared by the engine, the command line and the components. */
import type { ChronologyKind } from './chronology.js';

export type { ChronologyKind };

export type Language = 'en' | 'cy';

/** Text a person reads, in English and Welsh. */
export interface BilingualText {
  en: string;
  cy: string;
}

export type RiskLevel = 'no-apparent-risk' | 'low' | 'medium' | 'high';
export type Urgency = 'immediate' | 'within-24-hours' | 'routine';
export type Consent = 'not-needed' | 'child' | 'family' | 'parent';
export type ParentCarerDiscussion = 'required' | 'not-required' | 'withheld';
/**
 * How far the level can be trusted: `not-assessed` (nothing the rules read is answered yet: no
 * level to show), `provisional` (answers to come can only raise it: "at least" this level), `final`.
 */
export type Standing = 'not-assessed' | 'provisional' | 'final';

/** A json-rules-engine condition, restricted to what rule files may use. */
export type Condition =
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition }
  | ConditionLeaf;

export interface ConditionLeaf {
  fact: string;
  operator: string;
  value: unknown;
}

export interface ReferralRecommendation {
  agency: string;
  urgency: Urgency;
  consent?: Consent;
}

export interface RuleOutcome {
  riskLevel?: RiskLevel;
  parentCarerDiscussion?: 'required' | 'withheld' | 'note';
  referrals?: ReferralRecommendation[];
  actions?: string[];
}

export interface Rule {
  id: string;
  description: BilingualText;
  message: BilingualText;
  conditions: Condition;
  outcome: RuleOutcome;
}

export interface Settings {
  timeZone: string;
  rhiOfferRequired: boolean;
  offerWithinHours: number;
  repeatEpisodes: { count: number; withinDays: number };
  overnight: { from: string; to: string };
  shortEpisodeHours: number;
  noApparentRiskMinimumAge: number;
  parentCarerDiscussion: { underAge: number; ageBasis: 'age-on-interview-date' | 'school-year' };
  childTraffickingGuardianService: boolean;
  lawfulBasis?: BilingualText;
  languages?: Language[];
  /** Hours after the return within which the responsible (and host) authority of a child placed out of area is told. */
  notifyAuthoritiesWithinHours?: number;
  /** The name of the locality's exploitation screening tool, as rule messages show it. */
  exploitationScreeningTool?: BilingualText;
  /** Where the offer is not a duty (Wales): an interview is still offered from this episode within the repeat window. */
  repeatOfferFromEpisode?: number;
  /** The age from which the young person is an adult: the personal adviser and the adult route, not the children's offer. */
  adultAge?: number;
}

export interface AgencyContact {
  team?: string;
  phone?: string;
  email?: string;
  secureEmail?: string;
  address?: string;
  hours?: string;
  website?: string;
  notes?: BilingualText;
}

/** The answer an action's due time counts from: `return` (episode.returnedAt) or `interview` (interview.conductedAt). */
export type ActionDueFrom = 'return' | 'interview';

/** The settings whose hours an action's due time may use. */
export type ActionDueSetting = 'offerWithinHours' | 'notifyAuthoritiesWithinHours';

/** When an action is due: hours after an answer, given as a number or as a setting's hours (one of the two). */
export interface ActionDue {
  from: ActionDueFrom;
  withinHours?: number;
  /** `offerWithinHours`: due when the interview offer is due; `notifyAuthoritiesWithinHours`: when the authorities must be told. */
  withinSetting?: ActionDueSetting;
  /** For people reading the rule file: where the time comes from. */
  description?: string;
}

/** An action a rule can ask for, named in the ruleset's action directory. */
export interface ActionDefinition {
  name: BilingualText;
  /** When the action is due; absent where guidance sets no time. */
  due?: ActionDue;
}

export interface Agency {
  name: BilingualText;
  consent?: Consent;
  contact?: AgencyContact;
  /**
   * Signposting, not a referral: the child is given this service's contact (the Runaway Helpline's
   * 116 000) and no information about the child is sent to it, so it gets no summary and no
   * sharing decision.
   */
  signpost?: boolean;
  /** Answers this agency receives besides the ruleset's `sharedAnswers` (dotted paths). */
  sharedAnswers?: string[];
}

/** One rule file as written by a provider (`ruleset.json` or `*.rules.json`). */
export interface RuleFile {
  $schema?: string;
  id?: string;
  version?: string;
  extends?: string;
  title?: BilingualText;
  description?: BilingualText;
  settings?: DeepPartial<Settings>;
  agencies?: Record<string, Partial<Agency>>;
  /** The action directory: a name for each action id rules may ask for. */
  actions?: Record<string, Partial<ActionDefinition>>;
  disable?: string[];
  /** The answers every referral carries (dotted paths), whatever the rules read: which episode and which child. */
  sharedAnswers?: string[];
  rules?: Rule[];
}

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

/** One question a locality adds to the interview: a field of the answers' `local` section (JSON Schema). */
export interface LocalField {
  /** `boolean` yes/no, `string` text, a date or one choice, `integer`/`number`, `array` several choices. */
  type: 'boolean' | 'string' | 'integer' | 'number' | 'array';
  title: string;
  description: string;
  'x-rhi-cy': { title: string; description: string };
  enum?: string[];
  'x-rhi-enum-labels'?: { en: Record<string, string>; cy: Record<string, string> };
  maxLength?: number;
  format?: 'date' | 'date-time';
  minimum?: number;
  maximum?: number;
  items?: { type: 'string'; enum: string[] };
  uniqueItems?: boolean;
}

/** A ruleset folder's `interview-fields.schema.json`: the locality's questions, by name. */
export interface LocalFieldsFile {
  $schema?: string;
  properties: Record<string, LocalField>;
}

/** The questions a ruleset adds and inherits, by name: the fields of the answers' `local` section. */
export interface LocalFields {
  properties: Record<string, LocalField>;
}

/** A rule file (or the interview-fields file) together with where it came from, as the composer receives it. */
export interface RuleFileSource {
  /** Path (or any name) shown in messages, e.g. `rules/england/risk.rules.json`. */
  file: string;
  /** The id of the ruleset (folder) the file belongs to. */
  rulesetId: string;
  content: RuleFile | LocalFieldsFile | FloorCasesFile;
}

/**
 * One case of a ruleset's safety floor (`floor-cases.json`): answers whose assessment must never
 * come out below `minimumLevel`, and must recommend every agency in `referrals`.
 */
export interface FloorCase {
  id: string;
  title: BilingualText;
  /** The moment of assessment (ISO date-time). */
  now: string;
  answers: Record<string, unknown>;
  minimumLevel: RiskLevel;
  referrals?: string[];
  /** Action ids the assessment must ask for (e.g. notify-responsible-authority). */
  actions?: string[];
  /** `withheld`: the assessment must withhold the discussion with the family. */
  parentCarerDiscussion?: 'withheld';
}

/** A ruleset folder's `floor-cases.json`. */
export interface FloorCasesFile {
  $schema?: string;
  description?: BilingualText;
  cases: FloorCase[];
}

/** A floor case with where it was written. */
export interface ResolvedFloorCase extends FloorCase {
  source: RuleOrigin;
}

/** Where a rule was written: the file and the JSON pointer of the rule inside it. */
export interface RuleOrigin {
  file: string;
  rulesetId: string;
  pointer: string;
}

export interface ResolvedRule extends Rule {
  source: RuleOrigin;
  /** Set when this rule replaced an inherited rule of the same id. */
  replaces?: RuleOrigin;
}

/** A ruleset with every `extends` applied: what the engine runs. Plain JSON, so it can be shipped to a page. */
export interface ResolvedRuleset {
  id: string;
  version: string;
  title: BilingualText;
  description?: BilingualText;
  /** Ruleset ids from the base to this one, e.g. ["england", "wales"]. */
  chain: string[];
  settings: Settings;
  agencies: Record<string, Agency>;
  /** The action directory, merged along the chain; an action without an entry is named by its id. */
  actions?: Record<string, ActionDefinition>;
  /** The answers every referral carries (the nearest ruleset along the chain that lists them). */
  sharedAnswers?: string[];
  rules: ResolvedRule[];
  disabled: { id: string; by: RuleOrigin; source: RuleOrigin }[];
  /**
   * The locality's own interview questions (answers under `local`, facts `local.<name>`), with
   * those it inherits. Set by the composer; absent means none.
   */
  localFields?: LocalFields;
  /**
   * The safety floor: the cases of every ruleset along the chain (a ruleset can add cases, never
   * change or remove one it inherits). The loaders refuse a ruleset that assesses one below it.
   */
  floor?: ResolvedFloorCase[];
  /** Which file gave each setting (dotted path), agency, action and local question its value, for precise messages. */
  origins?: {
    manifest: string;
    settings: Record<string, string>;
    agencies: Record<string, string>;
    actions?: Record<string, string>;
    localFields?: Record<string, string>;
    /** The file whose `sharedAnswers` list the ruleset uses. */
    sharedAnswers?: string;
  };
}

/** A problem found in a rule file or an answers file. */
export interface Problem {
  file: string;
  /** JSON pointer to the value at fault inside the file ("" for the whole file). */
  pointer: string;
  message: string;
  hint?: string;
  line?: number;
  column?: number;
  /** `warning`: worth fixing, but the ruleset still loads (a condition that can never be true). Absent: an error. */
  severity?: 'warning';
}

export interface Reason {
  ruleId: string;
  message: string;
}

export interface RiskReason extends Reason {
  level?: RiskLevel;
}

export interface Referral {
  agency: string;
  /** The agency's name from the ruleset's directory, in the assessment's language. */
  name: string;
  urgency: Urgency;
  consent: Consent;
  reasons: Reason[];
  /** The directory marks the agency a signpost: an action (give the child its contact), not a data-sharing referral. */
  signpost?: true;
}

export interface Action {
  id: string;
  /** The action's name from the ruleset's action directory, in the assessment's language. */
  name: string;
  reasons: Reason[];
  /** When it is due (ISO date-time), from the directory's `due`; absent when it gives none or the answer it counts from is missing or not a real date. */
  dueBy?: string;
  /** The due time has passed at the assessment's `now`; present only with `dueBy`. */
  overdue?: boolean;
}

/** Why the statutory offer of a return interview does not apply (see offer-duty.ts). */
export type OfferNotRequiredBecause = 'adult' | 'care-leaver' | 'not-statutory-in-wales';

/** The interview's own clock: held within the window after the return, or not (see interview-clock.ts). */
export interface InterviewClock {
  /**
   * When the interview is due to have been held: return plus the same window as the offer. Absent until
   * the return time is known, and where no interview is expected (the offer is not a duty and none was
   * offered, accepted or held).
   */
  interviewDueBy?: string;
  /**
   * The interview was held after its due time, or is not held yet and the time has passed. Only where an
   * interview is expected: the offer is a duty, or an interview was offered, accepted or held.
   */
  interviewOverdue: boolean;
  /** Whether the interview was held by its due time; present once a held time the clock can count is recorded. */
  interviewWithinWindow?: boolean;
  /** `interview.delayReason`, when the interview is late or overdue and the record says why. */
  interviewDelayReason?: string;
}

export interface OfferClock extends InterviewClock {
  /** Whether offering a return interview is a statutory duty for this young person in this locality. */
  offerRequired: boolean;
  /** Why the statutory offer does not apply, when `offerRequired` is false. */
  offerNotRequiredBecause?: OfferNotRequiredBecause;
  /** The same reason in words, in the assessment's language. */
  offerNotRequiredMessage?: string;
  /** When the offer is due: return plus `settings.offerWithinHours`. Absent until the return time is known. */
  offerDueBy?: string;
  hoursFromReturnToInterview?: number;
  /** The interview was not offered in time (or, if not yet offered, the time has passed). */
  overdue: boolean;
}

/** Two answers whose dates cannot both be right, e.g. a return before the child was reported missing. */
export interface Inconsistency {
  kind: ChronologyKind;
  /** The answer a form marks (the one that should be the later), then the answer it contradicts. */
  pointers: [string, string];
  /** The same two answers as dotted paths (`episode.returnedAt`). */
  fields: [string, string];
  /** What is wrong and what to do, in the assessment's language. */
  message: string;
}

/** What the engine returns for a set of answers and a ruleset (see docs and `schemas/assessment.schema.json`). */
export interface Assessment {
  rulesetId: string;
  rulesetVersion: string;
  lang: Language;
  assessedAt: string;
  riskLevel: RiskLevel;
  provisional: boolean;
  /** `not-assessed`, `provisional` or `final`; a component shows this, never works it out (see docs/assessment.md). */
  standing: Standing;
  missing: string[];
  /** The few answers to ask for first (at most five, from `missing`), most telling first. */
  firstAnswersNeeded: string[];
  /** Answers whose dates are in an impossible order; present only when there is one (the assessment is then provisional). */
  inconsistencies?: Inconsistency[];
  reasons: RiskReason[];
  parentCarerDiscussion: ParentCarerDiscussion;
  parentCarerDiscussionReasons: Reason[];
  referrals: Referral[];
  actions: Action[];
  rhi: OfferClock;
  failed: boolean;
  failure?: { message: string };
}
