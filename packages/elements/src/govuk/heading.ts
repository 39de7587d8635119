/** A heading at the level the host chose, so a component fits the page's outline (GOV.UK headings). */
import type { TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';

const headingTags = [1, 2, 3, 4, 5, 6].map((level) => unsafeStatic(`h${level}`));

export interface HeadingOptions {
  id?: string | undefined;
  className?: string | undefined;
  /** Focusable by script (tabindex -1): a page heading takes focus when its page opens. */
  focusable?: boolean | undefined;
  part?: string | undefined;
  describedBy?: string | undefined;
}

/** A heading at a level 1–6 (a level past 6 stays 6). */
export function heading(level: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
  const tag = headingTags[Math.min(Math.max(Math.round(level), 1), 6) - 1]!;
  return staticHtml`<${tag}
    id=${ifDefined(options.id)}
    class=${ifDefined(options.className)}
    part=${ifDefined(options.part)}
    tabindex=${ifDefined(options.focusable ? '-1' : undefined)}
    aria-describedby=${ifDefined(options.describedBy)}
  >${content}</${tag}>`;
}
