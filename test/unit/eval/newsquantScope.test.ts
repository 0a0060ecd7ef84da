// The classes NewsQuant tags that Crosscheck means to leave out, and Crosscheck's units in CQE's
// names: general rules checked on wordings of our own.
import { describe, expect, it } from 'vitest';
import { exclusionOf } from '../../../scripts/eval/newsquant/scope';
import { cqeQuantity } from '../../../scripts/eval/newsquant/cqeUnit';
import { readFigures } from '../../../src/core';

const gold = (value: string, normalized_unit = '-') => ({ value, unit: normalized_unit, normalized_unit, change: '=' });

describe('NewsQuant scope', () => {
  it.each([
    ['1', 'person', 'She was one of the finalists this year.', 'one-word'],
    ['1', 'plan', 'There is only one plan on the table.', 'one-word'],
    ['1', 'person', 'Only 1 person was hurt, though one car burned.', undefined],
    ['4', 'generation wireless', 'The carrier switched off its 4G masts.', 'letter-name'],
    ['4', 'metre', 'The wall is 4m high.', undefined],
    ['3-1', '-', 'The visitors won 3-1 in extra time.', 'score'],
    ['10-12', 'people', 'Some 10-12 people were hurt.', undefined],
    ['1994', '-', 'He starred in the 1994 remake.', 'year-name'],
    ['1994', '-', 'Prices rose by an average of 1994 a year.', undefined],
    ['21', '-', 'The 21st amendment ended prohibition.', 'ordinal'],
    ['1', '-', 'It was her first visit abroad.', 'ordinal'],
    ['3407', '-', 'Flight 3407 landed safely.', 'identifier'],
    ['3407', 'passenger', 'The airline flew 3,407 passengers.', undefined],
  ])('%s %s in "%s": %s', (value, unit, sentence, want) => {
    expect(exclusionOf(gold(value, unit), sentence)?.id).toBe(want);
  });
});

describe("Crosscheck's figures in CQE's terms", () => {
  it.each([
    ['The fund lost $2.5 billion last year.', 2.5e9, 'dollar', 'down'],
    ['The fund was worth $2.5 billion last year.', 2.5e9, 'dollar', '='],
    // CQE's change is up/down for the amount of a rise or fall, whatever its qualifier
    ['Prices rose about 4 percent.', 4, 'percentage', 'up'],
    ['Prices were about 4 percent higher than planned.', 4, 'percentage', '~'],
    // the level a change reached is a plain value; "from X to Y" is the span CQE tags
    ['The stock rose 3% to $41.', 41, 'dollar', '='],
    ['The Nikkei rose 1.1% to 38,400.', 38400, '-', '='],
    ['Fares rose from $2 to $3.', [2, 3], 'dollar', '='],
    // written backwards, the two values apart: the level reached (which remembers where it started) is no span
    ['Fares rose to $3.50 from $2.', 3.5, 'dollar', '='],
    ['More than 300 workers were laid off.', 300, 'worker', '>'],
    ['The road is 12 km long.', 12, 'kilometre', '='],
    // a count is named by its noun group with the head's lemma
    ['Nine regional airlines joined.', 9, 'regional airline', '='],
    ['The phone has 128GB of storage.', 128, 'gigabyte', '='],
    // units CQE tells apart where Crosscheck reads one
    ['The hull weighs 40 tons.', 40, 'ton', '='],
    ['The mill makes 40 tonnes a week.', 40, 'metric ton per week', '='],
    ['The bank added 25 basis points.', 25, 'basis point', 'up'],
    ['The engine makes 510bhp.', 510, 'brake horsepower', '='],
    ['A 65W charger.', 65, 'watt', '='],
    ['Shares closed at 212p.', 212, 'point', '='],
    ['He averaged 21.4 ppg.', 21.4, 'point per game', '='],
    // a share in words is CQE's fraction, unit "%" and what it is a share of
    ['Half the flats are empty.', 0.5, '% flat', '='],
    ['One in three voters stayed home.', 1 / 3, '% voter', '='],
    ['Two-thirds of it was lost.', 2 / 3, '% -', '='],
    // joined modifiers lose their conjunction; a comparison is no part of the noun
    ['They sold 300 Kia and Hyundai vehicles.', 300, 'kia hyundai vehicle', '='],
    ['They need three more seats.', 3, 'seat', '='],
    // qualifiers as CQE names them
    ['It takes just under 20 percent.', 20, 'percentage', '<'],
    ['Fuel use is about 14-18 mpg.', [14, 18], 'mile per gallon', '~'],
    ['Panels rated lower than 9 ksi failed.', 9, 'kilopound per square inch', '<'],
  ])('%s', (sentence, value, unit, change) => {
    expect(readFigures(sentence).map(cqeQuantity)).toContainEqual({ value, unit, change });
  });
});
