// The interface's own words: lists joined as each language joins them. Welsh is joined by the
// toolkit itself, because Chromium has no Welsh list data and would write "A, B, and C".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { uiWords } from '../../packages/elements/src/i18n/ui-words.js';

describe('the interface words: lists', () => {
  const welsh = uiWords('cy');

  it('joins Welsh lists with "a" and no comma before it', () => {
    assert.equal(welsh.list(['Yr heddlu', 'Gwasanaethau plant', 'Meddyg teulu']), 'Yr heddlu, Gwasanaethau plant a Meddyg teulu');
    assert.equal(welsh.list(['Yr heddlu', 'Meddyg teulu']), 'Yr heddlu a Meddyg teulu');
  });

  it('uses "ac" before a word that starts with a vowel, w and y among them, accented or not', () => {
    assert.equal(welsh.list(['Yr heddlu', 'Gwasanaethau plant', 'Ysgol']), 'Yr heddlu, Gwasanaethau plant ac Ysgol');
    assert.equal(welsh.list(['Heddlu', 'Asiantaeth']), 'Heddlu ac Asiantaeth');
    assert.equal(welsh.list(['Heddlu', 'wedyn']), 'Heddlu ac wedyn');
    assert.equal(welsh.list(['Heddlu', 'Ŵyr']), 'Heddlu ac Ŵyr');
    assert.equal(welsh.list(['Heddlu', 'Hyb Camfanteisio']), 'Heddlu a Hyb Camfanteisio');
  });

  it('gives one item as it is, and nothing for none', () => {
    assert.equal(welsh.list(['Yr heddlu']), 'Yr heddlu');
    assert.equal(welsh.list([]), '');
  });

  it('keeps English lists as Intl.ListFormat writes them', () => {
    const english = uiWords('en');
    assert.equal(english.list(['Police', "Children's services", 'GP']), new Intl.ListFormat('en-GB', { type: 'conjunction' }).format(['Police', "Children's services", 'GP']));
    assert.equal(english.list(['Police', 'GP']), 'Police and GP');
  });
});
