// The contact card links an email address only when it is one plain address: a directory entry
// such as `a@b.org?bcc=…` must not become a mailto: link that adds recipients, a subject or a body.
import { expect } from '@open-wc/testing';
import { isPlainEmailAddress } from '../../packages/elements/src/referral-wizard/render-contact-card.js';
import { assessedScenario, openWizard, settle, shadow, words } from '../support/referral-wizard-driver.js';

const forged = [
  'frontdoor@example.org?bcc=someone@evil.example',
  'frontdoor@example.org&cc=someone@evil.example',
  'frontdoor@example.org,someone@evil.example',
  'frontdoor@example.org%0ABcc:someone@evil.example',
  'frontdoor@example.org\nBcc: someone@evil.example',
  'front door@example.org',
  'frontdoor@example.org?subject=Urgent&body=Send%20the%20file',
  'javascript:alert(1)//@example.org',
];

describe('<rhi-referral-wizard> contact card email links', () => {
  it('accepts one plain address and refuses anything a mail program would read as more', () => {
    for (const address of ['frontdoor@example.org', 'mash.team+rhi@council.gov.uk', "o'brien@example.org"]) expect(isPlainEmailAddress(address), address).to.equal(true);
    for (const address of [...forged, 'a@b', '.a@b.org', 'a..b@b.org', 'a@-b.org', '']) expect(isPlainEmailAddress(address), address).to.equal(false);
  });

  it('links a plain address with mailto: and shows a forged one as plain text, never as a link', async () => {
    const assessed = await assessedScenario('S05');
    const police = assessed.assessment.referrals.findIndex((referral) => referral.agency === 'police');
    for (const [index, email] of ['frontdoor@example.org', ...forged].entries()) {
      const agencies = { ...assessed.ruleset.agencies, police: { ...assessed.ruleset.agencies.police!, contact: { email, secureEmail: email } } };
      const wizard = await openWizard({ ...assessed, ruleset: { ...assessed.ruleset, agencies } });
      await wizard.goToStep('details', police);
      await settle(wizard);
      const card = shadow(wizard).querySelector('[part~="contact"]')!;
      const links = [...card.querySelectorAll('a[href^="mailto:" i]')].map((link) => link.getAttribute('href'));
      if (index === 0) expect(links, email).to.deep.equal(['mailto:frontdoor@example.org', 'mailto:frontdoor@example.org']);
      else {
        expect(links, email).to.deep.equal([]);
        expect(words(card), 'the address is still shown, as text').to.include(email.split('\n')[0]);
      }
      wizard.remove();
    }
  });
});
