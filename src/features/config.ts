// Reads the Crosscheck settings in one place and hands the typed result to whoever needs it
// (passed in, never a global). A settings change produces a new config and an event.
import * as vscode from 'vscode';
import { type CrosscheckConfig, parseConfig } from './configValues';

export type { CrosscheckConfig } from './configValues';

export interface ConfigProvider {
  readonly current: CrosscheckConfig;
  readonly onDidChange: vscode.Event<CrosscheckConfig>;
}

export class Config implements ConfigProvider, vscode.Disposable {
  private readonly emitter = new vscode.EventEmitter<CrosscheckConfig>();
  readonly onDidChange = this.emitter.event;
  private readonly subscription: vscode.Disposable;
  /** Problems already shown, so a wrong setting warns once, not on every re-read. */
  private readonly warned = new Set<string>();
  private value: CrosscheckConfig;

  constructor() {
    this.value = this.read();
    this.subscription = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration('crosscheck')) return;
      this.value = this.read();
      this.emitter.fire(this.value);
    });
  }

  get current(): CrosscheckConfig {
    return this.value;
  }

  private read(): CrosscheckConfig {
    const section = vscode.workspace.getConfiguration('crosscheck');
    const { config, problems } = parseConfig((key) => section.get<unknown>(key));
    const fresh = problems.filter((problem) => !this.warned.has(problem));
    if (fresh.length > 0) {
      fresh.forEach((problem) => this.warned.add(problem));
      void vscode.window.showWarningMessage(`Crosscheck settings: ${fresh.join('; ')}.`);
    }
    return config;
  }

  dispose(): void {
    this.subscription.dispose();
    this.emitter.dispose();
  }
}
