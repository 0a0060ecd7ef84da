import { describe, expect, it } from 'vitest';
import { globsForFolder } from '../../../src/features/globs';

describe('globsForFolder', () => {
  it('keeps the glob as it is for other folders', () => {
    expect(globsForFolder('**/seeds/*.txt', 'project')).toEqual(['**/seeds/*.txt']);
  });
  it('also searches from the root when the folder itself is the named one', () => {
    expect(globsForFolder('**/seeds/*.txt', 'seeds')).toEqual(['**/seeds/*.txt', '*.txt']);
    expect(globsForFolder('./**/reports/2025/**/*.txt', 'reports')).toEqual(['**/reports/2025/**/*.txt', '2025/**/*.txt']);
  });
  it('does not treat a wildcard segment as a folder name', () => {
    expect(globsForFolder('**/se*/*.txt', 'seeds')).toEqual(['**/se*/*.txt']);
  });
});
