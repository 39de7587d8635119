// The 72-hour offer clock as the panel writes it: the engine judges, the panel counts the time left.
import { expect, fixture, html } from '@open-wc/testing';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { assessed, hoursAfter, panelFor, part, scenario, textOf, without } from '../support/risk-panel-driver.js';

const s02 = scenario('S02');
const returnedAt = s02.answers.episode ? (s02.answers.episode as { returnedAt: string }).returnedAt : '';
/** S02 before anyone offered or held the interview. */
const notYetOffered = without(s02.answers, 'interview.offeredAt', 'interview.conductedAt');

function clockText(panel: RhiRiskPanel): string {
  return textOf(panel, '[part~="offer-clock"]');
}

const expectedWords = {
  en: {
    notKnown: 'The return time is not recorded yet, so the 72-hour deadline is not known.',
    dueBy: 'Due by 14 May 2026 at 09:00 UK time',
    left: '62 hours 0 minutes left',
    leftLater: '61 hours 30 minutes left',
    overdue: 'Overdue: the offer was due by 14 May 2026 at 09:00 UK time, 8 hours 0 minutes ago.',
    held: 'The interview took place 30 hours after the child returned.',
    inTime: 'The interview was offered within the 72 hours.',
    settled: 'Return interview offered and held within 72 hours',
    late: 'The interview was not offered within the 72 hours.',
    notStatutory: 'In Wales, offering a return interview is good practice, not a statutory duty.',
  },
  cy: {
    notKnown: "Nid yw'r amser dychwelyd wedi'i gofnodi eto, felly nid yw'r terfyn amser 72 awr yn hysbys.",
    dueBy: 'Dyddiad cau: 14 Mai 2026 am 09:00 amser y DU',
    left: '62 awr a 0 munud ar ôl',
    leftLater: '61 awr a 30 munud ar ôl',
    overdue: 'Yn hwyr: roedd angen cynnig y cyfweliad erbyn 14 Mai 2026 am 09:00 amser y DU, 8 awr a 0 munud yn ôl.',
    held: "Cynhaliwyd y cyfweliad 30 awr ar ôl i'r plentyn ddod yn ôl.",
    inTime: 'Cafodd y cyfweliad ei gynnig o fewn y 72 awr.',
    settled: "Cyfweliad dychwelyd wedi'i gynnig a'i gynnal o fewn 72 awr",
    late: 'Ni chafodd y cyfweliad ei gynnig o fewn y 72 awr.',
    notStatutory: 'Yng Nghymru, mae cynnig cyfweliad dychwelyd adref yn arfer da, nid yn ddyletswydd statudol.',
  },
} as const;

for (const lang of ['en', 'cy'] as const) {
  const words = expectedWords[lang];

  describe(`<rhi-risk-panel> offer clock, in ${lang}`, () => {
    it('says the deadline is not known while the return time is missing', async () => {
      const { assessment, ruleset } = await assessed(without(s02.answers, 'episode.returnedAt'), 'england', s02.now, lang);
      const panel = await panelFor(assessment, ruleset, lang);
      expect(clockText(panel)).to.contain(words.notKnown);
      await expect(panel).to.be.accessible();
    });

    it('gives the due time on the UK clock and the hours left', async () => {
      const now = hoursAfter(returnedAt, 10);
      const { assessment, ruleset } = await assessed(notYetOffered, 'england', now, lang);
      expect(assessment.rhi.overdue).to.equal(false);
      const panel = await panelFor(assessment, ruleset, lang, now);
      expect(clockText(panel)).to.contain(words.dueBy);
      expect(clockText(panel)).to.contain(words.left);
      // The panel's clock moves on without a new assessment.
      panel.now = hoursAfter(returnedAt, 10.5);
      await panel.updateComplete;
      expect(clockText(panel)).to.contain(words.leftLater);
      await expect(panel).to.be.accessible();
    });

    it('says the offer is overdue, and since when, when the engine says so', async () => {
      const now = hoursAfter(returnedAt, 80);
      const { assessment, ruleset } = await assessed(notYetOffered, 'england', now, lang);
      expect(assessment.rhi.overdue).to.equal(true);
      const panel = await panelFor(assessment, ruleset, lang, now);
      expect(clockText(panel)).to.contain(words.overdue);
      await expect(panel).to.be.accessible();
    });

    it('says how long after the return the interview took place and whether the offer was in time', async () => {
      const { assessment, ruleset } = await assessed(s02.answers, 'england', s02.now, lang);
      expect(assessment.rhi.hoursFromReturnToInterview).to.equal(30);
      const panel = await panelFor(assessment, ruleset, lang);
      // Offered and held in time: one step says both clocks were met, and when the interview took place.
      expect(textOf(panel, '[part~="interview-clock"]')).to.contain(words.held);
      expect(clockText(panel)).to.contain(words.settled);
      expect(panel.shadowRoot!.querySelectorAll('[part~="offer-clock"]')).to.have.length(1);
      // Offered, interview still to come: the two clocks stand apart again.
      const awaited = await assessed(without(s02.answers, 'interview.conductedAt'), 'england', s02.now, lang);
      const awaitedPanel = await panelFor(awaited.assessment, ruleset, lang);
      expect(part(awaitedPanel, 'offer-clock')).to.exist;
      expect(part(awaitedPanel, 'interview-clock')).to.exist;
      expect(part(awaitedPanel, 'offer-clock')).not.to.equal(part(awaitedPanel, 'interview-clock'));

      const late = { ...s02.answers, interview: { ...(s02.answers.interview as object), offeredAt: hoursAfter(returnedAt, 75), conductedAt: hoursAfter(returnedAt, 76) } };
      const lateAssessment = await assessed(late, 'england', hoursAfter(returnedAt, 77), lang);
      const latePanel = await panelFor(lateAssessment.assessment, ruleset, lang);
      expect(clockText(latePanel)).to.contain(words.late);
      await expect(latePanel).to.be.accessible();
    });

    it('says an offer is good practice, not a duty, where the ruleset does not require it, and still gives the deadline', async () => {
      const s10 = scenario('S10');
      const { assessment, ruleset } = await assessed(s10.answers, s10.ruleset, s10.now, lang);
      expect(assessment.rhi.offerRequired).to.equal(false);
      const panel = await panelFor(assessment, ruleset, lang);
      expect(clockText(panel)).to.contain(words.notStatutory);
      expect(clockText(panel)).to.contain(lang === 'en' ? 'Due by 11 November 2026 at 20:30 UK time' : 'Dyddiad cau: 11 Tachwedd 2026 am 20:30 amser y DU');
      expect(part(panel, 'offer-clock')!.classList.contains('clock--overdue')).to.equal(false);
    });
  });
}

describe('<rhi-risk-panel> on the real clock', () => {
  it('refreshes "time left" each minute while connected and stops the timer when removed', async () => {
    const started: number[] = [];
    const cleared: number[] = [];
    const realSet = window.setInterval;
    const realClear = window.clearInterval;
    window.setInterval = ((handler: TimerHandler, timeout?: number) => {
      const id = realSet(handler, timeout);
      if (timeout === 60_000) started.push(id);
      return id;
    }) as typeof window.setInterval;
    window.clearInterval = ((id?: number) => {
      if (id !== undefined) cleared.push(id);
      realClear(id);
    }) as typeof window.clearInterval;
    try {
      const { assessment, ruleset } = await assessed(notYetOffered, 'england', new Date().toISOString(), 'en');
      const panel = await fixture<RhiRiskPanel>(html`<rhi-risk-panel lang="en" .assessment=${assessment} .ruleset=${ruleset}></rhi-risk-panel>`);
      expect(started).to.have.length(1);
      panel.remove();
      expect(cleared).to.include(started[0]);
    } finally {
      window.setInterval = realSet;
      window.clearInterval = realClear;
    }
  });

  it('uses no timer when given a fixed now', async () => {
    const { assessment, ruleset } = await assessed(s02.answers, 'england', s02.now, 'en');
    const realSet = window.setInterval;
    let minuteTimers = 0;
    window.setInterval = ((handler: TimerHandler, timeout?: number) => {
      if (timeout === 60_000) minuteTimers += 1;
      return realSet(handler, timeout);
    }) as typeof window.setInterval;
    try {
      await panelFor(assessment, ruleset, 'en', s02.now);
      expect(minuteTimers).to.equal(0);
    } finally {
      window.setInterval = realSet;
    }
  });
});
