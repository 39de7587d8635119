/**
 * The few pieces of markup the HTML service report is built from. Every text that reaches the page
 * goes through `escapeText`: reasons, labels and agency names are free text typed by workers.
 */

const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe for an element's content or a quoted attribute value, in HTML and inline SVG alike. */
export function escapeText(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (character) => entities[character]!);
}

/** Markup that is already escaped: lets helpers take either plain text or built markup. */
export interface Markup {
  readonly html: string;
}

export const markup = (html: string): Markup => ({ html });

/** Plain text is escaped; built markup passes through. */
export function content(value: string | Markup): string {
  return typeof value === 'string' ? escapeText(value) : value.html;
}

export interface TableColumn {
  heading: string;
  /** Numbers are set apart from words so a host stylesheet (GOV.UK Frontend) can right-align them. */
  numeric?: boolean;
}

export interface TableRow {
  /** The row's header cell: what the figures in the row are about. */
  header: string | Markup;
  cells: (string | Markup)[];
}

/**
 * The cell's GOV.UK class, and its alignment as an `align` attribute: numbers right, words left, as
 * GOV.UK tables set them. `align` is obsolete HTML, but it is the one way to align a cell without
 * CSS, and a presentational attribute is not blocked by a `style-src` policy as a style would be.
 */
function alignment(column: TableColumn | undefined, kind: 'header' | 'cell'): string {
  const numeric = column?.numeric === true;
  return `class="govuk-table__${kind}${numeric ? ` govuk-table__${kind}--numeric` : ''}" align="${numeric ? 'right' : 'left'}"`;
}

/**
 * A table with a caption, column headers (`scope="col"`) and row headers (`scope="row"`), so a
 * screen reader names every figure it reads. The class names are GOV.UK Frontend's: the page has no
 * stylesheet of its own (it must open under a strict Content-Security-Policy), but a host that
 * already serves GOV.UK Frontend gets the familiar look.
 */
export function table(caption: string, columns: TableColumn[], rows: TableRow[]): string {
  const headCells = columns
    .map((column) => `<th scope="col" ${alignment(column, 'header')}>${escapeText(column.heading)}</th>`)
    .join('');
  const bodyRows = rows
    .map((row) => {
      const cells = row.cells.map((cell, index) => `<td ${alignment(columns[index + 1], 'cell')}>${content(cell)}</td>`).join('');
      return `<tr class="govuk-table__row"><th scope="row" ${alignment(columns[0], 'header')}>${content(row.header)}</th>${cells}</tr>`;
    })
    .join('\n');
  const markup = [
    '<table class="govuk-table govuk-table--small-text-until-tablet">',
    `<caption class="govuk-table__caption govuk-table__caption--m">${escapeText(caption)}</caption>`,
    `<thead class="govuk-table__head"><tr class="govuk-table__row">${headCells}</tr></thead>`,
    `<tbody class="govuk-table__body">\n${bodyRows}\n</tbody>`,
    '</table>',
  ].join('\n');
  // Four columns and more can be wider than a 320-pixel phone: such a table scrolls in a box of its
  // own, which takes keyboard focus so it can be scrolled without a mouse (WCAG 2.1.1), rather than
  // pushing the whole page sideways (WCAG 1.4.10).
  if (columns.length < 4) return markup;
  return `<div class="rhi-table-scroll" role="region" aria-label="${escapeText(caption)}" tabindex="0">\n${markup}\n</div>`;
}

export function paragraph(text: string | Markup): string {
  return `<p class="govuk-body">${content(text)}</p>`;
}

export function subheading(text: string): string {
  return `<h3 class="govuk-heading-m">${escapeText(text)}</h3>`;
}

/** A section of the report: its heading's id lets the contents list link to it. Empty parts (a chart with nothing to draw) are left out. */
export function section(id: string, heading: string, parts: string[]): string {
  return [`<section aria-labelledby="${id}">`, `<h2 class="govuk-heading-l" id="${id}">${escapeText(heading)}</h2>`, ...parts.filter(Boolean), '</section>'].join('\n');
}
