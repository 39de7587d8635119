// Generates what the web components need at build time, so nothing is parsed or compiled in a
// council's page (no eval under a strict Content-Security-Policy):
//  - the interface words in en and cy, compiled by @formatjs/cli to message ASTs;
//  - the default interview schema and layout as modules;
//  - the referral package's precompiled validator (schemas/referral.schema.json), compiled the same
//    way as the engine's validators (Ajv standalone, bundled with esbuild).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { standaloneValidatorModule, validatorDeclarations } from './generate-from-schemas.mjs';

const root = new URL('..', import.meta.url).pathname;
const messagesDir = join(root, 'packages/elements/src/i18n');
const outDir = join(root, 'packages/elements/src/generated');
const languages = ['en', 'cy'];

function fail(message) {
  console.error(`build: ${message}`);
  process.exit(1);
}

/**
 * One language's messages: `en.json` (the form's) and one `<component>.en.json` per other
 * component, merged, so each component keeps its own words. An id in two files stops the build.
 */
async function readMessages(language) {
  const files = (await readdir(messagesDir)).filter((name) => name === `${language}.json` || name.endsWith(`.${language}.json`)).sort();
  const merged = {};
  const fileOf = {};
  for (const name of files) {
    const file = join(messagesDir, name);
    let messages;
    try {
      messages = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      fail(`${file}: ${error.message}. Fix the JSON (each entry is "id": { "defaultMessage": "…", "description": "…" }).`);
    }
    for (const [id, message] of Object.entries(messages)) {
      if (fileOf[id]) fail(`packages/elements/src/i18n/${name}: the message id '${id}' is also in ${fileOf[id]}. Give one of them another id.`);
      fileOf[id] = name;
      merged[id] = message;
    }
  }
  return merged;
}

/** Every message in English has a Welsh version and the other way round, or the build stops. */
function checkSameIds(messages) {
  const [english, welsh] = languages.map((language) => new Set(Object.keys(messages[language])));
  const missingWelsh = [...english].filter((id) => !welsh.has(id));
  const missingEnglish = [...welsh].filter((id) => !english.has(id));
  if (missingWelsh.length > 0) fail(`packages/elements/src/i18n/*cy.json has no Welsh for: ${missingWelsh.join(', ')}. Add them.`);
  if (missingEnglish.length > 0) fail(`packages/elements/src/i18n/*en.json has no English for: ${missingEnglish.join(', ')}. Add them.`);
}

async function compileMessages(language, messages) {
  const formatjs = join(root, 'node_modules/.bin/formatjs');
  const scratch = await mkdtemp(join(tmpdir(), 'rhi-messages-'));
  const mergedFile = join(scratch, `${language}.json`);
  await writeFile(mergedFile, JSON.stringify(messages));
  const result = spawnSync(formatjs, ['compile', mergedFile, '--ast'], { encoding: 'utf8' });
  await rm(scratch, { recursive: true, force: true });
  if (result.status !== 0) fail(`formatjs could not compile the ${language} messages in packages/elements/src/i18n/:\n${result.stderr}`);
  return withPlainTexts(JSON.parse(result.stdout));
}

/**
 * A message that is only text (most are: "Continue", "Save and come back later") is kept as that
 * text, not as the one-element tree formatjs writes for it; ui-words.ts returns such text as it is.
 * A third of the messages' size, and nothing to format at run time.
 */
function withPlainTexts(compiled) {
  return Object.fromEntries(
    Object.entries(compiled).map(([id, tree]) => {
      const onlyText = tree.length === 1 && tree[0].type === 0;
      return [id, onlyText ? tree[0].value : tree];
    }),
  );
}

async function moduleFromJson(file) {
  return JSON.stringify(JSON.parse(await readFile(join(root, file), 'utf8')), null, 1);
}

export async function generateElements() {
  await mkdir(outDir, { recursive: true });
  await generateReferralValidator();
  const messages = {};
  for (const language of languages) messages[language] = await readMessages(language);
  checkSameIds(messages);
  const compiled = {};
  for (const language of languages) compiled[language] = await compileMessages(language, messages[language]);
  await writeFile(
    join(outDir, 'ui-messages.ts'),
    `// Generated from packages/elements/src/i18n/*.json by scripts/generate-elements.mjs — do not edit.
import type { MessageFormatElement } from '@formatjs/icu-messageformat-parser';
const english = ${JSON.stringify(compiled.en)};
export type UiMessageId = keyof typeof english;
/** Each message: its text when it is only text, else the tree formatjs compiled from it. */
export type UiMessage = string | MessageFormatElement[];
export const uiMessages: Record<'en' | 'cy', Record<UiMessageId, UiMessage>> = {
  en: english as unknown as Record<UiMessageId, UiMessage>,
  cy: ${JSON.stringify(compiled.cy)} as unknown as Record<UiMessageId, UiMessage>,
};
`,
  );
  const layoutFile = 'schemas/interview.layout.json';
  await writeFile(
    join(outDir, 'interview-defaults.ts'),
    `// Generated from schemas/interview.schema.json and ${layoutFile} by scripts/generate-elements.mjs — do not edit.
import type { JsonSchema, Layout } from '../interview-form/layout-types.js';
export const interviewSchema: JsonSchema = ${await moduleFromJson('schemas/interview.schema.json')};
export const interviewLayout: Layout | undefined = ${existsSync(join(root, layoutFile)) ? await moduleFromJson(layoutFile) : 'undefined'};
`,
  );
}

/** The referral wizard checks the package it sends against its schema without Ajv on the page. */
async function generateReferralValidator() {
  const schemaFile = 'schemas/referral.schema.json';
  const schema = JSON.parse(await readFile(join(root, schemaFile), 'utf8'));
  const banner = `// Generated from ${schemaFile} by scripts/generate-elements.mjs — do not edit.\n`;
  await writeFile(join(outDir, 'referral-validator.js'), banner + (await standaloneValidatorModule(schema, 'validateReferralPackage')));
  await writeFile(join(outDir, 'referral-validator.d.ts'), validatorDeclarations(['validateReferralPackage']).replace(/^\/\/.*\n/, banner));
}

if (import.meta.url === `file://${process.argv[1]}`) await generateElements();
