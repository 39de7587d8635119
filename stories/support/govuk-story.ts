/**
 * Renders a GOV.UK pattern template's fixture example in a shadow root with the templates' one
 * style sheet, as the form and the wizard show it (stories/govuk-*.stories.ts).
 */
import { render } from 'lit';
import { govukStyles } from '../../packages/elements/src/govuk/govuk.styles.js';
import type { Fixture } from '../../test/govuk/fixtures/fixture.js';

export function renderExample<Args>(fixture: Fixture<Args>) {
  return (args: Args): HTMLElement => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [govukStyles.styleSheet!];
    const holder = document.createElement('div');
    root.append(holder);
    render(fixture.render(args), holder);
    return host;
  };
}
