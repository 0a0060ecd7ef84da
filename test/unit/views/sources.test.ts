// One way to name a source: the core's short label, else the id; the file name only for a file column.
import { describe, expect, it } from 'vitest';
import { fileName, sourceName, sourceNames } from '../../../src/views/sources';

describe('naming a source', () => {
  const sources = [
    { id: 'file:///w/001_778f94a180eceaa4.txt', label: '001' },
    { id: 'unlabelled.txt', label: '' },
  ];

  it.each([
    ['file:///w/001_778f94a180eceaa4.txt', '001'],
    ['unlabelled.txt', 'unlabelled.txt'],
    ['not-in-the-set', 'not-in-the-set'],
  ])('%s is named %s, by one lookup or many', (id, name) => {
    expect(sourceName(sources, id)).toBe(name);
    expect(sourceNames(sources)(id)).toBe(name);
  });

  it.each([
    ['/w/seeds/001_778f94a180eceaa4.txt', '001_778f94a180eceaa4.txt'],
    ['C:\\w\\a b.txt', 'a b.txt'],
    ['plain.txt', 'plain.txt'],
    ['/w/folder/', '/w/folder/'],
  ])('the file name of %s is %s', (path, name) => {
    expect(fileName(path)).toBe(name);
  });
});
