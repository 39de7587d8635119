/**
 * A locality's layout is a small overlay on the toolkit's layout (rules/<ruleset>/interview.layout.json):
 * pages with a new id are added (after the page named in `after`, or at the end), pages with an
 * existing id replace that page, and `hide` takes questions off the form. Safeguarding leads
 * edit a few lines instead of copying the whole layout.
 */
import type { Layout, LayoutPage, LayoutPlacement } from './layout-types.js';

export interface LayoutOverlayPage extends LayoutPage {
  /** Id of the page this one follows. */
  after?: string;
}

export interface LayoutOverlay {
  $schema?: string;
  pages?: LayoutOverlayPage[];
  /** Dotted paths of questions to take off the form. */
  hide?: string[];
}

export interface ComposedLayout {
  layout: Layout;
  /** What in the overlay could not be applied, in words a safeguarding lead can act on. */
  problems: string[];
}

export function composeLayout(base: Layout, overlay: LayoutOverlay): ComposedLayout {
  const problems: string[] = [];
  const pages: LayoutPage[] = base.pages.map((page) => ({ ...page }));
  for (const { after, ...page } of overlay.pages ?? []) {
    const existing = pages.findIndex((candidate) => candidate.id === page.id);
    if (existing >= 0 && after === undefined) {
      pages[existing] = page;
      continue;
    }
    if (existing >= 0) pages.splice(existing, 1);
    if (after === undefined) {
      pages.push(page);
      continue;
    }
    const anchor = pages.findIndex((candidate) => candidate.id === after);
    if (anchor < 0) {
      problems.push(`page '${page.id}' is to go after page '${after}', which the layout does not have (pages: ${pages.map((candidate) => candidate.id).join(', ')}). It was added at the end.`);
      pages.push(page);
    } else {
      pages.splice(anchor + 1, 0, page);
    }
  }
  const hidden = new Set(overlay.hide ?? []);
  const found = new Set<string>();
  const withoutHidden = (placements: LayoutPlacement[]): LayoutPlacement[] =>
    placements.flatMap((placement) => {
      const path = typeof placement === 'string' ? placement : placement.path;
      if (hidden.has(path)) {
        found.add(path);
        return [];
      }
      if (typeof placement === 'string' || !placement.reveal) return [placement];
      return [{ ...placement, reveal: placement.reveal.map((reveal) => ({ ...reveal, fields: withoutHidden(reveal.fields) })) }];
    });
  const composed = pages.map((page) => ({ ...page, fields: withoutHidden(page.fields) })).filter((page) => page.fields.length > 0);
  for (const path of hidden) {
    if (!found.has(path)) problems.push(`'hide' names '${path}', which no page places. Check the spelling against the layout.`);
  }
  return { layout: { pages: composed }, problems };
}
