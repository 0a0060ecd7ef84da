// The one kind → severity table shared by the CLI and the editor: every kind against every
// setting, the defaults against package.json, and 'none' hiding a kind.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DiagnosticCode, DiagnosticModel } from '../../../src/core';
import {
  DEFAULT_SEVERITIES,
  settingOf,
  severityOf,
  type SeveritySetting,
  type SeveritySettings,
  withSeverities,
} from '../../../src/views/severity';

const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { default?: unknown; enum?: string[] }> } };
};
const properties = manifest.contributes.configuration.properties;
const CODES: DiagnosticCode[] = ['figure-conflict', 'figure-discrepancy', 'date-conflict'];

describe('kind → severity', () => {
  it.each<[DiagnosticCode, SeveritySettings, SeveritySetting]>([
    ['figure-conflict', DEFAULT_SEVERITIES, 'warning'],
    ['figure-discrepancy', DEFAULT_SEVERITIES, 'information'],
    ['date-conflict', DEFAULT_SEVERITIES, 'warning'],
    ['figure-conflict', { conflict: 'error', discrepancy: 'hint' }, 'error'],
    ['figure-discrepancy', { conflict: 'error', discrepancy: 'hint' }, 'hint'],
    ['date-conflict', { conflict: 'error', discrepancy: 'hint' }, 'error'],
    ['figure-conflict', { conflict: 'none', discrepancy: 'warning' }, 'none'],
    ['figure-discrepancy', { conflict: 'none', discrepancy: 'warning' }, 'warning'],
    ['date-conflict', { conflict: 'none', discrepancy: 'warning' }, 'none'],
  ])('%s with %o is %s', (code, settings, expected) => {
    expect(severityOf(code, settings)).toBe(expected);
  });

  it('uses the defaults when no settings are given (the CLI)', () => {
    for (const code of CODES) expect(severityOf(code)).toBe(DEFAULT_SEVERITIES[settingOf(code)]);
  });

  it('has the defaults and the choices of package.json, one setting per key', () => {
    for (const [key, severity] of Object.entries(DEFAULT_SEVERITIES)) {
      const property = properties[`crosscheck.severity.${key}`];
      expect(property?.default, key).toBe(severity);
      expect(property?.enum).toEqual(['error', 'warning', 'information', 'hint', 'none']);
    }
    const declared = Object.keys(properties).filter((k) => k.startsWith('crosscheck.severity.'));
    expect(declared.map((k) => k.slice('crosscheck.severity.'.length)).sort()).toEqual(Object.keys(DEFAULT_SEVERITIES).sort());
  });

  it('pairs each shown diagnostic with its severity and leaves out kinds set to none', () => {
    const model = (code: DiagnosticCode, claim: string): DiagnosticModel => ({ source: 's', start: 0, end: 1, code, message: claim, claim, related: [] });
    const models = [model('figure-conflict', 'a'), model('figure-discrepancy', 'b'), model('date-conflict', 'c')];
    expect(withSeverities(models).map((s) => [s.model.claim, s.severity])).toEqual([
      ['a', 'warning'],
      ['b', 'information'],
      ['c', 'warning'],
    ]);
    expect(withSeverities(models, { conflict: 'none', discrepancy: 'error' }).map((s) => [s.model.claim, s.severity])).toEqual([['b', 'error']]);
  });
});
