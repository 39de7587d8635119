// The interview's own 72 hours on <rhi-risk-panel>, beside the offer clock: an offer at hour 10
// and an interview at hour 120 must not look on time. The engine judges; the panel writes it out,
// with the reason recorded for the delay, in English and Welsh, in the full and the compact panel.
import { expect, fixture, html } from '@open-wc/testing';
import type { RhiRiskPanel } from '../../packages/elements/src/risk-panel/risk-panel.component.js';
import { assessed, hoursAfter, panelFor, part, scenario, textOf, without } from '../support/risk-panel-driver.js';

const s02 = scenario('S02');
const returnedAt = (s02.answers.episode as { returnedAt: string }).returnedAt;
const interviewOf = (answers: Record<string, unknown>) => answers.interview as Record<string, unknown>;

/** S02's child, offered the interview at hour 10 and interviewed at hour 120, the delay's reason recorded. */
const heldLate = {
  ...s02.answers,
  interview: { ...interviewOf(s02.answers), offeredAt: hoursAfter(returnedAt, 10), conductedAt: hoursAfter(returnedAt, 120), delayReason: 'child-asked-for-later-time' },
};
/** Offered at hour 10, not held yet. */
const offeredNotHeld = { ...s02.answers, interview: { offeredAt: hoursAfter(returnedAt, 10), delayReason: 'child-not-contactable' } };

const expectedWords = {
  en: {
    offerInTime: 'The interview was offered within the 72 hours.',
    title: 'Holding the interview within 72 hours',
    late: 'Held late: not within the 72 hours. The interview took place 120 hours after the child returned.',
    dueBy: 'To be held by 14 May 2026 at 09:00 UK time.',
    reason: 'Reason recorded for the delay: The child asked for a later time',
    inTime: 'Held within the 72 hours. The interview took place 30 hours after the child returned.',
    settled: 'Return interview offered and held within 72 hours',
    heldAfter30: 'The interview took place 30 hours after the child returned.',
    left: '62 hours 0 minutes left',
    overdue: 'Overdue: the interview was due by 14 May 2026 at 09:00 UK time, 8 hours 0 minutes ago.',
    notContactable: 'Reason recorded for the delay: Could not contact the child',
    compactLate: '· Interview held late',
    compactOverdue: '· Interview overdue',
  },
  cy: {
    offerInTime: 'Cafodd y cyfweliad ei gynnig o fewn y 72 awr.',
    title: 'Cynnal y cyfweliad o fewn 72 awr',
    late: "Cynhaliwyd yn hwyr: nid o fewn y 72 awr. Cynhaliwyd y cyfweliad 120 awr ar ôl i'r plentyn ddod yn ôl.",
    dueBy: "I'w gynnal erbyn 14 Mai 2026 am 09:00 amser y DU.",
    reason: 'Y rheswm a gofnodwyd dros yr oedi: Gofynnodd y plentyn am amser hwyrach',
    inTime: "Cynhaliwyd o fewn y 72 awr. Cynhaliwyd y cyfweliad 30 awr ar ôl i'r plentyn ddod yn ôl.",
    settled: "Cyfweliad dychwelyd wedi'i gynnig a'i gynnal o fewn 72 awr",
    heldAfter30: "Cynhaliwyd y cyfweliad 30 awr ar ôl i'r plentyn ddod yn ôl.",
    left: '62 awr a 0 munud ar ôl',
    overdue: 'Yn hwyr: roedd angen cynnal y cyfweliad erbyn 14 Mai 2026 am 09:00 amser y DU, 8 awr a 0 munud yn ôl.',
    notContactable: "Y rheswm a gofnodwyd dros yr oedi: Methu cysylltu â'r plentyn",
    compactLate: "· Cyfweliad wedi'i gynnal yn hwyr",
    compactOverdue: '· Cyfweliad yn hwyr',
  },
} as const;

function interviewClockText(panel: RhiRiskPanel): string {
  return textOf(panel, '[part~="interview-clock"]');
}

for (const lang of ['en', 'cy'] as const) {
  const words = expectedWords[lang];

  describe(`<rhi-risk-panel> interview clock, in ${lang}`, () => {
    it('shows an offer at hour 10 in time and an interview at hour 120 held late, with the reason recorded', async () => {
      const now = hoursAfter(returnedAt, 121);
      const { assessment, ruleset } = await assessed(heldLate, 'england', now, lang);
      const panel = await panelFor(assessment, ruleset, lang, now);
      expect(textOf(panel, '[part~="offer-clock"]')).to.contain(words.offerInTime);
      const clock = interviewClockText(panel);
      expect(clock).to.contain(words.title);
      expect(clock).to.contain(words.late);
      expect(clock).to.contain(words.dueBy);
      expect(clock).to.contain(words.reason);
      expect(part(panel, 'interview-clock')!.classList.contains('clock--late')).to.equal(true);
      await expect(panel).to.be.accessible();
    });

    it('says the interview was held within the window when it was', async () => {
      const { assessment, ruleset } = await assessed(s02.answers, 'england', s02.now, lang);
      const panel = await panelFor(assessment, ruleset, lang);
      // Offered and held in time (S02): one step says both clocks were met.
      expect(interviewClockText(panel)).to.contain(words.settled);
      expect(interviewClockText(panel)).to.contain(words.heldAfter30);
      expect(part(panel, 'interview-clock')!.classList.contains('clock--late')).to.equal(false);
    });

    it('counts the time left to hold the interview, then says it is overdue and why', async () => {
      const early = hoursAfter(returnedAt, 10);
      const waiting = await assessed(offeredNotHeld, 'england', early, lang);
      expect(interviewClockText(await panelFor(waiting.assessment, waiting.ruleset, lang, early))).to.contain(words.left);
      const late = hoursAfter(returnedAt, 80);
      const overdue = await assessed(offeredNotHeld, 'england', late, lang);
      const panel = await panelFor(overdue.assessment, overdue.ruleset, lang, late);
      expect(interviewClockText(panel)).to.contain(words.overdue);
      expect(interviewClockText(panel)).to.contain(words.notContactable);
      await expect(panel).to.be.accessible();
    });

    it('shows no interview clock until the return time is known', async () => {
      const { assessment, ruleset } = await assessed(without(s02.answers, 'episode.returnedAt'), 'england', s02.now, lang);
      const panel = await panelFor(assessment, ruleset, lang);
      expect(part(panel, 'interview-clock')).to.equal(null);
    });

    it('in Wales shows the interview clock once an interview was offered, and none where nobody offered one', async () => {
      const s10 = scenario('S10');
      const offered = await assessed(s10.answers, s10.ruleset, s10.now, lang);
      expect(part(await panelFor(offered.assessment, offered.ruleset, lang), 'interview-clock')).not.to.equal(null);
      const notOffered = await assessed(without(s10.answers, 'interview'), s10.ruleset, s10.now, lang);
      expect(part(await panelFor(notOffered.assessment, notOffered.ruleset, lang), 'interview-clock')).to.equal(null);
    });

    it('says in the compact panel, after the level, when the interview was held late or is overdue', async () => {
      for (const [answers, now, expected] of [
        [heldLate, hoursAfter(returnedAt, 121), words.compactLate],
        [offeredNotHeld, hoursAfter(returnedAt, 80), words.compactOverdue],
      ] as const) {
        const { assessment, ruleset } = await assessed(answers, 'england', now, lang);
        const compact = await fixture<RhiRiskPanel>(html`<rhi-risk-panel compact lang=${lang} .assessment=${assessment} .ruleset=${ruleset}></rhi-risk-panel>`);
        await compact.updateComplete;
        expect(textOf(compact)).to.contain(expected);
        await expect(compact).to.be.accessible();
      }
      const onTime = await assessed(s02.answers, 'england', s02.now, lang);
      const compact = await fixture<RhiRiskPanel>(html`<rhi-risk-panel compact lang=${lang} .assessment=${onTime.assessment} .ruleset=${onTime.ruleset}></rhi-risk-panel>`);
      await compact.updateComplete;
      expect(part(compact, 'late-clock')).to.equal(null);
    });
  });
}

describe('<rhi-risk-panel> when the statutory offer does not apply', () => {
  it('says why for a young person who was 18 at the return, in English and Welsh', async () => {
    const answers = { ...s02.answers, child: { ...(s02.answers.child as object), dateOfBirth: '2008-01-01' } };
    for (const [lang, expected] of [
      ['en', 'The young person was 18 or over when they came back'],
      ['cy', "Roedd y person ifanc yn 18 oed neu'n hŷn pan ddaeth yn ôl"],
    ] as const) {
      const { assessment, ruleset } = await assessed(answers, 'england', s02.now, lang);
      const panel = await panelFor(assessment, ruleset, lang);
      expect(textOf(panel, '[part~="offer-clock"]')).to.contain(expected);
    }
  });
});
