// A year that closes a name inside a sentence ("its Horizon 2040 plan") names a thing, not a time
// of the timeline; a year after a determiner or a preposition stays one. Wordings of our own.
import { describe, expect, it } from 'vitest';
import { extractDateExpressions } from '../../../../src/core/dates/expressions';
import { segment } from '../../../../src/core/text/segment';

function dates(text: string): string[] {
  return extractDateExpressions({ id: 's', uri: 's', text }, segment(text).sentences).map((e) => e.text);
}

describe('a year closing a name', () => {
  it.each<[string, string[]]>([
    ['The carmaker will pursue its Drive Ahead 2035 strategic plan.', []],
    ['The ministry unveiled the Horizon 2040 transport agenda on Monday.', ['Monday']],
    // still years
    ['The 1979 mandate drew criticism.', ['1979']],
    ['The firm expects a 2027 launch.', ['2027']],
    ['Elections in 2026 were close.', ['2026']],
    ['May 2026 brought floods.', ['May 2026']],
  ])('%s', (text, want) => {
    expect(dates(text)).toEqual(want);
  });
});
