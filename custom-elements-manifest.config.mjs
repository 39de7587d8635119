// The custom elements manifest (packages/elements/custom-elements.json) for editors, Storybook and
// docs: every tag's attributes, properties, events with their detail types, slots, CSS parts and
// CSS custom properties, from the classes' JSDoc (`@event`, `@slot`, `@csspart`, `@cssproperty`)
// and lit's `static properties`. Written by `npm run build` (`cem analyze --litelement`);
// test/packaging/custom-elements-manifest.node.test.ts checks it against the components' code.

const sourceFolder = 'packages/elements/src/';

/** Lit's `state: true` properties are internal reactive state: no attribute, not public API. */
function litStateIsNotPublic() {
  const stateByClass = new Map();
  return {
    name: 'rhi-lit-state-is-not-public',
    analyzePhase({ ts, node }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const properties = node.members.find(
        (member) => ts.isPropertyDeclaration(member) && member.name?.getText() === 'properties' && member.initializer && ts.isObjectLiteralExpression(member.initializer),
      );
      if (!properties) return;
      const state = properties.initializer.properties
        .filter((property) => ts.isPropertyAssignment(property) && ts.isObjectLiteralExpression(property.initializer))
        .filter((property) => property.initializer.properties.some((option) => option.name?.getText() === 'state' && option.initializer?.kind === ts.SyntaxKind.TrueKeyword))
        .map((property) => property.name.getText());
      stateByClass.set(node.name.getText(), new Set(state));
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        const state = stateByClass.get(declaration.name);
        if (!state || declaration.kind !== 'class') continue;
        declaration.attributes = declaration.attributes?.filter((attribute) => !state.has(attribute.fieldName ?? attribute.name));
        declaration.members = declaration.members?.filter((member) => !state.has(member.name));
      }
    },
  };
}

/** `#private` members are no one else's business. */
function leaveOutPrivateMembers() {
  return {
    name: 'rhi-leave-out-private-members',
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.members) declaration.members = declaration.members.filter((member) => member.privacy !== 'private');
      }
    },
  };
}

/** Module paths relative to the package (`src/…`), not to the repository. */
function pathsInPackage() {
  // Declarations name their module as imported (`/packages/…/x.component.js`); modules by file (`x.component.ts`).
  const inPackage = (path) => {
    const relative = path.replace(/^\//, '');
    if (!relative.startsWith(sourceFolder)) return path;
    return `src/${relative.slice(sourceFolder.length)}`.replace(/\.js$/, '.ts');
  };
  const rewrite = (value) => {
    if (Array.isArray(value)) return value.forEach(rewrite);
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = inPackage(inner);
      else rewrite(inner);
    }
  };
  return {
    name: 'rhi-paths-in-package',
    packageLinkPhase({ customElementsManifest }) {
      rewrite(customElementsManifest.modules);
    },
  };
}

export default {
  globs: [`${sourceFolder}**/*.ts`],
  exclude: [`${sourceFolder}generated/**`, `${sourceFolder}**/*.d.ts`, `${sourceFolder}layout-tools.ts`],
  outdir: 'packages/elements',
  litelement: true,
  // packages/elements/package.json names the manifest itself (`customElements`): the analyzer
  // would otherwise write it into the root package.json.
  packagejson: false,
  plugins: [litStateIsNotPublic(), leaveOutPrivateMembers(), pathsInPackage()],
};
