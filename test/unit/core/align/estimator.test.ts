// Two named estimators' values are two measures, wherever in the sentence each is named: wordings of our own.
import { describe, expect, it } from 'vitest';
import { groupsOf, identityOf, inOneGroup } from './readIdentities';
import { estimatorOf } from '../../../../src/core/align/marks';

describe('the estimator a figure is from', () => {
  it.each([
    ['The Coastal Quake Center had initially measured the earthquake at magnitude 6.5, according to Newswire.', 'Coastal Quake Center'],
    ['According to the Northern Seismic Survey, the quake, which it measured at magnitude 6.1, struck at dawn.', 'Northern Seismic Survey'],
    ['The quake was measured by the Northern Seismic Survey at magnitude 6.1.', 'Northern Seismic Survey'],
    ['Officials said the quake measured 6.1.', undefined],
  ])('%s → %s', (sentence, name) => {
    expect(estimatorOf(sentence, sentence)?.name).toBe(name);
  });

  it('keeps the written side of an official estimator', () => {
    const id = identityOf('According to the Northern Seismic Survey, the quake measured magnitude 6.1.', '6.1');
    expect([id.attribution, id.estimator]).toEqual(['official', 'northern seismic survey']);
  });
});

describe("named estimators' values in alignment", () => {
  it('keeps two agencies apart when each is named in another clause of the sentence', () => {
    const groups = groupsOf([
      'According to the Northern Seismic Survey, the quake, which it measured at magnitude 6.1, struck the valley at dawn.',
      'The quake struck the valley at dawn; the Coastal Quake Center had initially measured it at magnitude 6.5, according to Newswire.',
    ]);
    expect(inOneGroup(groups, 's0:magnitude 6.1', 's1:magnitude 6.5')).toBe(false);
  });
  it('one agency written two ways is one estimator', () => {
    const groups = groupsOf([
      'The quake struck the valley at dawn and was measured by the U.S. Seismic Survey at magnitude 6.1.',
      'The quake struck the valley at dawn and was measured by the US Seismic Service at magnitude 6.2.',
    ]);
    expect(inOneGroup(groups, 's0:magnitude 6.1', 's1:magnitude 6.2')).toBe(true);
  });
});
