/** `rhi rules [--ruleset …] [--format text|md]`: a readable listing of a ruleset, for sign-off. */
import { inLanguage, type Agency, type Language, type ResolvedRule, type ResolvedRuleset, type RuleOrigin } from '@rhi-toolkit/engine/node';
import { DEFAULT_RULESET } from '../assessment-input.js';
import { UsageError, exitCodes } from '../command-failure.js';
import { commandHelp, parseCommandLine, stringOption } from '../command-line.js';
import { answerValueLabels, discussionOutcomeLabel, settingValueLabel } from '../answer-value-labels.js';
import { conditionItem, type SettingLookup } from '../condition-words.js';
import { flatEntries, shownValue } from '../flat-entries.js';
import { renderMarkdown, renderText, type Block, type Inline, type ListItem } from '../listing-document.js';
import { printLines } from '../output.js';
import { RulesetLibrary } from '../ruleset-library.js';
import type { Words } from '../words.js';
import { withSettingsWritten } from '../settings-text.js';
import type { Command } from './command.js';

function origin(where: RuleOrigin): string {
  return `${where.file} (${where.pointer})`;
}

function settingLookup(ruleset: ResolvedRuleset): SettingLookup {
  const entries = new Map(flatEntries(ruleset.settings));
  return (path) => entries.get(path);
}

function overview(ruleset: ResolvedRuleset, lang: Language, words: Words): Block[] {
  const r = words.rules;
  const facts: ListItem[] = [
    { text: [{ strong: `${r.id}:` }, ' ', { code: ruleset.id }] },
    { text: [{ strong: `${r.version}:` }, ` ${ruleset.version}`] },
    { text: [{ strong: `${r.chain}:` }, ` ${ruleset.chain.join(' → ')}`] },
  ];
  if (ruleset.chain.length > 1) facts.push({ text: [{ strong: `${r.extends}:` }, ' ', { code: ruleset.chain[ruleset.chain.length - 2] }] });
  const blocks: Block[] = [{ kind: 'heading', level: 1, text: [inLanguage(ruleset.title, lang)] }, { kind: 'list', items: facts }];
  if (ruleset.description) blocks.push({ kind: 'paragraph', text: [withSettingsWritten(inLanguage(ruleset.description, lang), ruleset.settings, lang, words)] });
  return blocks;
}

function settingsBlocks(ruleset: ResolvedRuleset, lang: Language, words: Words): Block[] {
  const rows = flatEntries(ruleset.settings).map(([path, value]): Inline[][] => [[{ code: path }], [settingValueLabel(path, value, lang) ?? shownValue(value, lang, words)]]);
  return [
    { kind: 'heading', level: 2, text: [words.rules.settings] },
    { kind: 'table', header: [words.rules.setting, words.rules.value], rows },
  ];
}

function agencyItem(id: string, agency: Agency, lang: Language, words: Words): ListItem {
  const consent = agency.consent ? words.consents[agency.consent] : words.notSet;
  const children: ListItem[] = [];
  if (agency.signpost === true) children.push({ text: [{ strong: words.rules.signpost }] });
  if ((agency.sharedAnswers ?? []).length > 0) children.push({ text: [`${words.rules.alsoReceives}: `, ...codeList(agency.sharedAnswers ?? [])] });
  children.push(...flatEntries(agency.contact ?? {}).map(([field, value]) => ({ text: [`${field}: ${shownValue(value, lang, words)}`] })));
  return { text: [{ code: id }, ` — ${inLanguage(agency.name, lang)}; ${words.rules.consent}: ${consent}`], children };
}

function codeList(paths: readonly string[]): Inline[] {
  return paths.flatMap((path, index): Inline[] => (index === 0 ? [{ code: path }] : [', ', { code: path }]));
}

/** What a referral carries whatever the rules read, for the people who sign off information sharing. */
function sharedAnswerBlocks(ruleset: ResolvedRuleset, words: Words): Block[] {
  const shared = ruleset.sharedAnswers ?? [];
  return [
    { kind: 'heading', level: 2, text: [`${words.rules.sharedAnswers} (${shared.length})`] },
    { kind: 'paragraph', text: [shared.length > 0 ? words.rules.sharedAnswersIntro : words.rules.sharedAnswersNone] },
    ...(shared.length > 0 ? [{ kind: 'list', items: shared.map((path): ListItem => ({ text: [{ code: path }] })) } satisfies Block] : []),
  ];
}

function agencyBlocks(ruleset: ResolvedRuleset, lang: Language, words: Words): Block[] {
  const items = Object.entries(ruleset.agencies).map(([id, agency]) => agencyItem(id, agency, lang, words));
  return [
    { kind: 'heading', level: 2, text: [`${words.rules.agencies} (${items.length})`] },
    { kind: 'list', items },
  ];
}

function actionBlocks(ruleset: ResolvedRuleset, lang: Language, words: Words): Block[] {
  const items = Object.entries(ruleset.actions ?? {}).map(([id, action]): ListItem => ({ text: [{ code: id }, ` — ${inLanguage(action.name, lang)}`] }));
  return [
    { kind: 'heading', level: 2, text: [`${words.rules.actions} (${items.length})`] },
    { kind: 'list', items },
  ];
}

function outcomeItems(rule: ResolvedRule, ruleset: ResolvedRuleset, words: Words): ListItem[] {
  const { outcome } = rule;
  const r = words.rules;
  const items: ListItem[] = [];
  // Values in the reader's language, from the assessment schema's labels (as the panel shows them).
  if (outcome.riskLevel) items.push({ text: [`${r.riskLevel}: `, words.riskLevels[outcome.riskLevel] ?? outcome.riskLevel] });
  if (outcome.parentCarerDiscussion) items.push({ text: [`${r.parentCarerDiscussion}: `, discussionOutcomeLabel(outcome.parentCarerDiscussion, words.lang)] });
  for (const referral of outcome.referrals ?? []) {
    const consent = referral.consent ?? ruleset.agencies[referral.agency]?.consent;
    const consentWords = consent ? `${words.consents[consent]}${referral.consent ? '' : ` (${r.agencyDefault})`}` : words.notSet;
    const agencyName = ruleset.agencies[referral.agency]?.name;
    items.push({ text: [`${r.referral}: `, { code: referral.agency }, `${agencyName ? ` (${inLanguage(agencyName, words.lang)})` : ''} — ${words.urgencies[referral.urgency]}; ${r.consent}: ${consentWords}`] });
  }
  for (const action of outcome.actions ?? []) {
    const actionName = ruleset.actions?.[action]?.name;
    items.push({ text: [`${r.action}: `, { code: action }, actionName ? ` (${inLanguage(actionName, words.lang)})` : ''] });
  }
  return items;
}

function ruleBlocks(rule: ResolvedRule, ruleset: ResolvedRuleset, lang: Language, words: Words): Block[] {
  const r = words.rules;
  const items: ListItem[] = [
    { text: [{ strong: r.firesWhen }], children: [conditionItem(rule.conditions, words, settingLookup(ruleset), lang === 'cy' ? answerValueLabels(lang) : undefined)] },
    { text: [{ strong: r.outcome }], children: outcomeItems(rule, ruleset, words) },
    { text: [{ strong: `${r.message}:` }, ` ${inLanguage(rule.message, lang)}`] },
    { text: [{ strong: `${r.from}:` }, ` ${origin(rule.source)}`] },
  ];
  if (rule.replaces) items.push({ text: [{ strong: `${r.replaces}:` }, ` ${origin(rule.replaces)}`] });
  return [
    { kind: 'heading', level: 3, text: [{ code: rule.id }] },
    { kind: 'paragraph', text: [withSettingsWritten(inLanguage(rule.description, lang), ruleset.settings, lang, words)] },
    { kind: 'list', items },
  ];
}

function disabledBlocks(ruleset: ResolvedRuleset, words: Words): Block[] {
  if (ruleset.disabled.length === 0) return [];
  const items = ruleset.disabled.map(({ id, by, source }): ListItem => ({
    text: [{ code: id }, ` — ${words.rules.disabledBy(origin(by), origin(source))}`],
  }));
  return [{ kind: 'heading', level: 2, text: [`${words.rules.disabledRules} (${items.length})`] }, { kind: 'list', items }];
}

/** The whole listing as blocks, ready for either format. */
export function rulesetListing(ruleset: ResolvedRuleset, lang: Language, words: Words): Block[] {
  return [
    ...overview(ruleset, lang, words),
    ...settingsBlocks(ruleset, lang, words),
    ...sharedAnswerBlocks(ruleset, words),
    ...agencyBlocks(ruleset, lang, words),
    ...actionBlocks(ruleset, lang, words),
    { kind: 'heading', level: 2, text: [`${words.rules.rules} (${ruleset.rules.length})`] },
    ...ruleset.rules.flatMap((rule) => ruleBlocks(rule, ruleset, lang, words)),
    ...disabledBlocks(ruleset, words),
  ];
}

export const rulesCommand: Command = {
  name: 'rules',
  async run(args) {
    const commandLine = parseCommandLine('rules', args, { ruleset: { type: 'string' }, format: { type: 'string' } });
    const { words, lang } = commandLine;
    if (commandLine.help) {
      await printLines([commandHelp('rules', commandLine.words)]);
      return exitCodes.ok;
    }
    const format = stringOption(commandLine, 'format') ?? 'text';
    if (format !== 'text' && format !== 'md') throw new UsageError(words.usage.badFormat('rules', format));
    if (commandLine.positionals.length > 0) throw new UsageError(words.usage.unexpectedArgument('rules', commandLine.positionals[0]));
    const ruleset = await new RulesetLibrary(commandLine.rulesDir, words).require(stringOption(commandLine, 'ruleset') ?? DEFAULT_RULESET);
    const blocks = rulesetListing(ruleset, lang, words);
    await printLines([format === 'md' ? renderMarkdown(blocks) : renderText(blocks)]);
    return exitCodes.ok;
  },
};
