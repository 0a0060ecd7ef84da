// Event labels a person would write: who did what, short and whole. A long sentence is ended at
// a word that can end a phrase (never "the", "of", "very", never inside a name), a clause that
// opens inside the object ("the budget that ...") is left out, and what was said is kept only
// with its verb.
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { segment } from '../../../../src/core/text/segment';
import type { Source } from '../../../../src/core/types';

function labelOf(text: string): string {
  const source: Source = { id: 'a', uri: 'a', text };
  return extractDateExpressions(source, segment(text).sentences)[0]!.label;
}

const FUNCTION_WORD = /\b(the|a|an|of|to|in|on|at|for|with|by|from|and|or|that|very|its|his|her|their|was|were|is|had|has|will|could)$/i;

describe('event labels', () => {
  it.each([
    ['The regional water authority announced on Tuesday a sweeping plan to rebuild the ageing pipes of the northern districts before winter.', 'Regional water authority announced a sweeping plan'],
    ['The council approved on Friday the budget that the mayor had proposed in the spring.', 'Council approved the budget'],
    ['The union leader said on Monday that the drivers would return to work at dawn after a long night of talks with the owners.', 'Union leader said'],
    ['On Sunday, engineers at the dam opened the spillway gates to relieve pressure from the swollen reservoir upstream of the valley towns.', 'Engineers at the dam opened the spillway gates'],
    ['A committee of senior judges and retired prosecutors rejected the appeal of the former governor on Wednesday, citing new evidence.', 'rejected the appeal'],
  ])('%s', (text, part) => {
    const label = labelOf(text);
    expect(label).toContain(part);
    expect(label.length).toBeLessThanOrEqual(60);
    // whole: no ellipsis, no dangling function word
    expect(label).not.toMatch(/…$/);
    expect(label).not.toMatch(FUNCTION_WORD);
  });

  it.each([
    // an unclosed bracket ends the label; an unopened one goes
    ["On Monday, the convoy travelled 300 kilometres (about 190 miles, by the drivers' reckoning, across the plateau.", /^Convoy travelled 300 kilometres$/],
    ['The agency (known locally as the Water Board) raised its tariffs on Monday.', /Water Board raised its tariffs$/],
    // a label starts with its subject, not a leading adverb or subordinator
    ['Since the flood of March 3, the town has rebuilt three bridges.', /^Town has rebuilt three bridges$/],
    ['Eventually the ministry published the figures on Friday.', /^Ministry published the figures$/],
  ])('%s', (text, pattern) => {
    const label = labelOf(text);
    expect(label).toMatch(pattern);
    expect((label.match(/\(/g) ?? []).length).toBe((label.match(/\)/g) ?? []).length);
  });

  it('a short sentence keeps its whole object', () => {
    expect(labelOf('The ferry sank off the coast on Monday.')).toBe('Ferry sank off the coast');
  });

  it.each([
    // the time of day is no happening: the sentence's own is
    ['At least forty were hurt in the crush, organisers said as night fell on Sunday.', /^Forty were hurt in the crush$/],
    ['The dam gave way and water flooded three villages as dawn broke on Tuesday.', /^Dam gave way/],
    // a telling with nothing told: what was told before it
    ['Customs officers seized two tonnes of cocaine at the port last week, a local newspaper reported on Monday.', /^Customs officers seized two tonnes of cocaine/],
    // a pronoun telling: what was said after it
    ['He said on Friday that the refinery would close for repairs.', /^Refinery would close for repairs$/],
    // a telling by someone named, with what was said, stays as it was
    ['The union leader said on Monday that the drivers would return to work.', /^Union leader said/],
  ])('%s', (text, pattern) => {
    expect(labelOf(text)).toMatch(pattern);
  });

  it('keeps the telling when what was told would label only a fragment', () => {
    // "... forces were" has lost its complement
    const label = labelOf('With the unrest spreading in recent days, she said that 9,000 members of the national security forces were on the streets of the capital on Thursday, with 2,000 in the port.');
    expect(label).not.toMatch(/\bwere$/);
    expect(label).not.toMatch(/…$/);
  });
});

describe('event labels have a subject', () => {
  it.each([
    // a second verb takes the subject of the verb it is joined to (not of a relative clause's, nor a participle's)
    ['The ruling party won the most seats but fell short of a majority on Sunday.', /^Ruling party fell short of a majority$/],
    ['The minister toured the flooded valley and promised new funds on Saturday.', /^Minister promised new funds$/],
    ['Harbour officials announced new fees and said on Monday that the port would close for a week.', /^Harbour officials said the port would close for a week$/],
    ['The mayor, who took office in the spring, visited the camp and later, on Thursday, met the families.', /^Mayor met the families$/],
    // a relative clause's verb takes the noun its pronoun stands for (the date dropped from it)
    ['The region was hit by a storm in 2019 that killed eleven people.', /^Storm killed eleven people$/],
    ['Police are questioning a driver on Monday who crashed into the market stall.', /^Driver crashed into the market stall$/],
    // a relative clause inside the subject goes ("the quake that hit a remote valley")
    ['The quake that hit a remote valley on Monday has killed 40 people, officials said.', /^Quake has killed 40 people$/],
    // a telling with nothing said after it labels what was told before it
    ['The challenger won 41% of the vote, officials said on Monday, and will face the premier in a runoff.', /^Challenger won 41% of the vote$/],
    // too long with a title before a name: the name
    ['Veteran opposition leader Anna Kovacs won the most votes but fell short of an outright majority on Sunday.', /^Anna Kovacs fell short of an outright majority$/],
    // an earlier clause lends its noun phrase, a noun the tagger reads as a verb included ("blast")
    ['The death toll in the Lisbon blast, initially 8, has risen to 11, officials said Thursday.', /^Death toll in the Lisbon blast has risen to 11$/],
    // a verb a subordinator opens has its subject after it, never an amount in brackets before
    ['The firm lost a third of its value (about $2 billion) in a day when markets closed on Friday.', /^Markets closed$/],
  ])('%s', (text, pattern) => {
    expect(labelOf(text)).toMatch(pattern);
  });

  it.each([
    // a clause that "when" opens right after the verb is another happening: the label ends before it
    ['Fears of a recession grew last week when the central bank raised rates again.', 'Fears of a recession grew'],
    // a part of the day after the date goes with the date
    ['The council leader resigned on Tuesday night.', 'Council leader resigned'],
    ['The 5.8-magnitude quake struck on Monday afternoon near the border.', '5.8-magnitude quake struck near the border'],
    // no label ends on a word that needs what follows it
    ['The chairman said on Sunday evening that the “final offer” would stand.', 'Chairman said'],
  ])('%s', (text, label) => {
    expect(labelOf(text)).toBe(label);
  });
});
