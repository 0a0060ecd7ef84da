// Whose a figure is and over what span it runs, read from its sentence: another subject of the
// same kind, the speaker's own, a first step against a whole span. Wordings of our own; each
// table also shows the alignment the mark allows or forbids.
import { describe, expect, it } from 'vitest';
import { periodOf } from '../../../../src/core/align/marks';
import { groupsOf, identityOf, inOneGroup } from './readIdentities';

const together = (texts: string[], a: string, b: string) => inOneGroup(groupsOf(texts), a, b);

describe('"two other plants were 65% repaired" is about other fires than the one the story follows', () => {
  it.each<[string, string, boolean]>([
    ['Two other plants in the valley were 65% and 30% repaired.', '65%', true],
    ['Two other plants in the valley were 65% and 30% repaired.', '30%', true],
    ['Another plant had cut output by 30%.', '30%', true],
    ['The main plant was 65% repaired.', '65%', false],
    ['Another 20 people were injured.', '20 people', false],
  ])('%s (%s)', (text, figure, other) => {
    expect(!!identityOf(text, figure).other).toBe(other);
  });

  it('never aligns with the main subject’s figure', () => {
    expect(together(['The river plant was 65 percent repaired as of Friday.', 'Two other plants in the valley were 65% and 30% repaired.'], 's0:65 percent', 's1:65%')).toBe(false);
  });
});

describe("what a speaker calls its own is the speaker's", () => {
  it.each<[string, string, string]>([
    ['"We look forward to welcoming our 8,600 employees back to work," Jones said.', '8,600 employees', 'jones'],
    ['The brewer Nordco says demand is strong. Nordco said in a statement that it is calling 3,100 of its workers back to work.', '3,100', 'nordco'],
  ])('%s', (text, figure, subject) => {
    expect(identityOf(text, figure).subjects).toEqual([subject]);
  });

  it('two speakers’ own workforces are two facts', () => {
    expect(
      together(['"We look forward to welcoming our 8,600 employees back," Jones said.', 'The brewer Nordco is busy. Nordco said it is calling 3,100 of its workers back to work.'], 's0:8,600', 's1:3,100'),
    ).toBe(false);
  });

  it('a one-word sentence opener before "said" is an estimator only when the text names it elsewhere', () => {
    expect(identityOf('Rescuers said 40 people were trapped.', '40 people').attribution).toBeUndefined();
  });
});

describe('a raise over a whole span is not its first step', () => {
  it.each<[string, string, string | undefined]>([
    ['25% over four years', '', 'span'],
    ['25% pay raise over the life of the contract', '', 'span'],
    ['25% increase in base wages over a four-year period', '', 'span'],
    ['11 percent coming in the first year', '', 'first'],
    ['11% upon ratification', 'an immediate pay raise of ', 'first'],
    ['11% this year', '', undefined],
  ])('%s (before: %s) → %s', (after, before, period) => {
    expect(periodOf(after, before)).toBe(period);
  });

  it('11% in the first year and 25% over four years never share a claim', () => {
    expect(
      together(['The deal gives 25% pay increases over four years, with 11% coming in the first year.', 'Workers get an immediate pay raise of 11% upon ratification and 25% over the life of the contract.'], 's0:25%', 's1:11%'),
    ).toBe(false);
    expect(together(['The deal gives 25% pay increases over four years.', 'The deal gives workers 25% pay increases over the life of the contract.'], 's0:25%', 's1:25%')).toBe(true);
  });
});

describe('bodies identified or recovered are a stage of the work, not the toll', () => {
  it.each<[string, string, string | undefined]>([
    ['Authorities confirmed the identification of 140 bodies.', '140 bodies', 'identified'],
    ['Divers recovered 40 bodies from the river.', '40 bodies', 'recovered'],
    ['The crash killed 170 people.', '170 people', undefined],
  ])('%s', (text, figure, stage) => {
    expect(identityOf(text, figure).stage).toBe(stage);
  });

  it('never aligns with the toll', () => {
    expect(together(['The crash killed 170 people.', 'Authorities confirmed the identification of 140 bodies.'], 's0:170', 's1:140')).toBe(false);
  });
});

describe('homes destroyed are not homes damaged, nor those damaged or destroyed', () => {
  it.each<[string, string, string | undefined]>([
    ['The storm destroyed 640 homes.', '640 homes', 'destroyed'],
    ['Some 910 homes were damaged.', '910 homes', 'damaged'],
    ['Assessors counted 1,270 homes damaged or destroyed.', '1,270 homes', 'damaged or destroyed'],
    ['The town has 3,000 homes.', '3,000 homes', undefined],
  ])('%s', (text, figure, harm) => {
    expect(identityOf(text, figure).harm).toBe(harm);
  });

  it('never share a claim; two counts of homes destroyed do', () => {
    expect(together(['The storm destroyed 640 homes.', 'Assessors counted 1,270 homes damaged or destroyed.'], 's0:640', 's1:1,270')).toBe(false);
    expect(together(['The storm destroyed 640 homes.', 'The storm destroyed about 660 homes.'], 's0:640', 's1:about 660')).toBe(true);
  });
});
