/** The engine's Node-only helpers: reading rule files and answers from disk with positions. */
export * from './index.js';
export { defaultRulesDir, isReadInRulesetFolder, isRulesetFolder, listRulesets, loadRuleset, rulesFolderEntries, type RulesFolderEntries, rulesetLocation, readRuleFolders, composeFromFolders, type LoadedRuleset } from './node/load-ruleset.js';
export { formatProblem, locate, MAX_JSON_NESTING, nestingProblem, parseJsonText, positionOf, readJsonFile, type JsonFile } from './node/json-file.js';
export { decodeUtf8, firstBadUtf8Byte, type DecodedText } from './node/utf8-text.js';
export { closestMatch } from './suggest.js';
export { compileSchemaModule, type CompileSchemaOptions, type CompiledSchemaModule, type SchemaModuleWarning } from './node/schema-module.js';
