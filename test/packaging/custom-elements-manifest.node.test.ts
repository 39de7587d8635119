// packages/elements/custom-elements.json (written by `npm run build` from the components' JSDoc)
// against the components' code, both ways: every part rendered, every `--rhi-*` property read,
// every event sent, every slot and every attribute is in the manifest, and the manifest names
// nothing the code does not have. So the manifest, Storybook's docs and editors cannot drift.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, it } from 'node:test';
import ts from 'typescript';

const root = new URL('../..', import.meta.url).pathname;
const elementsFolder = join(root, 'packages/elements');
const packageJson = JSON.parse(readFileSync(join(elementsFolder, 'package.json'), 'utf8'));
const manifestFile = join(elementsFolder, 'custom-elements.json');

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  fieldName?: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface ElementDeclaration extends Named {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  slots?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations?: ElementDeclaration[] }[];
}

const manifest: Manifest = JSON.parse(readFileSync(manifestFile, 'utf8'));

/** Dynamic `part=${…}` bindings and the parts they can take. A new one must be added here (and to the class's JSDoc). */
const dynamicParts: Record<string, string[]> = {
  // govuk/choice-group.ts: `const kind = type === 'radio' ? 'radios' : 'checkboxes'`
  kind: ['radios', 'checkboxes'],
  // govuk/heading.ts heading(): the `part` option, whose values are found as `part: '…'` below.
  'ifDefined(options.part)': [],
};

const expectedElements = {
  'rhi-interview-form': 'RhiInterviewForm',
  'rhi-risk-panel': 'RhiRiskPanel',
  'rhi-referral-wizard': 'RhiReferralWizard',
  'rhi-interview': 'RhiInterview',
  'rhi-outcomes-chart': 'RhiOutcomesChart',
  'rhi-record-stored': 'RhiRecordStored',
};

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement).map((declaration) => ({ file: join(elementsFolder, module.path), declaration })),
);

/**
 * The component's own source: its class file and every file it imports, following relative
 * imports but not into another component's class (that one renders in its own shadow root).
 */
function sourcesOf(componentFile: string): Map<string, string> {
  const sources = new Map<string, string>();
  const visit = (file: string) => {
    if (sources.has(file)) return;
    const text = readFileSync(file, 'utf8');
    sources.set(file, text);
    for (const [, isType, specifier] of text.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+'(\.[^']+)'/gms)) {
      if (isType) continue;
      const target = join(dirname(file), specifier!).replace(/\.js$/, '.ts');
      if (!existsSync(target) || (target.endsWith('.component.ts') && target !== componentFile)) continue;
      visit(target);
    }
  };
  visit(componentFile);
  return sources;
}

function allMatches(sources: Map<string, string>, pattern: RegExp): string[] {
  return [...sources.values()].flatMap((text) => [...text.matchAll(pattern)].map((match) => match[1]!));
}

function partsIn(sources: Map<string, string>): Set<string> {
  const parts = new Set(allMatches(sources, /\bpart="([^"]*)"/g).flatMap((value) => value.split(/\s+/).filter(Boolean)));
  for (const binding of allMatches(sources, /\bpart=\$\{([^}]*)\}/g)) {
    assert.ok(binding in dynamicParts, `a part bound to \`${binding}\`: add the parts it can take to dynamicParts in this test, and to the class's JSDoc`);
    for (const part of dynamicParts[binding]!) parts.add(part);
  }
  for (const part of allMatches(sources, /\bpart:\s*'([^']+)'/g)) parts.add(part);
  return parts;
}

/** `rhi-*` events the component dispatches (the toolkit sends every event through `rhiEvent`). */
function eventsIn(sources: Map<string, string>): Set<string> {
  return new Set(allMatches(sources, /(?:rhiEvent|new CustomEvent)\(\s*'(rhi-[a-z-]+)'/g));
}

/** The `HTMLElementEventMap` entries of the component's events file: event name → `CustomEvent<Detail>`. */
function eventTypesIn(sources: Map<string, string>): Map<string, string> {
  return new Map(
    [...sources.values()].flatMap((text) => [...text.matchAll(/'(rhi-[a-z-]+)':\s*(CustomEvent<\w+>);/g)].map((match) => [match[1]!, match[2]!] as const)),
  );
}

/** Lit's `static properties` of the class: the attribute each has (none for `attribute: false` or `state: true`). */
function litProperties(componentFile: string, className: string): { name: string; attribute: string | undefined; state: boolean }[] {
  const source = ts.createSourceFile(componentFile, readFileSync(componentFile, 'utf8'), ts.ScriptTarget.ES2022, true);
  const found = source.statements.find((statement): statement is ts.ClassDeclaration => ts.isClassDeclaration(statement) && statement.name?.text === className);
  assert.ok(found, `${className} is declared in ${relative(root, componentFile)}`);
  const properties = found.members.find(
    (member): member is ts.PropertyDeclaration => ts.isPropertyDeclaration(member) && member.name.getText() === 'properties',
  );
  assert.ok(properties?.initializer && ts.isObjectLiteralExpression(properties.initializer), `${className} has static properties`);
  return properties.initializer.properties.filter(ts.isPropertyAssignment).map((property) => {
    const name = property.name.getText();
    const options = ts.isObjectLiteralExpression(property.initializer) ? property.initializer.properties.filter(ts.isPropertyAssignment) : [];
    const option = (key: string) => options.find((candidate) => candidate.name.getText() === key)?.initializer;
    const state = option('state')?.kind === ts.SyntaxKind.TrueKeyword;
    const attributeOption = option('attribute');
    const attribute =
      state || attributeOption?.kind === ts.SyntaxKind.FalseKeyword
        ? undefined
        : attributeOption && ts.isStringLiteral(attributeOption)
          ? attributeOption.text
          : name.toLowerCase();
    return { name, attribute, state };
  });
}

const names = (items: Named[] | undefined) => new Set((items ?? []).map((item) => item.name));
const sorted = (items: Iterable<string>) => [...items].sort();

describe('the custom elements manifest', () => {
  it('is the package\'s manifest and ships with it', () => {
    assert.equal(packageJson.customElements, 'custom-elements.json');
    assert.ok(packageJson.files.includes('custom-elements.json'), 'listed in files');
    assert.equal(packageJson.exports['./custom-elements.json'], './custom-elements.json');
    assert.ok(manifest.schemaVersion, 'has a schema version');
  });

  it('describes the five elements, each with its tag and class', () => {
    assert.deepEqual(
      Object.fromEntries(elements.map(({ declaration }) => [declaration.tagName, declaration.name]).sort()),
      Object.fromEntries(Object.entries(expectedElements).sort()),
    );
    for (const { file } of elements) assert.ok(file.endsWith('.component.ts') && existsSync(file), `${relative(root, file)} is a component class file`);
  });

  for (const { file, declaration } of elements) {
    const tag = declaration.tagName!;
    const sources = sourcesOf(file);

    describe(`<${tag}>`, () => {
      it('lists every CSS part it renders, and no other', () => {
        assert.deepEqual(sorted(names(declaration.cssParts)), sorted(partsIn(sources)));
      });

      it('lists every --rhi-* custom property its styles read, and no other', () => {
        assert.deepEqual(sorted(names(declaration.cssProperties)), sorted(new Set(allMatches(sources, /var\(\s*(--rhi-[a-z0-9-]+)/g))));
      });

      it('describes every part and custom property', () => {
        for (const item of [...(declaration.cssParts ?? []), ...(declaration.cssProperties ?? [])]) {
          assert.ok(item.description?.trim(), `${item.name} has a description`);
          assert.doesNotMatch(item.description!, /@css/, `${item.name}: one JSDoc tag per line (another tag was read as its description)`);
        }
      });

      it('lists every event it sends, each with its detail type from HTMLElementEventMap', () => {
        const eventTypes = eventTypesIn(sources);
        assert.deepEqual(sorted(names(declaration.events)), sorted(eventsIn(sources)));
        for (const event of declaration.events ?? []) {
          assert.ok(event.description?.trim(), `${event.name} has a description`);
          assert.equal(event.type?.text, eventTypes.get(event.name), `${event.name}'s type matches its HTMLElementEventMap entry`);
        }
      });

      it('lists its slots', () => {
        const slots = allMatches(sources, /<slot\b([^>]*)>/g).map((attributes) => /\bname="([^"]+)"/.exec(attributes)?.[1] ?? '');
        assert.deepEqual(sorted(names(declaration.slots)), sorted(new Set(slots)));
      });

      it('lists its attributes and public properties, and not its internal state', () => {
        const properties = litProperties(file, declaration.name);
        const attributes = properties.flatMap((property) => (property.attribute ? [property.attribute] : []));
        assert.deepEqual(sorted(names(declaration.attributes)), sorted(attributes));
        const fields = names(declaration.members?.filter((member) => member.kind === 'field'));
        for (const property of properties) {
          assert.equal(fields.has(property.name), !property.state, `${property.name} ${property.state ? 'is internal state' : 'is a public property'}`);
        }
        for (const member of declaration.members ?? []) assert.notEqual(member.privacy, 'private', `${member.name} is private`);
      });
    });
  }
});
