// What a count counts, one table per rule of the lexicon: crowds, the police, countries, an
// outcome with the role of the people it happened to, container nouns ("members of ..."), and
// "and" between two nouns. Every wording is our own.
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../../../src/core/figures/extract';
import { segment } from '../../../../src/core/text/segment';

function figuresIn(text: string) {
  return extractFigures({ id: 't', uri: 't', text }, segment(text).sentences);
}

function read(text: string): [string, string, string | undefined][] {
  return figuresIn(text).map((f) => [f.text, f.concept, f.role]);
}

describe('who took part: protesters, demonstrators, participants and people who marched are one crowd', () => {
  it.each<[string, string]>([
    ['Some 40,000 protesters gathered in the square.', 'crowd'],
    ['Police counted 12,500 demonstrators on Saturday.', 'crowd'],
    ['Organisers said 60,000 participants joined the walk.', 'crowd'],
    ['About 8,000 people demonstrated outside parliament.', 'crowd'],
    ['More than 20,000 people took to the streets of the capital.', 'crowd'],
    ['An estimated 15,000 people attended the rally.', 'crowd'],
  ])('%s', (text, concept) => {
    expect(read(text)[0]![1]).toBe(concept);
  });

  it('a thing counted near a crowd word stays that thing', () => {
    expect(read('More than 300 fires were lit in the streets overnight.')[0]![1]).toBe('fire');
  });

  it('what happened to the crowd wins over the crowd: arrested protesters are arrests', () => {
    expect(read('Police said 57 protesters were arrested.')).toEqual([['57 protesters', 'arrests', 'crowd']]);
  });
});

describe('the police and security forces, however named', () => {
  it.each<string>([
    'The city deployed 3,000 police officers.',
    'The city deployed 3,000 policemen.',
    'The city deployed 3,000 riot police.',
    'The city deployed 3,000 members of the security forces.',
    'The city deployed 3,000 gendarmes.',
  ])('%s', (text) => {
    expect(read(text)[0]![1]).toBe('police');
  });

  it('a police car is a car, not a police officer', () => {
    expect(read('Vandals burned 14 police cars.')[0]![1]).not.toBe('police');
  });
});

describe('an outcome counts people by what happened to them, keeping who they were as the role', () => {
  it.each<[string, string, string]>([
    ['At least 45 police officers were injured in the clashes.', 'injuries', 'police'],
    ['Two soldiers were killed when the convoy was hit.', 'deaths', 'military-personnel'],
    ['Three firefighters were hurt fighting the blaze.', 'injuries', 'responders'],
    ['Some 90 policemen and gendarmes were wounded overnight.', 'injuries', 'police'],
    ['Nine workers died in the collapse.', 'deaths', 'employees'],
  ])('%s', (text, concept, role) => {
    const [first] = read(text);
    expect(first![1]).toBe(concept);
    expect(first![2]).toBe(role);
  });

  it('a generic count takes the outcome with no role', () => {
    expect(read('At least 12 people were killed in the blast.')[0]!.slice(1)).toEqual(['deaths', undefined]);
  });

  it('"and" before another number still closes the clause', () => {
    const got = read('Four soldiers were deployed and 12 people were injured.');
    expect(got.map((g) => g[1])).toEqual(['military-personnel', 'injuries']);
  });
});

describe('countries and nations are one concept', () => {
  it.each<string>(['The bloc admitted three countries in 2004.', 'The bloc admitted three nations in 2004.', 'The three former Soviet nations signed the pact.'])(
    '%s',
    (text) => {
      expect(read(text)[0]![1]).toBe('countries');
    },
  );
});

describe('a preposition ending in "s" is never the counted noun', () => {
  it('"3 million across the region" counts no "across"', () => {
    const got = read('Organisers said 3 million people marched, with 400,000 across the region.');
    expect(got.map((g) => g[0])).not.toContain('400,000 across');
  });
});

describe('an amount restated in brackets in another currency is one figure stated twice', () => {
  function figures(text: string) {
    return figuresIn(text).map((f) => [f.text, (f.repeats ?? []).map((r) => r.text)]);
  }
  it.each<[string, [string, string[]][]]>([
    ['The club paid 40 million euros ($43 million) for the striker.', [['40 million euros', ['$43 million']]]],
    ['It agreed to buy the firm for CHF2 billion (€2.05 billion, $2.2 billion) on Sunday.', [['CHF2 billion', ['€2.05 billion', '$2.2 billion']]]],
    ['Tickets cost £30 ($38) each.', [['£30', ['$38']]]],
  ])('%s', (text, want) => {
    expect(figures(text)).toEqual(want);
  });

  it('a bracketed amount that is not the same sum is a figure of its own', () => {
    expect(figures('Revenue reached $40 million ($12 million in the fourth quarter).').map((f) => f[0])).toEqual(['$40 million', '$12 million']);
  });
});

describe('a noun glued to the number is what is counted; the noun after it has them', () => {
  it.each<[string, string]>([
    ['The 27-nation bloc met in the spring.', 'countries'],
    ['The 450-seat chamber voted on Tuesday.', 'seats'],
    ['A 5,000-strong crowd gathered at dawn.', 'crowd'],
    ['The 30-member board resigned.', 'member'],
  ])('%s', (text, concept) => {
    expect(read(text)[0]![1]).toBe(concept);
  });
});

describe('who a firm employs are its employees', () => {
  it.each<string>(['The group employed about 9,000 people last year.', 'The mill employs 1,200 people.'])('%s', (text) => {
    expect(read(text)[0]![1]).toBe('employees');
  });
});

describe('a part of an outcome count ("including", "among them") is that outcome for those people', () => {
  it.each<[string, string, string | undefined]>([
    ['At least 81 people were killed, including eight Americans.', 'deaths', 'american'],
    ['The blast killed 40 people, among them 12 children.', 'deaths', 'children'],
    ['Some 300 people were injured, including 14 police officers.', 'injuries', 'police'],
    ['Twelve Americans were killed in the blast.', 'deaths', 'american'],
    ['Five foreigners were arrested on Friday.', 'arrests', undefined],
  ])('%s', (text, concept, role) => {
    const last = read(text).at(-1)!;
    expect([last[1], last[2]]).toEqual([concept, role]);
  });

  it('a part of something that is no outcome keeps its own noun', () => {
    expect(read('Sales rose at 40 outlets, including 12 stores in the north.').at(-1)![1]).toBe('store');
  });
});

describe('a change from one count to another counts the noun after its first number', () => {
  it.each<[string, string]>([
    ['The union grew from 15 members to 25 in a decade.', 'member'],
    ['The league expanded from 20 clubs to 24.', 'club'],
    ['The toll rose from 12 to 19 people overnight.', 'deaths'],
  ])('%s', (text, concept) => {
    expect(read(text)[0]![1]).toBe(concept);
  });
});

describe("a thing's age dates when it began, as an anniversary does; a person's age stays an age", () => {
  function kinds(text: string) {
    return figuresIn(text).map((f) => [f.text, f.unit.kind, f.per ?? '']);
  }
  it.each<[string, string, string]>([
    ['The 75-year-old alliance met in the capital.', 'duration', 'ago'],
    ['The 150-year-old stone bridge collapsed.', 'duration', 'ago'],
    ['The club marks its 75th anniversary.', 'duration', 'ago'],
    ['A 12-year-old boy was hurt.', 'age', ''],
    ['A 30-year-old mechanic died.', 'age', ''],
  ])('%s', (text, kind, per) => {
    expect(kinds(text)[0]!.slice(1)).toEqual([kind, per]);
  });
});

describe('attacks and explosions counted are one happening, however named', () => {
  it.each<string>([
    'Two bombs went off minutes apart outside the ministries.',
    'The twin bombings shook the capital on Friday.',
    'Investigators are still studying the two blasts.',
    'Three explosions were heard near the port.',
    'Police are investigating two shootings in the district.',
    'The army carried out four airstrikes overnight.',
  ])('%s', (text) => {
    expect(read(text)[0]![1]).toBe('attacks');
  });

  it('a happening is never the deaths or injuries its sentence names', () => {
    expect(read('Figures on the dead and injured in the twin bombings were released.')[0]![1]).toBe('attacks');
    expect(read('Two bombs killed 30 people and injured 200 others.').map((r) => r[1])).toEqual(['attacks', 'deaths', 'injuries']);
  });
});

describe('a number after a happening is the value of the toll, not a count of the happening', () => {
  it.each<[string, string]>([
    ['The death toll from the market blast has risen to 12, officials said.', 'deaths'],
    ['The attack brought the toll for both bombings to 259.', 'deaths'],
    ['After the explosion, the number of injured rose to 40.', 'injuries'],
    ['The toll in the market bombing, first put at 8, has risen to 15, police said.', 'deaths'],
  ])('%s', (text, concept) => {
    expect(read(text)[0]![1]).toBe(concept);
  });
});

describe('crew, however named', () => {
  it.each<string>(['The ship had 12 crew members.', 'The plane had a dozen crew.', 'Four cabin crew were treated at the scene.'])('%s', (text) => {
    expect(read(text)[0]![1]).toBe('crew');
  });
});

describe('who was on board, who survived, who died: three counts of one crash', () => {
  it.each<[string, string, string | undefined]>([
    ['The jet crashed, killing 179 of the 181 people on board.', '181 people', 'aboard'],
    ['The ferry was carrying 312 people when it sank.', '312 people', 'aboard'],
    ['It had 175 passengers and a crew of six.', '175 passengers', 'passengers'],
    ['The plane was carrying 175 passengers.', '175 passengers', 'passengers'],
    ['Four passengers were killed in the crash.', 'Four passengers', 'deaths'],
    ['Among the deceased were four crew members.', 'four crew members', 'deaths'],
    ['Two crew members survived.', 'Two crew members', 'survivors'],
    ['The two survivors were flight attendants.', 'two survivors', 'survivors'],
    // "on board" is one cue: a board of directors is no one aboard
    ['The board said 12 directors would leave.', '12 directors', 'director'],
  ])('%s', (text, figure, concept) => {
    expect(figuresIn(text).find((f) => f.text === figure)?.concept).toBe(concept);
  });
});

describe("a plural owner is what is counted: the number counts the owners, not what they own", () => {
  it.each<[string, string, string]>([
    ["The three countries' foreign ministers signed the papers.", 'three countries', 'countries'],
    ["Two companies’ shareholders approved the merger.", 'Two companies', 'company'],
    ["The five nations' leaders met on Monday.", 'five nations', 'countries'],
    ["Investigators spoke to the four victims' families.", 'four victims', 'people'],
  ])('%s', (text, figure, concept) => {
    expect(read(text)[0]!.slice(0, 2)).toEqual([figure, concept]);
  });

  it('a singular owner after the count is no owner of the count ("two of the plant\'s workers" counts workers)', () => {
    expect(read("Two plant workers' unions objected.")[0]![0]).toBe('Two plant workers');
    expect(read('Police arrested 12 protesters on Friday.')[0]![0]).toBe('12 protesters');
  });
});

describe('who went on strike are strikers, however named', () => {
  it.each<[string, string]>([
    ['About 46,000 union members went on strike.', 'strikers'],
    ['Some 4,000 nurses staged a walkout on Monday.', 'strikers'],
    ['The strike expanded to 45,000 workers across the country.', 'strikers'],
    ['Police said 200 people took part in the strike.', 'strikers'],
    ['Some 40 residents walked to safety.', 'people'],
    ['The firm employs 4,000 nurses.', 'nurse'],
  ])('%s → %s', (text, concept) => {
    expect(read(text)[0]![1]).toBe(concept);
  });
});

describe('"passengers and crew" are everyone on board', () => {
  it.each<[string, string]>([
    ['The ferry sank with 240 passengers and crew aboard.', 'aboard'],
    ['Rescuers searched for the 120 passengers and crew.', 'aboard'],
    ['The jet carried 175 passengers and six crew members.', 'passengers'],
  ])('%s → %s', (text, concept) => {
    expect(figuresIn(text).find((f) => f.value > 10)!.concept).toBe(concept);
  });
});
