// Expands a VS Code snippet body the way accepting every default would: `${1:default}` → default, `${1|a,b|}` →
// a, `$1`/`${1}` → the value of tabstop 1 where it has one (a mirror), `$0` → nothing, `$VAR`/`${VAR}` → the
// given variable. Follows the snippet grammar in VS Code's snippetParser.ts, minus transforms (which we never use).

type Node =
  | { kind: 'text'; value: string }
  | { kind: 'tabstop'; index: number; children: Node[] | undefined }
  | { kind: 'choice'; index: number; options: string[] }
  | { kind: 'variable'; name: string; children: Node[] | undefined };

export const FIXED_VARIABLES: Record<string, string> = {
  CURRENT_YEAR: '2025',
  CURRENT_YEAR_SHORT: '25',
  CURRENT_MONTH: '06',
  CURRENT_MONTH_NAME: 'June',
  CURRENT_MONTH_NAME_SHORT: 'Jun',
  CURRENT_DATE: '16',
  CURRENT_DAY_NAME: 'Monday',
  TM_SELECTED_TEXT: '',
  TM_FILENAME: 'letter.corresp.md',
};

export interface Expansion {
  text: string;
  /** Tabstop indexes used, in order of first appearance. */
  tabstops: number[];
  /** Each choice tabstop's options. */
  choices: Map<number, string[]>;
  variables: string[];
}

export function expandSnippet(body: string | string[], variables: Record<string, string> = FIXED_VARIABLES): Expansion {
  const source = Array.isArray(body) ? body.join('\n') : body;
  const nodes = parse(source, { i: 0 }, false);
  const defaults = new Map<number, string>();
  const choices = new Map<number, string[]>();
  const tabstops: number[] = [];
  const used: string[] = [];
  // First pass: every tabstop's own value (the first placeholder with content wins, as in VS Code).
  const collect = (list: Node[]) => {
    for (const n of list) {
      if (n.kind === 'tabstop') {
        if (!tabstops.includes(n.index)) tabstops.push(n.index);
        if (n.children && !defaults.has(n.index)) defaults.set(n.index, render(n.children));
        if (n.children) collect(n.children);
      } else if (n.kind === 'choice') {
        if (!tabstops.includes(n.index)) tabstops.push(n.index);
        choices.set(n.index, n.options);
        if (!defaults.has(n.index)) defaults.set(n.index, n.options[0] ?? '');
      } else if (n.kind === 'variable') {
        used.push(n.name);
        if (n.children) collect(n.children);
      }
    }
  };
  const render = (list: Node[]): string =>
    list
      .map((n) => {
        switch (n.kind) {
          case 'text':
            return n.value;
          case 'choice':
            return n.options[0] ?? '';
          case 'tabstop':
            return n.children ? render(n.children) : (defaults.get(n.index) ?? '');
          case 'variable':
            return n.name in variables ? variables[n.name] : n.children ? render(n.children) : n.name;
        }
      })
      .join('');
  collect(nodes);
  return { text: render(nodes), tabstops, choices, variables: used };
}

function parse(s: string, pos: { i: number }, nested: boolean): Node[] {
  const out: Node[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ kind: 'text', value: text });
    text = '';
  };
  while (pos.i < s.length) {
    const c = s[pos.i];
    if (c === '\\' && pos.i + 1 < s.length && '$}\\'.includes(s[pos.i + 1])) {
      text += s[pos.i + 1];
      pos.i += 2;
      continue;
    }
    if (nested && c === '}') break;
    if (c === '$') {
      const rest = s.slice(pos.i);
      let m: RegExpExecArray | null;
      if ((m = /^\$(\d+)/.exec(rest))) {
        flush();
        out.push({ kind: 'tabstop', index: Number(m[1]), children: undefined });
        pos.i += m[0].length;
        continue;
      }
      if ((m = /^\$\{(\d+)\}/.exec(rest))) {
        flush();
        out.push({ kind: 'tabstop', index: Number(m[1]), children: undefined });
        pos.i += m[0].length;
        continue;
      }
      if ((m = /^\$\{(\d+)\|((?:\\.|[^|\\])*)\|\}/.exec(rest))) {
        flush();
        const options = m[2].split(/(?<!\\),/).map((o) => o.replace(/\\(.)/g, '$1'));
        out.push({ kind: 'choice', index: Number(m[1]), options });
        pos.i += m[0].length;
        continue;
      }
      if ((m = /^\$\{(\d+):/.exec(rest))) {
        flush();
        pos.i += m[0].length;
        const children = parse(s, pos, true);
        if (s[pos.i] !== '}') throw new Error(`unclosed placeholder \${${m[1]}: at ${pos.i}`);
        pos.i++;
        out.push({ kind: 'tabstop', index: Number(m[1]), children });
        continue;
      }
      if ((m = /^\$([A-Za-z_][A-Za-z0-9_]*)/.exec(rest))) {
        flush();
        out.push({ kind: 'variable', name: m[1], children: undefined });
        pos.i += m[0].length;
        continue;
      }
      if ((m = /^\$\{([A-Za-z_][A-Za-z0-9_]*)\}/.exec(rest))) {
        flush();
        out.push({ kind: 'variable', name: m[1], children: undefined });
        pos.i += m[0].length;
        continue;
      }
      if ((m = /^\$\{([A-Za-z_][A-Za-z0-9_]*):/.exec(rest))) {
        flush();
        pos.i += m[0].length;
        const children = parse(s, pos, true);
        if (s[pos.i] !== '}') throw new Error(`unclosed variable \${${m[1]}: at ${pos.i}`);
        pos.i++;
        out.push({ kind: 'variable', name: m[1], children });
        continue;
      }
      if (rest.startsWith('${')) throw new Error(`unreadable snippet syntax at ${pos.i}: ${rest.slice(0, 20)}`);
    }
    text += c;
    pos.i++;
  }
  flush();
  return out;
}
