// A figure's identity (subject, estimator, event, kind) and the alignment it allows: wordings of
// our own from sports, elections, business, disasters and science.
import { describe, expect, it } from 'vitest';
import { figuresOf, groupsOf, identityOf, inOneGroup } from './readIdentities';
import { sameIdentity } from '../../../../src/core/align/sameIdentity';
import { clauseOf } from '../../../../src/core/align/marks';
import { placeAliases } from '../../../../src/core/align/names';

const together = inOneGroup;

describe('subject of a figure', () => {
  it.each([
    ['Rescuers said 31 people died in Lisbon on Sunday.', '31 people', ['lisbon']],
    ['The museum welcomed 2,400 visitors at Bilbao last year.', '2,400 visitors', ['bilbao']],
    ['Acme Foods employs 3,200 people.', '3,200 people', ['acme foods']],
    ['After the merger, Northwind employed 8,000 workers.', '8,000 workers', ['northwind']],
    ['The flood at Riverton killed 14 people.', '14 people', ['riverton']],
  ])('%s → %s about %j', (text, figure, subjects) => {
    expect(identityOf(text, figure).subjects).toEqual(subjects);
  });

  it.each([
    ['The Swiss lender cut 900 jobs.', '900 jobs'],
    ['A Lisbon court fined the firm 4 million euros.', '4 million euros'],
    ['Seven players were injured, the Brazilian coach said.', 'Seven players'],
  ])('a name that only modifies a noun is not the subject: %s', (text, figure) => {
    expect(identityOf(text, figure).subjects).toEqual([]);
  });

  it('reads a place named far from the figure as no subject', () => {
    expect(identityOf('In Oslo, the minister who had flown in from Rome met 40 delegates.', '40 delegates').subjects).toEqual([]);
  });

  it('marks a total over places named together', () => {
    const id = identityOf('Storms in Ohio and Indiana destroyed 120 homes.', '120 homes');
    expect(id.subjects).toEqual(['indiana', 'ohio']);
    expect(id.joint).toBe(true);
    expect(identityOf('The two clubs scored 9 goals in the tournament.', '9 goals').joint).toBe(true);
  });

  it('takes a heading as the subject of the lines under it', () => {
    const text = 'Results by region.\n\nNORTH: 41 seats won\n\nSOUTH: 12 seats won';
    const figures = figuresOf(text);
    expect(figures.map((f) => [f.text, f.identity!.subjects[0]])).toEqual([
      ['41 seats', 'north'],
      ['12 seats', 'south'],
    ]);
  });

  it('a heading takes the other names the source gives its place ("in Mombasa, Kenya" and "KENYA:")', () => {
    const text = 'Figures from the blast in Mombasa, Kenya, and in Tanga, Tanzania.\n\nKENYA: Total dead: 31 Injured: 140\n\nTANZANIA: Total dead: 4 Injured: 12';
    const figures = figuresOf(text);
    expect(figures.map((f) => [f.text, f.identity!.subjects])).toEqual([
      ['31', ['kenya', 'mombasa']],
      ['140', ['kenya', 'mombasa']],
      ['4', ['tanga', 'tanzania']],
      ['12', ['tanga', 'tanzania']],
    ]);
    const groups = groupsOf([text, 'The blast in Mombasa killed 31 people, officials said.']);
    expect(together(groups, 's0:31', 's1:31 people')).toBe(true);
  });

  it('knows two names a source gives one place', () => {
    const aliases = placeAliases('The blast in Mombasa, Kenya, was heard across the port.');
    expect(aliases.get('mombasa')).toEqual(['kenya']);
  });

  it('reads the whole and the part', () => {
    expect(identityOf('Some 2 million people voted nationwide.', '2 million').whole).toBe(true);
    expect(identityOf('Some 400,000 people voted in Lyon alone.', '400,000').part).toBe(true);
  });
});

describe('estimator of a figure', () => {
  it.each([
    ['Police said 12,000 people marched.', '12,000', 'official'],
    ['Organisers said 40,000 people marched.', '40,000', 'organisers'],
    ['According to the teachers union, 55,000 staff walked out.', '55,000', 'organisers'],
    ['According to the health ministry, 210 patients were treated.', '210 patients', 'official'],
    ['The survey was run by a pollster, which said 48% backed the plan.', '48%', undefined],
    ['Some 30,000 marchers were counted by the Teachers Union.', '30,000', 'organisers'],
    ['About 9,000 marchers were counted by Metro Watch, a monitoring group.', '9,000', 'metro watch'],
  ])('%s → %s by %s', (text, figure, who) => {
    expect(identityOf(text, figure).attribution).toBe(who);
  });

  it('a passive counter is the estimator, not what the count is about', () => {
    expect(identityOf('Some 30,000 marchers were counted in the NTU.', '30,000').subjects).toEqual([]);
  });

  it('reads the estimator of each clause', () => {
    const text = 'Police counted 8,000 marchers in Lyon, while the organisers claimed 25,000 marchers.';
    expect(identityOf(text, '8,000').attribution).toBe('official');
    expect(identityOf(text, '25,000').attribution).toBe('organisers');
  });
});

describe('event and kind of a figure', () => {
  it('ties a figure to a past year or to an earlier event', () => {
    expect(identityOf('Date: 2026-05-02\n\nIn 1999, a cyclone there killed 300 people.', '300 people').anchor).toBe('1999');
    expect(identityOf('Date: 2026-05-02\n\nLast year’s storm destroyed 80 homes.', '80 homes').anchor).toBe('earlier');
    // a period of a measure is not another event; a future year is a target
    expect(identityOf('Date: 2026-05-02\n\nThe firm had revenue of $2 billion last year.', '$2 billion').anchor).toBeUndefined();
    expect(identityOf('Date: 2026-05-02\n\nThe age will reach 67 years in 2031.', '67 years').anchor).toBeUndefined();
  });

  it('ties each value of a dated list to its day', () => {
    const text = 'Turnout was 41,000 on May 3, then 52,000 on the 10th, and on May 17 it was 60,000.';
    expect(identityOf('Officials said that on May 3, 41,000 people came, on the 10th 52,000 people, and on May 17 60,000 people.', '41,000').dated).toBe('may 3');
    expect(identityOf(text, '41,000').dated).toBeUndefined(); // the date follows the value: not read as its day
  });

  it('reads kinds of a thing', () => {
    expect(identityOf('The league has 12 founding members.', '12 founding members').modifiers).toEqual(['original']);
    expect(identityOf('The league admitted three new members.', 'three new members').modifiers).toEqual(['new']);
    expect(identityOf('The firm rehired 40 former employees.', '40 former employees').modifiers).toEqual(['former']);
    // "former" before a name describes the name
    expect(identityOf('The union admitted the two former Soviet republics.', 'two former Soviet republics').modifiers).toEqual([]);
    // a kind is of things counted, never of a time or an amount near them
    expect(identityOf("The league's newest members were rivals just a decade ago.", 'a decade ago').modifiers).toEqual([]);
  });

  it('reads a revision and a time of reporting', () => {
    expect(identityOf('The toll was revised down to 19 deaths.', '19 deaths').revised).toBe(true);
    expect(identityOf('As of Tuesday night, 340 people had been evacuated.', '340 people').asOf).toMatch(/as of Tuesday night/i);
  });

  it('splits a sentence into clauses at a new number', () => {
    const s = 'Police counted 500 in Leeds, and 2,000 across the country.';
    const at = s.indexOf('2,000');
    expect(s.slice(...Object.values(clauseOf(s, at, at + 5)) as [number, number])).toBe('2,000 across the country.');
  });
});

describe('alignment on identity', () => {
  it('keeps counts of different places apart and joins the same place', () => {
    const groups = groupsOf([
      'The earthquake killed 48 people in Izmir and 12 people in Manisa.',
      'Officials said 51 people died in Izmir. In Manisa, 12 people died.',
    ]);
    expect(together(groups, 's0:48 people', 's1:51 people')).toBe(true);
    expect(together(groups, 's0:48 people', 's1:12 people')).toBe(false);
  });

  it('keeps the police count apart from the organisers count', () => {
    const groups = groupsOf(['Police said 30,000 people marched in Madrid.', 'Organisers said 28,000 people marched in Madrid.']);
    expect(together(groups, '30,000', '28,000')).toBe(false);
    expect(together(groupsOf(['Police said 30,000 people marched in Madrid.', 'Some 28,000 people marched in Madrid, police said.']), '30,000', '28,000')).toBe(true);
  });

  it('keeps a past event apart from today’s', () => {
    const groups = groupsOf(['Date: 2026-03-01\n\nIn 2011, a flood in the valley displaced 4,000 people.', 'Date: 2026-03-01\n\nThe flood in the valley displaced 3,800 people.']);
    expect(together(groups, '4,000', '3,800')).toBe(false);
    const both = groupsOf(['Date: 2026-03-01\n\nIn 2011, a flood in the valley displaced 4,000 people.', 'Date: 2026-03-02\n\nIn 2011, the flood displaced about 4,000 people.']);
    expect(together(both, 's0:4,000', 's1:about 4,000')).toBe(true);
  });

  it('keeps original and new members apart', () => {
    const groups = groupsOf(['The bloc grew from 12 original members.', 'The bloc took in 12 new members.']);
    expect(together(groups, '12 original', '12 new')).toBe(false);
  });

  it('pairs one crowd however it is named, and keeps injured police apart from the injured', () => {
    const crowd = groupsOf(['Police said 52,000 protesters marched on Saturday.', 'About 52,000 people demonstrated on Saturday, police said.', 'Officers counted some 50,000 participants at the march.']);
    expect(together(crowd, 's0:52,000 protesters', 's1:About 52,000 people')).toBe(true);
    expect(together(crowd, 's0:52,000 protesters', 's2:some 50,000 participants')).toBe(true);
    const hurt = groupsOf(['At least 30 police officers were injured in the clashes.', 'Some 30 people were injured in the clashes.', 'Thirty policemen and gendarmes were hurt in the clashes.']);
    expect(together(hurt, 's0:At least 30 police officers', 's1:Some 30 people')).toBe(false);
    expect(together(hurt, 's0:At least 30 police officers', 's2:Thirty policemen')).toBe(true);
  });

  it('pairs a handful of one thing stated alike, however different the sentences', () => {
    const groups = groupsOf(['Back then the league had 12 original members, all from the north.', 'It was formed by an original 12 members after the war ended in defeat.']);
    expect(together(groups, 's0:12 original members', 's1:12 members')).toBe(true);
  });

  it('keeps a total over several apart from a count well below it that names no one', () => {
    const groups = groupsOf(['The two carriers employ 90,000 people worldwide.', 'It is the larger airline, with some 52,000 employees.', 'Together the two carriers employ about 90,000 people.']);
    expect(together(groups, 's0:90,000', 's1:some 52,000')).toBe(false);
    expect(together(groups, 's0:90,000', 's2:about 90,000')).toBe(true);
  });

  it('reads "the three countries" counted as a count, not as a total over three countries', () => {
    expect(identityOf('Officials hailed the accession of the three countries on Friday.', 'three countries').joint).toBe(false);
    expect(identityOf('The two banks employ 120,000 people.', '120,000 people').joint).toBe(true);
    // a duration or a share does not add up over several
    expect(identityOf('The two ministers signed papers in the 75-year-old alliance.', '75-year-old').joint).toBe(false);
    expect(identityOf('Both parties won 12% of the vote.', '12%').joint).toBe(false);
  });

  it('does not pair a handful of unrelated things', () => {
    const groups = groupsOf(['The club sold five strikers in the summer.', 'Five strikers were injured in training before the final.']);
    expect(together(groups, 's0:five strikers', 's1:Five strikers')).toBe(false);
  });

  it('does not pair a steady measure that differs threefold', () => {
    expect(together(groupsOf(['The bank employs 30,000 people.', 'The bank employs 95,000 people.']), '30,000', '95,000')).toBe(false);
    // a toll grows as reports come in
    expect(together(groupsOf(['The crash killed 20 people.', 'The crash killed 64 people.']), '20 people', '64 people')).toBe(true);
  });

  it('lets a figure without an identity pair with any', () => {
    const [a, b] = [...figuresOf('Some 40 people were hurt.'), ...figuresOf('Some 40 people were hurt.', 's1')];
    expect(sameIdentity(a!, { ...b!, identity: undefined })).toBe(true);
  });
});

describe('a count beside the source’s own total', () => {
  it('is a part of it, never aligned with another source’s total', () => {
    const total = 'The two storms killed 64 people in all. The first storm, which hit on Monday, killed 41 people.';
    const part = figuresOf(total).find((f) => f.text.startsWith('41'))!;
    expect(part.identity!.part).toBe(true);
    const groups = groupsOf([total, 'Both storms killed 41 people, officials said.']);
    expect(together(groups, 's0:41 people', 's1:41 people')).toBe(false);
    expect(together(groups, 's0:64 people', 's1:41 people')).toBe(true);
  });

  it('the other side’s estimate is its own total, not a part of the union’s', () => {
    const text = '2.1 million people marched across the country, according to the union. According to the police, however, the marchers were just under 900,000.';
    expect(figuresOf(text).find((f) => f.text.includes('900,000'))!.identity!.part).toBe(false);
    const same = 'Across the country 2.1 million people marched, the organisers said, while police counted 900,000 marchers in Lyon.';
    expect(figuresOf(same).find((f) => f.text.includes('900,000'))!.identity!.part).toBe(false);
  });
});

describe('a change against a level, and what a change is measured from', () => {
  it.each([
    ['The carmaker will cut 4,000 jobs.', '4,000 jobs', true],
    ['Up to 2,500 jobs are at risk at the plant.', '2,500 jobs', true],
    ['Exports rose by 12% last quarter.', '12%', true],
    ['The carmaker employs 40,000 people.', '40,000 people', false],
    ['The toll rose to 27 deaths.', '27 deaths', false],
  ])('%s → %s change: %s', (text, figure, change) => {
    expect(!!identityOf(text, figure).change).toBe(change);
  });

  it('keeps a cut apart from a workforce', () => {
    expect(together(groupsOf(['The airline has 30,000 employees.', 'The airline plans to cut 18,000 jobs.']), '30,000', '18,000')).toBe(false);
  });

  it('keeps changes measured from different points apart', () => {
    expect(identityOf('The shares trade 85% below their 2008 peak.', '85%').baseline).toEqual(['2008', 'peak']);
    const groups = groupsOf(['The price is 85% below the 2008 peak of the stock.', 'The price is 70% lower than the offer made on Monday.']);
    expect(together(groups, '85%', '70%')).toBe(false);
  });
});
