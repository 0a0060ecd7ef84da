// Claims the reader chose to ignore, remembered per workspace (workspaceState). Diagnostics,
// navigation and the status bar leave them out; commands bring them back.
import * as vscode from 'vscode';

const KEY = 'crosscheck.ignoredClaims';

export interface IgnoredClaim {
  id: string;
  /** What the claim measured when it was ignored, for the restore pick list. */
  label: string;
}

export class IgnoredClaims implements vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<void>();
  readonly onDidChange = this.emitter.event;

  constructor(private readonly state: vscode.Memento) {}

  list(): IgnoredClaim[] {
    const value = this.state.get<unknown>(KEY);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (v): v is IgnoredClaim => typeof v === 'object' && v !== null && typeof v.id === 'string' && typeof v.label === 'string',
    );
  }

  has(claimId: string): boolean {
    return this.list().some((c) => c.id === claimId);
  }

  async ignore(claim: IgnoredClaim): Promise<void> {
    if (this.has(claim.id)) return;
    await this.state.update(KEY, [...this.list(), claim]);
    this.emitter.fire();
  }

  async restore(claimIds: readonly string[]): Promise<void> {
    await this.state.update(KEY, this.list().filter((c) => !claimIds.includes(c.id)));
    this.emitter.fire();
  }

  async restoreAll(): Promise<void> {
    await this.state.update(KEY, []);
    this.emitter.fire();
  }

  dispose(): void {
    this.emitter.dispose();
  }
}
