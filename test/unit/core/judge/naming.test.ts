// Claim names a person would write: the measure and what it is about, never a keyword list.
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../../src/core/analyze';

function namesOf(texts: string[]): string[] {
  const a = analyze(texts.map((text, i) => ({ id: `s${i}`, uri: `s${i}.txt`, text })));
  return [...a.claims, ...a.singleSource].map((c) => c.measure);
}

describe('claim names', () => {
  it.each([
    [['The landslide killed 31 people in Lisbon.', 'Rescuers said 31 people died in Lisbon.'], 'Deaths in Lisbon'],
    [['The airline carried 3 million passengers last year.', 'The airline carried 3 million passengers in the year.'], 'Passengers'],
    [['Northwind employs 8,000 workers. Shares in Northwind rose.', 'Northwind employs about 8,000 workers.'], 'Northwind employees'],
    [['Police said 12,000 people marched in Lyon.', 'About 12,000 people marched in Lyon, police said.'], 'Protesters in Lyon, according to officials'],
    [['Organisers said 40,000 people marched nationwide.', 'Some 40,000 people marched nationwide, organisers said.'], 'Protesters in all, according to the organisers'],
    [['The club paid $45 million for the striker.', 'The club paid $45 million for the striker.'], 'Amount of money'],
    [['Date: 2026-01-05\n\nIn 1999, a cyclone killed 300 people in the delta.', 'Date: 2026-01-06\n\nIn 1999, a cyclone killed about 300 people in the delta.'], 'Deaths in 1999'],
    [['At least 45 police officers were injured in the clashes.', 'Some 45 policemen were hurt in the clashes.'], 'Injured: police and security forces'],
    [['The blast killed 80 people, including nine Americans.', 'Nine Americans were among the dead after the blast killed 80.'], 'Deaths: Americans'],
    [['The probe travelled 120 km before landing.', 'The probe travelled 120 kilometres before landing.'], 'Distance (probe)'],
  ])('%j → %s', (texts, name) => {
    expect(namesOf(texts)).toContain(name);
  });

  it('never lists keywords after a dash', () => {
    const names = namesOf(['Tokyo is raising defence spending to 2% of gross domestic product.', 'Japan will spend 2% of gross domestic product on defence.']);
    expect(names.some((n) => n.includes(' — '))).toBe(false);
    expect(names).toContain('Share of gross domestic product');
  });
});

describe('claim names as the sources write their estimators, never with unit words or times as things', () => {
  it.each<[string[], string]>([
    [['Shares of Northwind rose 8 percent, according to CNBC.', 'Northwind shares rose 8 percent, according to CNBC.'], 'CNBC'],
    [['The quake had a magnitude of 6.1, according to the U.S. Chamber of Seismology.', 'It had a magnitude of 6.1, according to the U.S. Chamber of Seismology.'], 'U.S. Chamber of Seismology'],
  ])('%j names %s', (texts, who) => {
    expect(namesOf(texts).some((n) => n.includes(`according to ${who}`))).toBe(true);
  });

  it('"the Journal’s report about the deal" is the Journal’s estimate', () => {
    const names = namesOf(['The price was $12 a share, according to the Harbor Ledger’s report about the deal.', 'The price was $12 a share, according to the Harbor Ledger’s report about the deal.']);
    expect(names.some((n) => /according to Harbor Ledger$/.test(n))).toBe(true);
  });

  it.each<string[]>([
    ['Leave won 51.9 per cent of the vote.', 'Leave won 51.9 per cent of the vote in the end.'],
    ['The stock peaked at $269 last February.', 'The stock peaked at $269 last February, data show.'],
  ])('no unit word or time as the thing measured: %s', (...texts) => {
    expect(namesOf(texts).some((n) => /\b(?:cent|February)\b/.test(n))).toBe(false);
  });
});
