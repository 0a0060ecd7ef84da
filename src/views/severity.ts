// How loudly each kind of finding is shown. Severity is the reader's choice, not the analysis's:
// the core tags a diagnostic with its kind (`code`) and this one table turns kinds into
// severities, from the crosscheck.severity.* settings in the editor and from their defaults in
// the CLI. So a severity setting only re-renders, and both front ends agree on the defaults.
import type { DiagnosticCode, DiagnosticModel } from '../core';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
/** A setting's value: a severity, or 'none' to hide the kind. */
export type SeveritySetting = Severity | 'none';

/** The settings that choose severities, `crosscheck.severity.<key>` in package.json. */
export type SeverityKey = 'conflict' | 'discrepancy';
export type SeveritySettings = Readonly<Record<SeverityKey, SeveritySetting>>;

/** The defaults of package.json's settings (a unit test checks that they agree). */
export const DEFAULT_SEVERITIES: SeveritySettings = Object.freeze({ conflict: 'warning', discrepancy: 'information' });

/** Which setting decides each kind: a date conflict is a conflict. A new code fails to type-check here. */
const SETTING_OF: Readonly<Record<DiagnosticCode, SeverityKey>> = {
  'figure-conflict': 'conflict',
  'figure-discrepancy': 'discrepancy',
  'date-conflict': 'conflict',
};

export function settingOf(code: DiagnosticCode): SeverityKey {
  return SETTING_OF[code];
}

export function severityOf(code: DiagnosticCode, settings: SeveritySettings = DEFAULT_SEVERITIES): SeveritySetting {
  return settings[SETTING_OF[code]];
}

/** The diagnostics to show, each with its severity; kinds set to 'none' are left out. */
export function withSeverities(
  diagnostics: readonly DiagnosticModel[],
  settings: SeveritySettings = DEFAULT_SEVERITIES,
): { model: DiagnosticModel; severity: Severity }[] {
  return diagnostics.flatMap((model) => {
    const severity = severityOf(model.code, settings);
    return severity === 'none' ? [] : [{ model, severity }];
  });
}
