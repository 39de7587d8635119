// <rhi-outcomes-chart> shows a service report's outcome changes as a bar chart and a table, in
// English and Welsh, and says clearly when there is nothing to show or the report cannot be read.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../packages/elements/src/outcomes-chart/outcomes-chart.js';
import type { RhiOutcomesChart } from '../../packages/elements/src/outcomes-chart/outcomes-chart.component.js';
import type { OutcomeChange, ServiceReport } from '../../packages/elements/src/outcomes-chart/service-report.js';
import { chartScale, roundUp } from '../../packages/elements/src/outcomes-chart/chart-scale.js';
import { firstMonths, hardYear, laterVersion, noFollowUpYet, notAServiceReport, typicalYear } from '../../stories/support/service-reports.js';
import { fetchesDuring } from '../support/fetches-during.js';

type Language = 'en' | 'cy';

const words = {
  en: {
    title: 'Change after follow-up support',
    noReport: 'No report given',
    noPairs: 'No young person has ratings both at the interview and after follow-up support yet',
    notReadable: 'This report cannot be shown',
    someSmall: 'treat the outcomes marked * with care',
    allSmall: 'Every figure here comes from fewer than 10 young people',
    marker: 'Fewer than 10 young people: treat with care',
    noFigure: 'No figure',
    safeHappyHome: 'A safer, happier place to live',
    positiveFuture: 'Outlook on the future',
    youngPeople: '46 young people have ratings at both times.',
  },
  cy: {
    title: 'Newid ar ôl cymorth dilynol',
    noReport: 'Ni roddwyd adroddiad',
    noPairs: 'Nid oes gan unrhyw berson ifanc sgoriau yn y cyfweliad ac ar ôl cymorth dilynol eto',
    notReadable: 'Ni ellir dangos yr adroddiad hwn',
    someSmall: 'dylid trin y canlyniadau sydd â * yn ofalus',
    allSmall: 'Daw pob ffigur yma gan lai na 10 o bobl ifanc',
    marker: 'Llai na 10 o bobl ifanc: trin yn ofalus',
    noFigure: 'Dim ffigur',
    safeHappyHome: 'Lle mwy diogel a hapusach i fyw',
    positiveFuture: 'Agwedd at y dyfodol',
    youngPeople: 'Mae gan 46 o bobl ifanc sgoriau ar y ddwy adeg.',
  },
} as const;

async function chartFor(report: unknown, lang?: Language): Promise<RhiOutcomesChart> {
  const chart = await fixture<RhiOutcomesChart>(html`<rhi-outcomes-chart lang=${lang ?? ''} .report=${report}></rhi-outcomes-chart>`);
  await chart.updateComplete;
  return chart;
}

function textOf(chart: RhiOutcomesChart, selector?: string): string {
  const root = chart.shadowRoot!;
  const node = selector ? root.querySelector(selector) : root;
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Whether the chart shows a part. A boolean, not the element: a failed assertion on an element stalls the test runner. */
function shows(chart: RhiOutcomesChart, name: string): boolean {
  return chart.shadowRoot!.querySelector(`[part~="${name}"]`) !== null;
}

/** The table as text, row by row: the outcome (without its caution) then the figures. */
function tableRows(chart: RhiOutcomesChart): string[][] {
  return [...chart.shadowRoot!.querySelectorAll('tbody tr')].map((row) =>
    [...row.querySelectorAll('th, td')].map((cell) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelector('.caution-marker')?.remove();
      return copy.textContent!.replace(/\s+/g, ' ').trim();
    }),
  );
}

/** Each row of the chart: its bar's left and right edges in px (none without a figure), and the zero line's x. */
function barGeometry(chart: RhiOutcomesChart) {
  const root = chart.shadowRoot!;
  const zero = (root.querySelector('.zero-line') as SVGLineElement).getBBox().x;
  const bars = [...root.querySelectorAll<SVGGElement>('.chart__row')].map((row) => {
    const rect = row.querySelector('rect');
    const box = rect?.getBBox();
    return { outcome: row.dataset.outcome!, rect, left: box?.x, right: box ? box.x + box.width : undefined, width: box?.width ?? 0, value: row.querySelector('.chart__value')!.textContent };
  });
  return { zero, bars };
}

const states: { name: string; report: unknown; expect: (chart: RhiOutcomesChart, lang: Language) => void }[] = [
  {
    name: 'a typical year (one outcome from few young people)',
    report: typicalYear,
    expect: (chart, lang) => {
      expect(textOf(chart, '[part~="explanation"]')).to.contain(words[lang].youngPeople);
      expect(textOf(chart, '[part~="caution"]')).to.contain(words[lang].someSmall);
      expect(shows(chart, 'chart')).to.equal(true);
      expect(shows(chart, 'table')).to.equal(true);
    },
  },
  {
    name: 'every outcome from few young people',
    report: firstMonths,
    expect: (chart, lang) => {
      expect(textOf(chart, '[part~="caution"]')).to.contain(words[lang].allSmall);
      expect(chart.shadowRoot!.querySelectorAll('[part~="caution-marker"]')).to.have.length(6);
    },
  },
  {
    name: 'negative changes and an outcome with no figure',
    report: hardYear,
    expect: (chart, lang) => {
      expect(textOf(chart, '[part~="caution"]')).to.contain(words[lang].someSmall);
      expect(chart.shadowRoot!.querySelectorAll('[part~="bar-decrease"]')).to.have.length(3);
      expect(textOf(chart, '[part~="chart"]')).to.contain(words[lang].noFigure);
    },
  },
  {
    name: 'no young person rated at both times',
    report: noFollowUpYet,
    expect: (chart, lang) => {
      expect(textOf(chart, '[part~="message"]')).to.contain(words[lang].noPairs);
      expect(shows(chart, 'chart')).to.equal(false);
    },
  },
  {
    name: 'no report',
    report: undefined,
    expect: (chart, lang) => expect(textOf(chart, '[part~="message"]')).to.contain(words[lang].noReport),
  },
  {
    name: 'not a service report',
    report: notAServiceReport,
    expect: (chart, lang) => {
      const error = textOf(chart, '[part~="error"]');
      expect(error).to.contain(words[lang].notReadable);
      expect(error).to.contain('kind: ');
      expect(error).to.contain('"rhi-service-report"');
    },
  },
  {
    name: 'a later version of the report',
    report: laterVersion,
    expect: (chart) => {
      expect(textOf(chart, '[part~="error"]')).to.match(/version: 2, (expected|disgwylid) 1/);
      expect(shows(chart, 'chart')).to.equal(false);
    },
  },
];

for (const lang of ['en', 'cy'] as const) {
  describe(`<rhi-outcomes-chart> in ${lang}`, () => {
    for (const state of states) {
      it(`shows ${state.name}, under its heading, with no accessibility problem`, async () => {
        const chart = await chartFor(state.report, lang);
        expect(textOf(chart, '#outcomes-heading')).to.equal(words[lang].title);
        expect(chart.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal(lang);
        state.expect(chart, lang);
        await expect(chart).to.be.accessible();
      });
    }

    it('names the six outcomes in its own words, not the report\'s', async () => {
      const relabelled = { ...typicalYear, outcomes: { ...typicalYear.outcomes, items: typicalYear.outcomes.items.map((item) => ({ ...item, label: 'Report label' })) } };
      const chart = await chartFor(relabelled, lang);
      expect(textOf(chart)).not.to.contain('Report label');
      expect(tableRows(chart)[0]![0]).to.equal(words[lang].safeHappyHome);
      expect(textOf(chart, '[part~="chart"]')).to.contain(words[lang].safeHappyHome);
    });

    it('puts the report\'s figures in the table, written for en-GB and cy-GB', async () => {
      const chart = await chartFor(typicalYear, lang);
      expect(tableRows(chart)).to.deep.equal([
        [words[lang].safeHappyHome, '44', '2.6', '3.4', '+38.5%'],
        [lang === 'en' ? 'Safety from harm' : 'Diogelwch rhag niwed', '45', '2.3', '3.2', '+52.1%'],
        [lang === 'en' ? 'Family relationships' : "Perthynas â'r teulu", '41', '2.9', '3.3', '+21.4%'],
        [lang === 'en' ? 'Education prospects' : 'Rhagolygon addysg', '38', '2.7', '2.9', '+12%'],
        [lang === 'en' ? 'Confidence and self-esteem' : 'Hyder a hunan-barch', '43', '2.4', '3.1', '+35.6%'],
        [words[lang].positiveFuture, '9', '3.1', '3.0', '-2.7%'],
      ]);
      expect(textOf(chart, 'tr[data-outcome="positiveFuture"] [part~="caution-marker"]')).to.contain(words[lang].marker);
      expect(chart.shadowRoot!.querySelectorAll('[part~="caution-marker"]')).to.have.length(1);
      const hard = await chartFor(hardYear, lang);
      expect(tableRows(hard)[3]!.slice(1)).to.deep.equal(['0', words[lang].noFigure, words[lang].noFigure, words[lang].noFigure]);
      expect(tableRows(hard)[4]![4]).to.equal('0%');
    });

    it('has a table with a caption, column headers and row headers', async () => {
      const chart = await chartFor(typicalYear, lang);
      const table = chart.shadowRoot!.querySelector('table')!;
      expect(table.caption!.textContent!.trim()).not.to.equal('');
      expect([...table.querySelectorAll('thead th')].map((cell) => cell.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col', 'col']);
      expect([...table.querySelectorAll('tbody th')].map((cell) => cell.getAttribute('scope'))).to.deep.equal(Array(6).fill('row'));
    });
  });
}

describe('<rhi-outcomes-chart> bars', () => {
  it('scales every bar to one round number: zero to the largest change, or from the most negative', () => {
    expect([0.4, 10, 12, 38.5, 52.1, 99, 100, 101, 260].map(roundUp)).to.deep.equal([10, 10, 15, 40, 60, 100, 100, 150, 300]);
    expect([chartScale([38.5, 52.1, 12]).low, chartScale([38.5, 52.1, 12]).high]).to.deep.equal([0, 60]);
    expect([chartScale([-24.6, 14.2]).low, chartScale([-24.6, 14.2]).high]).to.deep.equal([-25, 15]);
    expect([chartScale([]).low, chartScale([]).high]).to.deep.equal([0, 10]);
    const mixed = chartScale([-24.6, 14.2]);
    expect(mixed.at(-25)).to.be.closeTo(0.2, 1e-9);
    expect(mixed.at(15)).to.be.closeTo(0.8, 1e-9);
    expect(mixed.at(0)).to.be.closeTo(0.2 + (25 / 40) * 0.6, 1e-9);
  });

  it('draws increases right of the zero line and decreases left of it, lengths in proportion to the change', async () => {
    const chart = await chartFor(hardYear, 'en');
    const { zero, bars } = barGeometry(chart);
    const byOutcome = Object.fromEntries(bars.map((bar) => [bar.outcome, bar]));
    const changes = Object.fromEntries(hardYear.outcomes.items.map((item) => [item.outcome, item.averagePercentChange]));
    for (const [outcome, change] of Object.entries(changes)) {
      const bar = byOutcome[outcome]!;
      if (change === null) {
        expect(bar.rect === null, `${outcome} has no bar`).to.equal(true);
        expect(bar.value).to.equal('No figure');
      } else if (change > 0) {
        expect(bar.left, `${outcome} starts at zero`).to.be.closeTo(zero, 0.5);
        expect(bar.right!, `${outcome} goes right`).to.be.greaterThan(zero);
        expect(bar.rect!.getAttribute('part')).to.equal('bar bar-increase');
      } else if (change < 0) {
        expect(bar.right, `${outcome} ends at zero`).to.be.closeTo(zero, 0.5);
        expect(bar.left!, `${outcome} goes left`).to.be.lessThan(zero);
        expect(bar.rect!.getAttribute('part')).to.equal('bar bar-decrease');
      } else {
        expect(bar.width, `${outcome} has no length`).to.equal(0);
      }
    }
    // One scale for every bar: length divided by change is the same for all of them.
    const pixelsPerPercent = byOutcome.familyRelationships!.width / 24.6;
    for (const [outcome, change] of Object.entries(changes)) {
      if (change) expect(byOutcome[outcome]!.width, outcome).to.be.closeTo(Math.abs(change) * pixelsPerPercent, 0.5);
    }
    expect(bars.map((bar) => bar.value)).to.deep.equal(['-11.4%', '+14.2%', '-24.6%', 'No figure', '0%', '-9.3%']);
  });

  it('labels every bar with its figure beside its end, and marks outcomes from few young people', async () => {
    const chart = await chartFor(typicalYear, 'en');
    const { zero, bars } = barGeometry(chart);
    for (const bar of bars) {
      const text = chart.shadowRoot!.querySelector(`.chart__row[data-outcome="${bar.outcome}"] .chart__value`) as SVGTextElement;
      const box = text.getBBox();
      if (bar.right! > zero + 0.5) expect(box.x, `${bar.outcome}'s figure is right of its bar`).to.be.at.least(bar.right!);
      else expect(box.x + box.width, `${bar.outcome}'s figure is left of its bar`).to.be.at.most(bar.left!);
    }
    const future = chart.shadowRoot!.querySelector('.chart__row[data-outcome="positiveFuture"] .chart__name')!;
    expect(future.textContent).to.equal('Outlook on the future *');
    const svgElement = chart.shadowRoot!.querySelector('svg')!;
    expect(svgElement.getAttribute('role')).to.equal('img');
    expect(svgElement.getAttribute('aria-label')).to.contain('table');
  });

  it('keeps every bar and figure inside the chart in a narrow column, where the table scrolls in a focusable region', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 300px"><rhi-outcomes-chart lang="cy" .report=${typicalYear}></rhi-outcomes-chart></div>`);
    const chart = wrapper.querySelector('rhi-outcomes-chart')!;
    await chart.updateComplete;
    const svgBox = chart.shadowRoot!.querySelector('svg')!.getBoundingClientRect();
    for (const element of chart.shadowRoot!.querySelectorAll('svg rect, svg text')) {
      const box = element.getBoundingClientRect();
      expect(box.left, element.textContent ?? 'bar').to.be.at.least(svgBox.left - 1);
      expect(box.right, element.textContent ?? 'bar').to.be.at.most(svgBox.right + 1);
    }
    expect(chart.getBoundingClientRect().width).to.equal(300);
    expect(chart.shadowRoot!.querySelector('.outcomes')!.scrollWidth, 'nothing sticks out of the chart').to.be.at.most(300);
    const region = chart.shadowRoot!.querySelector<HTMLElement>('[role="region"]')!;
    expect(region.scrollWidth, 'the table scrolls inside its region').to.be.greaterThan(region.clientWidth);
    expect(region.tabIndex).to.equal(0);
    expect(chart.shadowRoot!.getElementById(region.getAttribute('aria-labelledby')!)!.localName).to.equal('caption');
    await expect(chart).to.be.accessible();
  });

  it('bar colours have at least 3:1 contrast with the background', async () => {
    const chart = await chartFor(hardYear, 'en');
    for (const selector of ['.bar--increase', '.bar--decrease']) {
      const fill = getComputedStyle(chart.shadowRoot!.querySelector(selector)!).fill;
      expect(contrast(fill, 'rgb(255, 255, 255)'), selector).to.be.at.least(3);
    }
  });
});

describe('<rhi-outcomes-chart> language', () => {
  it('re-renders in Welsh when its lang changes, and takes the page\'s language when it has none', async () => {
    const chart = await chartFor(typicalYear, 'en');
    expect(textOf(chart, '#outcomes-heading')).to.equal(words.en.title);
    chart.lang = 'cy';
    await chart.updateComplete;
    expect(textOf(chart, '#outcomes-heading')).to.equal(words.cy.title);
    expect(tableRows(chart)[0]![0]).to.equal(words.cy.safeHappyHome);
    expect(chart.shadowRoot!.querySelector('section')!.getAttribute('lang')).to.equal('cy');
    chart.lang = 'en';
    await chart.updateComplete;
    expect(tableRows(chart)[0]![0]).to.equal(words.en.safeHappyHome);

    const wrapper = await fixture<HTMLDivElement>(html`<div lang="cy"><rhi-outcomes-chart .report=${typicalYear}></rhi-outcomes-chart></div>`);
    const inherited = wrapper.querySelector('rhi-outcomes-chart')!;
    await inherited.updateComplete;
    expect(textOf(inherited, '#outcomes-heading')).to.equal(words.cy.title);
  });

  it('re-renders when the report changes', async () => {
    const chart = await chartFor(undefined, 'en');
    expect(shows(chart, 'message')).to.equal(true);
    chart.report = typicalYear;
    await chart.updateComplete;
    expect(shows(chart, 'chart')).to.equal(true);
  });

  it('uses heading-level for its heading', async () => {
    const chart = await fixture<RhiOutcomesChart>(html`<rhi-outcomes-chart heading-level="3" .report=${typicalYear}></rhi-outcomes-chart>`);
    expect(chart.shadowRoot!.querySelector('#outcomes-heading')!.localName).to.equal('h3');
  });
});

describe('<rhi-outcomes-chart> and reports it cannot read', () => {
  const payloads = ['<img src=x onerror="window.__pwned=1">', '<script>window.__pwned=1</script>', '"><svg onload=window.__pwned=1>'];

  it('shows hostile text in a report as inert text', async () => {
    const hostileItem: OutcomeChange = { ...typicalYear.outcomes.items[0]!, outcome: payloads[0]!, label: payloads.join(' ') };
    const unknownOutcome = { ...typicalYear, outcomes: { ...typicalYear.outcomes, items: [hostileItem, ...typicalYear.outcomes.items.slice(1)] } };
    for (const report of [unknownOutcome, { kind: payloads[1], version: payloads[2] }, { ...typicalYear, outcomes: { ...typicalYear.outcomes, items: [{ ...hostileItem, youngPeople: payloads[0] }] } }]) {
      const chart = await chartFor(report, 'en');
      expect((window as unknown as { __pwned?: unknown }).__pwned).to.equal(undefined);
      const root = chart.shadowRoot!;
      expect(root.querySelectorAll('script, img, svg[onload]')).to.have.length(0);
      for (const element of root.querySelectorAll('*')) {
        expect([...element.attributes].filter((attribute) => attribute.name.startsWith('on')).map((attribute) => attribute.name)).to.deep.equal([]);
      }
      expect(textOf(chart)).to.contain('window.__pwned=1');
      await expect(chart).to.be.accessible();
    }
  });

  it('never throws: text, a list, numbers, a BigInt or a circular object as the report', async () => {
    const circular: Record<string, unknown> = { kind: 'rhi-service-report', version: 1 };
    circular.outcomes = circular;
    for (const report of [JSON.stringify(typicalYear), [typicalYear], 42, { kind: 10n }, circular, { ...typicalYear, outcomes: null }]) {
      const chart = await chartFor(report, 'en');
      expect(textOf(chart, '[part~="error"]'), String(typeof report)).to.contain(words.en.notReadable);
    }
    const text = await chartFor(JSON.stringify(typicalYear), 'cy');
    expect(textOf(text, '[part~="error"]')).to.contain('JSON.parse');
  });

  it('names each field that is wrong, with what it holds and what it should hold', async () => {
    const broken = {
      ...typicalYear,
      outcomes: { youngPeople: -1, items: [{ ...typicalYear.outcomes.items[0], baselineAverage: '2.6', smallNumber: 'no' }] },
    } as unknown as ServiceReport;
    const chart = await chartFor(broken, 'en');
    const problems = [...chart.shadowRoot!.querySelectorAll('[part~="error"] li')].map((item) => item.textContent!.trim());
    expect(problems).to.deep.equal([
      'outcomes.youngPeople: -1, expected a whole number, 0 or more',
      'outcomes.smallNumberThreshold: missing, expected a whole number, 0 or more',
      'outcomes.items[0].baselineAverage: "2.6", expected a number or null',
      'outcomes.items[0].smallNumber: "no", expected true or false',
    ]);
  });
});

describe('<rhi-outcomes-chart> with a report wrong everywhere', () => {
  it('lists the first ten problems, then how many more', async () => {
    const everyItemWrong = { ...typicalYear, outcomes: { ...typicalYear.outcomes, items: Array.from({ length: 12 }, () => 'not an item') } };
    const chart = await chartFor(everyItemWrong, 'cy');
    const problems = [...chart.shadowRoot!.querySelectorAll('[part~="error"] li')].map((item) => item.textContent!.trim());
    expect(problems).to.have.length(11);
    expect(problems[0]).to.equal('outcomes.items[0]: "not an item", disgwylid gwrthrych');
    expect(problems[10]).to.equal('a 2 arall');
  });
});

describe('<rhi-outcomes-chart> privacy and print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('makes no network request', async () => {
    const before = performance.getEntriesByType('resource').length;
    const requests = await fetchesDuring(async () => {
      for (const report of [typicalYear, hardYear, firstMonths, noFollowUpYet, notAServiceReport, undefined]) {
        const chart = await chartFor(report, 'cy');
        chart.lang = 'en';
        await chart.updateComplete;
      }
    });
    expect(requests).to.deep.equal([]);
    expect(performance.getEntriesByType('resource').slice(before).map((entry) => entry.name)).to.deep.equal([]);
  });

  it('prints black text on white, with the bars and the table', async () => {
    const chart = await chartFor(typicalYear, 'en');
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(chart.shadowRoot!.querySelector('.chart__axis')!).fill).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(chart.shadowRoot!.querySelector('.table td')!).borderBottomColor).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(chart.shadowRoot!.querySelector('.bar--increase')!).display).not.to.equal('none');
  });
});

/** WCAG contrast ratio of two `rgb(…)` colours. */
function contrast(first: string, second: string): number {
  const luminance = (colour: string) => {
    const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map((channel) => {
      const value = Number(channel) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}
