/**
 * The HTML report's one stylesheet: GOV.UK Frontend's type scale, colours, width container, table
 * and link styles, written out for the few classes the page uses (GOV.UK Frontend 5, "New
 * Transport" aside: Arial, as GOV.UK Frontend falls back to off GOV.UK). It goes in one <style>
 * element that the page's own Content-Security-Policy allows by its SHA-256 hash and nothing else,
 * so no other style and no script can run. It loads nothing: no font, no image, no url().
 *
 * Sizes are GOV.UK's: 19px body text (16px below 641px), headings 48/36/24px (32/24/18px), 1px
 * #b1b4b6 table borders, #1d70b8 links with the yellow #ffdd00 focus state.
 */
import { createHash } from 'node:crypto';

const tablet = '@media (min-width: 40.0625em)';

export const reportStyle = [
  'html{background:#f3f2f1;-webkit-text-size-adjust:100%}',
  'body{margin:0;background:#fff;color:#0b0c0c;font-family:arial,sans-serif;-webkit-font-smoothing:antialiased;font-size:1rem;line-height:1.25}',
  `${tablet}{body{font-size:1.1875rem;line-height:1.31579}}`,
  '.rhi-header{background:#0b0c0c;color:#fff;border-bottom:10px solid #1d70b8;padding:10px 0}',
  '.rhi-header__service{display:block;font-weight:700;font-size:1.125rem;line-height:1.11111;padding:5px 0}',
  `${tablet}{.rhi-header__service{font-size:1.5rem;line-height:1.25}}`,
  '.govuk-width-container{max-width:960px;margin:0 15px}',
  `${tablet}{.govuk-width-container{margin:0 30px}}`,
  '@media (min-width: 1020px){.govuk-width-container{margin:0 auto}}',
  '.govuk-main-wrapper{display:block;padding:20px 0}',
  `${tablet}{.govuk-main-wrapper{padding:40px 0}}`,
  '.govuk-heading-xl,.govuk-heading-l,.govuk-heading-m{font-weight:700;margin-top:0;color:#0b0c0c}',
  '.govuk-heading-xl{font-size:2rem;line-height:1.09375;margin-bottom:30px}',
  '.govuk-heading-l{font-size:1.5rem;line-height:1.04167;margin-bottom:20px;padding-top:15px}',
  '.govuk-heading-m{font-size:1.125rem;line-height:1.11111;margin-bottom:15px}',
  '.govuk-body-l{font-size:1.125rem;line-height:1.11111;margin:0 0 20px}',
  '.govuk-body{margin:0 0 15px}',
  `${tablet}{.govuk-heading-xl{font-size:3rem;line-height:1.04167;margin-bottom:50px}.govuk-heading-l{font-size:2.25rem;line-height:1.11111;margin-bottom:30px}.govuk-heading-m{font-size:1.5rem;line-height:1.25;margin-bottom:20px}.govuk-body-l{font-size:1.5rem;line-height:1.25;margin-bottom:30px}.govuk-body{margin-bottom:20px}}`,
  '.govuk-section-break{margin:30px 0;border:0;border-bottom:1px solid #b1b4b6}',
  '.govuk-list{margin:0 0 15px;padding:0;list-style-type:none}',
  '.govuk-list--number{padding-left:20px;list-style-type:decimal}',
  '.govuk-list p{margin:0 0 5px}',
  '.govuk-link{color:#1d70b8;text-decoration:underline;text-decoration-thickness:max(1px,.0625rem);text-underline-offset:.1578em}',
  '.govuk-link:visited{color:#4c2c92}',
  '.govuk-link:hover{color:#003078;text-decoration-thickness:max(3px,.1875rem,.12em)}',
  '.govuk-link:focus{outline:3px solid transparent;color:#0b0c0c;background-color:#ffdd00;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}',
  '.govuk-table{width:100%;margin-bottom:20px;border-spacing:0;border-collapse:collapse}',
  `${tablet}{.govuk-table{margin-bottom:30px}}`,
  '.govuk-table--small-text-until-tablet{font-size:.875rem;line-height:1.14286}',
  `${tablet}{.govuk-table--small-text-until-tablet{font-size:1.1875rem;line-height:1.31579}}`,
  '.rhi-table-scroll{overflow-x:auto;margin-bottom:20px}',
  '.rhi-table-scroll .govuk-table{margin-bottom:0}',
  '.rhi-table-scroll:focus{outline:3px solid #ffdd00;outline-offset:0;box-shadow:inset 0 0 0 2px #0b0c0c}',
  '.govuk-table__caption{font-weight:700;display:table-caption;text-align:left;margin-bottom:10px}',
  '.govuk-table__caption--m{font-size:1.125rem;line-height:1.11111}',
  `${tablet}{.govuk-table__caption--m{font-size:1.5rem;line-height:1.25}}`,
  // GOV.UK's 20px between columns; 10px on a phone, so a table of four columns fits in 290 pixels.
  '.govuk-table__header,.govuk-table__cell{padding:10px 10px 10px 0;border-bottom:1px solid #b1b4b6;text-align:left;vertical-align:top}',
  `${tablet}{.govuk-table__header,.govuk-table__cell{padding-right:20px}}`,
  '.govuk-table__header{font-weight:700}',
  '.govuk-table__header:last-child,.govuk-table__cell:last-child{padding-right:0}',
  '.govuk-table__header--numeric,.govuk-table__cell--numeric{text-align:right;font-variant-numeric:tabular-nums}',
  '.rhi-chart{margin:0 0 30px}',
  '.rhi-chart svg{display:block}',
  '.rhi-chart__caption{font-size:1rem;line-height:1.25;color:#505a5f;margin-top:5px}',
].join('\n');

/** The stylesheet's hash as a CSP source expression: the page allows this style and no other. */
export const reportStyleSource = `'sha256-${createHash('sha256').update(reportStyle, 'utf8').digest('base64')}'`;
