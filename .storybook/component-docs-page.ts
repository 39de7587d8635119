// The Documentation page of each component: what it is (from its JSDoc, through
// custom-elements.json), the first story with the controls that work in these stories, the
// component's whole API from the manifest (attributes, properties, events, parts, custom
// properties), then every other story. Written without JSX so the config needs no JSX setup.
import { createElement, Fragment } from 'react';
import { ArgTypes, Controls, Description, Heading, Primary, Stories, Title } from '@storybook/addon-docs/blocks';

export function ComponentDocsPage() {
  return createElement(
    Fragment,
    null,
    createElement(Title),
    createElement(Description),
    createElement(Primary),
    createElement(Heading, null, 'Controls in these stories'),
    createElement(Controls),
    createElement(Heading, null, 'Attributes, properties, events, parts and custom properties'),
    createElement(ArgTypes),
    createElement(Stories, { title: 'Every state', includePrimary: false }),
  );
}
