// Command ids are declared once (src/features/commandIds.ts); package.json must contribute
// exactly those, with the Crosscheck category, and hide the internal ones from the palette.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { allCommandIds, commandUri, internalCommandIds, userCommandIds } from '../../../src/features/commandIds';

interface Manifest {
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    keybindings?: { command: string }[];
    menus?: Record<string, { command: string; when?: string }[]>;
  };
}

const manifest = JSON.parse(readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as Manifest;
const contributed = manifest.contributes.commands.map((c) => c.command);

describe('command ids', () => {
  it('every declared user and internal command is contributed', () => {
    for (const id of [...userCommandIds, ...internalCommandIds]) expect(contributed).toContain(id);
  });

  it('every contributed command is declared in commandIds.ts', () => {
    for (const id of contributed) expect(allCommandIds).toContain(id);
  });

  it('ids are unique and namespaced', () => {
    expect(new Set(allCommandIds).size).toBe(allCommandIds.length);
    for (const id of allCommandIds) expect(id).toMatch(/^crosscheck\.[a-zA-Z]+$/);
  });

  it('every contributed command has the Crosscheck category', () => {
    for (const command of manifest.contributes.commands) expect(command.category, command.command).toBe('Crosscheck');
  });

  it('internal commands are hidden from the command palette', () => {
    const palette = manifest.contributes.menus?.commandPalette ?? [];
    for (const id of internalCommandIds) {
      expect(palette.find((entry) => entry.command === id)?.when, id).toBe('false');
    }
  });

  it('keybindings and menus only name declared commands', () => {
    const referenced = [
      ...(manifest.contributes.keybindings ?? []).map((k) => k.command),
      ...Object.values(manifest.contributes.menus ?? {}).flatMap((entries) => entries.map((e) => e.command)),
    ];
    for (const id of referenced) expect(allCommandIds).toContain(id);
  });
});

describe('commandUri', () => {
  it('encodes the args as JSON in the query, as VS Code decodes them', () => {
    const uri = commandUri('crosscheck.openSpan', ['file:///w/a (1).txt', 40, 70]);
    expect(uri).toBe(`command:crosscheck.openSpan?${encodeURIComponent(JSON.stringify(['file:///w/a (1).txt', 40, 70]))}`);
    expect(JSON.parse(decodeURIComponent(uri.slice(uri.indexOf('?') + 1)))).toEqual(['file:///w/a (1).txt', 40, 70]);
  });
});
