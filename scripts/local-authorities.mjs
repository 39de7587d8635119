// The councils of care.responsibleAuthority and care.hostAuthority are kept in one data file,
// schemas/local-authorities.json (with its source), and written from there into the interview
// schema's enum and labels, so the list is typed once and the form, the validators, the rules'
// fact catalogue and `rhi report` all read the same codes. Run `node scripts/local-authorities.mjs`
// after changing the data file; test/engine/local-authorities.node.test.ts fails while they differ.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const dataFile = join(root, 'schemas/local-authorities.json');
const schemaFile = join(root, 'schemas/interview.schema.json');

/** The fields whose values are the councils' codes. */
export const authorityFields = ['responsibleAuthority', 'hostAuthority'];

/**
 * The enum and labels the councils give: codes in the order of their English names (a long list
 * is drawn as a select, and a worker looks a council up by name), each labelled "Name (code)" in
 * English and with its Welsh name, where it has one, in Welsh.
 */
export function authorityChoices(authorities) {
  const sorted = [...authorities].sort((a, b) => a.name.en.localeCompare(b.name.en, 'en'));
  const label = (name, code) => `${name} (${code})`;
  return {
    enum: sorted.map(({ code }) => code),
    labels: {
      en: Object.fromEntries(sorted.map(({ code, name }) => [code, label(name.en, code)])),
      cy: Object.fromEntries(sorted.map(({ code, name }) => [code, label(name.cy ?? name.en, code)])),
    },
  };
}

export async function readAuthorities() {
  return JSON.parse(await readFile(dataFile, 'utf8')).authorities;
}

async function writeIntoSchema() {
  const choices = authorityChoices(await readAuthorities());
  const schema = JSON.parse(await readFile(schemaFile, 'utf8'));
  for (const field of authorityFields) {
    const property = schema.properties.care.properties[field];
    property.enum = choices.enum;
    property['x-rhi-enum-labels'] = choices.labels;
  }
  await writeFile(schemaFile, `${JSON.stringify(schema, null, 2)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await writeIntoSchema();
