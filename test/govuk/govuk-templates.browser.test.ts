/**
 * Each GOV.UK pattern template, example by example from its one fixture: the markup ties labels,
 * hints, errors and reveals together by id, an error is announced as one, axe finds nothing, and
 * nothing is wider than a 320 px screen.
 */
import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { setViewport } from '@web/test-runner-commands';
import { govukStyles } from '../../packages/elements/src/govuk/govuk.styles.js';
import { allFixtures } from './fixtures/all-fixtures.js';

/** A shadow root with the templates' style sheet, as the form and the wizard give them. */
async function shown(template: unknown): Promise<{ host: HTMLElement; root: ShadowRoot }> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = [govukStyles.styleSheet!];
  const holder = document.createElement('div');
  holder.setAttribute('lang', 'en');
  root.append(holder);
  render(template, holder);
  await new Promise(requestAnimationFrame);
  return { host, root };
}

const references = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'for'];

describe('GOV.UK pattern templates, from their fixtures', () => {
  before(() => setViewport({ width: 320, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));
  afterEach(() => document.querySelectorAll('body > div').forEach((host) => host.remove()));

  for (const fixture of allFixtures) {
    for (const [example, args] of Object.entries(fixture.examples)) {
      describe(`${fixture.template}: ${example}`, () => {
        it('refers only to ids it has, each id once', async () => {
          const { root } = await shown(fixture.render(args));
          const ids = [...root.querySelectorAll('[id]')].map((element) => element.id);
          expect(new Set(ids).size, `duplicate ids: ${ids}`).to.equal(ids.length);
          for (const attribute of references) {
            for (const element of root.querySelectorAll(`[${attribute}]`)) {
              for (const id of element.getAttribute(attribute)!.split(/\s+/)) expect(ids, `${attribute}="${id}"`).to.include(id);
            }
          }
          for (const link of root.querySelectorAll('a[href^="#"]')) expect(link.getAttribute('href')).to.match(/^#[\w-]+$/);
        });

        it('says an error is one, and points the control at it', async () => {
          const { root } = await shown(fixture.render(args));
          const error = (args as { error?: string }).error;
          const message = root.querySelector('.error-message');
          if (!error) return expect(message).to.equal(null);
          expect(message!.textContent).to.contain(error);
          expect(message!.querySelector('.visually-hidden')!.textContent!.trim()).to.match(/^(Error|Gwall):$/);
          if (fixture.template === 'error-message') return;
          expect(root.querySelector('.form-group--error'), 'the group is marked').to.not.equal(null);
          const described = root.querySelector(`[aria-describedby~="${message!.id}"]`);
          expect(described, 'a control or fieldset is described by the error').to.not.equal(null);
        });

        it('fits a 320 px screen: nothing wider, a label beside its box', async () => {
          const { root } = await shown(fixture.render(args));
          const holder = root.firstElementChild as HTMLElement;
          expect(holder.scrollWidth).to.be.at.most(holder.clientWidth);
          for (const label of root.querySelectorAll<HTMLElement>('.radios__label, .checkboxes__label')) {
            const box = label.parentElement!.querySelector('input')!.getBoundingClientRect();
            expect(label.getBoundingClientRect().top, `"${label.textContent}" beside its box`).to.be.below(box.bottom);
          }
        });

        it('passes axe', async () => {
          const { host } = await shown(fixture.render(args));
          await expect(host).to.be.accessible();
        });
      });
    }
  }

  it('question: a textarea counts characters, and the limit is announced with the box', async () => {
    const args = allFixtures.find((candidate) => candidate.template === 'question')!.examples['textarea with a character count, over the limit'];
    const { root } = await shown(allFixtures.find((candidate) => candidate.template === 'question')!.render(args));
    expect(root.querySelector('.character-count')!.textContent).to.contain('too many');
    expect(root.querySelector('textarea')!.getAttribute('aria-describedby')).to.contain('what-happened-count-limit');
  });
});
