// Positions in the analysed snapshot: ids ↔ URIs, and offsets → line/character from the text
// the analysis saw (not the live document).
import { describe, expect, it } from 'vitest';
import type * as vscode from 'vscode';
import { SnapshotPositions } from '../../../src/features/positions';

/** A stand-in URI: the positions only compare URIs by their string form. */
const uri = (text: string) => ({ toString: () => text }) as unknown as vscode.Uri;

describe('SnapshotPositions', () => {
  const a = uri('file:///w/a.txt');
  const positions = new SnapshotPositions({
    sources: [
      { id: 'file:///w/a.txt', uri: '/w/a.txt', text: 'Title\r\n\r\nAbout 53,000 troops.\nEnd' },
      { id: 'untitled:b', uri: 'untitled:b', text: '😀 50,000' },
    ],
    uris: new Map([
      ['file:///w/a.txt', a],
      ['untitled:b', uri('untitled:b')],
    ]),
  });

  it.each([
    ['file:///w/a.txt', 15, 21, { start: { line: 2, character: 6 }, end: { line: 2, character: 12 } }],
    ['file:///w/a.txt', 0, 5, { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } }],
    ['file:///w/a.txt', 30, 33, { start: { line: 3, character: 0 }, end: { line: 3, character: 3 } }],
    ['untitled:b', 3, 9, { start: { line: 0, character: 3 }, end: { line: 0, character: 9 } }],
  ])('%s [%i, %i) -> %o', (source, start, end, expected) => {
    expect(positions.lineRangeOf(source, start, end)).toEqual(expected);
  });

  it('knows nothing of a source outside the snapshot', () => {
    expect(positions.lineRangeOf('file:///w/gone.txt', 0, 1)).toBeUndefined();
    expect(positions.uriOf('file:///w/gone.txt')).toBeUndefined();
    expect(positions.sourceIdOf(uri('file:///w/gone.txt'))).toBeUndefined();
  });

  it('maps ids to URIs and back', () => {
    expect(positions.uriOf('file:///w/a.txt')).toBe(a);
    expect(positions.sourceIdOf(uri('file:///w/a.txt'))).toBe('file:///w/a.txt');
  });

  it('hands out the analysed texts by id', () => {
    expect([...positions.texts.keys()]).toEqual(['file:///w/a.txt', 'untitled:b']);
    expect(positions.texts.get('untitled:b')).toBe('😀 50,000');
  });
});
