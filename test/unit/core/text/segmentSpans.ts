// The invariants every segmentation must keep, shared by the segmentation and furniture tests.
import { expect } from 'vitest';
import type { Segmentation } from '../../../../src/core/types';

/** Spans are ordered, trimmed, inside their paragraph, and sentences cover their paragraph's text. */
export function checkSpans(text: string, seg: Segmentation): void {
  let prevEnd = 0;
  for (const p of seg.paragraphs) {
    expect(p.start).toBeGreaterThanOrEqual(prevEnd);
    expect(p.end).toBeGreaterThan(p.start);
    const s = text.slice(p.start, p.end);
    expect(s).toBe(s.trim().replace(/^[\uFEFF\u200B]+|[\uFEFF\u200B]+$/g, ''));
    expect(s).not.toMatch(/[\n\r\u2028\u2029]/);
    prevEnd = p.end;
  }
  prevEnd = 0;
  seg.sentences.forEach((s, i) => {
    expect(s.index).toBe(i);
    expect(s.text).toBe(text.slice(s.start, s.end));
    expect(s.start).toBeGreaterThanOrEqual(prevEnd);
    const p = seg.paragraphs[s.paragraph]!;
    expect(s.start).toBeGreaterThanOrEqual(p.start);
    expect(s.end).toBeLessThanOrEqual(p.end);
    expect(s.furniture).toBe(p.furniture || s.furniture);
    prevEnd = s.end;
  });
  // Sentences cover every non-space character of their paragraph.
  for (const p of seg.paragraphs) {
    const inSentences = seg.sentences.filter((s) => s.paragraph === p.index).map((s) => s.text).join('');
    const squash = (x: string) => x.replace(/[\s\uFEFF\u200B]/g, '');
    expect(squash(inSentences)).toBe(squash(text.slice(p.start, p.end)));
  }
}
