// The CLI's progress lines (issue 16): "analysing N files…" and a final line on stderr, only when
// stderr is a terminal and the set is large; never on stdout, so --json and SARIF output stay clean.
import { describe, expect, it, vi } from 'vitest';
import { main, PROGRESS_MIN_CHARS, PROGRESS_MIN_FILES, shouldShowProgress } from '../../src/cli';

describe('shouldShowProgress', () => {
  it('never prints when stderr is not a terminal, however large the set', () => {
    expect(shouldShowProgress({ files: 2500, chars: 10_000_000 }, false)).toBe(false);
    expect(shouldShowProgress({ files: PROGRESS_MIN_FILES, chars: 0 }, false)).toBe(false);
    expect(shouldShowProgress({ files: 1, chars: PROGRESS_MIN_CHARS }, false)).toBe(false);
  });

  it('stays quiet on a terminal for a small set', () => {
    expect(shouldShowProgress({ files: 5, chars: 15_000 }, true)).toBe(false);
    expect(shouldShowProgress({ files: PROGRESS_MIN_FILES - 1, chars: PROGRESS_MIN_CHARS - 1 }, true)).toBe(false);
  });

  it('prints on a terminal for many files or many characters', () => {
    expect(shouldShowProgress({ files: PROGRESS_MIN_FILES, chars: 0 }, true)).toBe(true);
    expect(shouldShowProgress({ files: 2500, chars: 10_000_000 }, true)).toBe(true);
    expect(shouldShowProgress({ files: 6, chars: PROGRESS_MIN_CHARS }, true)).toBe(true);
  });
});

describe('main on the seeds with stderr a terminal', () => {
  it('writes no progress (a small set) and only the JSON on stdout', () => {
    const out: string[] = [];
    const err: string[] = [];
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => (out.push(String(chunk)), true));
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => (err.push(String(chunk)), true));
    const wasTTY = process.stderr.isTTY;
    process.stderr.isTTY = true;
    try {
      expect(main(['seeds', '--json'])).toBe(0);
    } finally {
      process.stderr.isTTY = wasTTY;
      stdout.mockRestore();
      stderr.mockRestore();
    }
    expect(err.join('')).toBe('');
    expect(() => JSON.parse(out.join(''))).not.toThrow();
  });
});
