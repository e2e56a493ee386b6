/**
 * The library's search language, parsed into a small tree: words, "quoted phrases", prefix*,
 * AND / OR / NOT (and -word), parentheses, and fields (outlet:, author:, tag:, speaker:, title:,
 * whose values may be quoted or a parenthesised group). Parsing never fails: stray operators,
 * unbalanced parentheses and unterminated quotes are read as leniently as a person would mean them.
 */

export type SearchField = 'title' | 'outlet' | 'author' | 'tag' | 'speaker';

export const SEARCH_FIELDS: readonly SearchField[] = [
  'title',
  'outlet',
  'author',
  'tag',
  'speaker',
];

/** Words as the index sees them: runs of letters and digits (so "covid-19" is two words). */
export function searchTokens(text: string): string[] {
  return (text.normalize('NFKC').match(/[\p{L}\p{N}\p{M}]+/gu) ?? []).map((t) => t.toLowerCase());
}

export type QueryNode =
  /** One word, or several consecutive words (a phrase); `prefix` applies to the last word. */
  | { type: 'text'; field: SearchField | null; words: string[]; prefix: boolean }
  | { type: 'and'; children: QueryNode[] }
  | { type: 'or'; children: QueryNode[] }
  | { type: 'not'; child: QueryNode };

type Token =
  | { kind: 'word'; text: string; prefix: boolean; field: SearchField | null; quoted: boolean }
  | { kind: 'op'; op: 'AND' | 'OR' | 'NOT' | '-' | '(' | ')' }
  | { kind: 'field-open'; field: SearchField };

const FIELD_ALIASES: Record<string, SearchField> = {
  title: 'title',
  outlet: 'outlet',
  source: 'outlet',
  author: 'author',
  by: 'author',
  tag: 'tag',
  code: 'tag',
  speaker: 'speaker',
};

function readQuoted(input: string, at: number): { text: string; end: number } {
  const close = input.indexOf('"', at + 1);
  const end = close === -1 ? input.length : close + 1;
  return { text: input.slice(at + 1, close === -1 ? input.length : close), end };
}

function tokenize(input: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')') {
      tokens.push({ kind: 'op', op: ch });
      i += 1;
    } else if (ch === '-' && i + 1 < input.length && !/[\s)]/.test(input[i + 1]!)) {
      tokens.push({ kind: 'op', op: '-' });
      i += 1;
    } else if (ch === '"') {
      const quoted = readQuoted(input, i);
      const prefix = input[quoted.end] === '*';
      tokens.push({ kind: 'word', text: quoted.text, prefix, field: null, quoted: true });
      i = quoted.end + (prefix ? 1 : 0);
    } else {
      const match = /^[^\s()"]+/.exec(input.slice(i))!;
      let raw = match[0];
      i += raw.length;
      const colon = raw.indexOf(':');
      const field = colon > 0 ? FIELD_ALIASES[raw.slice(0, colon).toLowerCase()] : undefined;
      if (field) {
        raw = raw.slice(colon + 1);
        if (raw === '' && input[i] === '"') {
          const quoted = readQuoted(input, i);
          const prefix = input[quoted.end] === '*';
          tokens.push({ kind: 'word', text: quoted.text, prefix, field, quoted: true });
          i = quoted.end + (prefix ? 1 : 0);
        } else if (raw === '' && input[i] === '(') {
          tokens.push({ kind: 'field-open', field });
          i += 1;
        } else if (raw !== '') {
          const prefix = raw.endsWith('*');
          tokens.push({ kind: 'word', text: raw, prefix, field, quoted: false });
        }
        continue;
      }
      if (raw === 'AND' || raw === 'OR' || raw === 'NOT') tokens.push({ kind: 'op', op: raw });
      else if (raw === '&&') tokens.push({ kind: 'op', op: 'AND' });
      else if (raw === '||' || raw === '|') tokens.push({ kind: 'op', op: 'OR' });
      else
        tokens.push({
          kind: 'word',
          text: raw,
          prefix: raw.endsWith('*'),
          field: null,
          quoted: false,
        });
    }
  }
  return tokens;
}

function withField(node: QueryNode, field: SearchField): QueryNode {
  switch (node.type) {
    case 'text':
      return node.field ? node : { ...node, field };
    case 'not':
      return { type: 'not', child: withField(node.child, field) };
    default:
      return { type: node.type, children: node.children.map((c) => withField(c, field)) };
  }
}

function combine(type: 'and' | 'or', children: QueryNode[]): QueryNode | null {
  const flat = children.flatMap((c) => (c.type === type ? c.children : [c]));
  if (flat.length === 0) return null;
  return flat.length === 1 ? flat[0]! : { type, children: flat };
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): QueryNode | null {
    const parts: QueryNode[] = [];
    while (this.at < this.tokens.length) {
      const node = this.parseOr();
      if (node) parts.push(node);
      else this.at += 1; // a stray ")" or operator: skip it
    }
    return combine('and', parts);
  }

  private peekOp(op: string): boolean {
    const token = this.tokens[this.at];
    return token?.kind === 'op' && token.op === op;
  }

  private parseOr(): QueryNode | null {
    const children: QueryNode[] = [];
    const first = this.parseAnd();
    if (first) children.push(first);
    while (this.peekOp('OR')) {
      this.at += 1;
      const next = this.parseAnd();
      if (next) children.push(next);
    }
    return combine('or', children);
  }

  private parseAnd(): QueryNode | null {
    const children: QueryNode[] = [];
    for (;;) {
      if (this.peekOp('AND')) {
        this.at += 1;
        continue;
      }
      const token = this.tokens[this.at];
      if (!token || (token.kind === 'op' && (token.op === 'OR' || token.op === ')'))) break;
      const node = this.parseUnary();
      if (node) children.push(node);
    }
    return combine('and', children);
  }

  private parseUnary(): QueryNode | null {
    if (this.peekOp('NOT') || this.peekOp('-')) {
      this.at += 1;
      const child = this.parseUnary();
      if (!child) return null;
      return child.type === 'not' ? child.child : { type: 'not', child };
    }
    return this.parsePrimary();
  }

  private parsePrimary(): QueryNode | null {
    const token = this.tokens[this.at++];
    if (!token) return null;
    if (token.kind === 'op' && token.op === '(') return this.parseGroup();
    if (token.kind === 'field-open') {
      const group = this.parseGroup();
      return group ? withField(group, token.field) : null;
    }
    if (token.kind !== 'word') return null;
    const text = token.prefix && !token.quoted ? token.text.slice(0, -1) : token.text;
    const words = searchTokens(text);
    if (words.length === 0) return null;
    return { type: 'text', field: token.field, words, prefix: token.prefix };
  }

  private parseGroup(): QueryNode | null {
    const inner = this.parseOr();
    if (this.peekOp(')')) this.at += 1;
    return inner;
  }
}

/** Parses what the user typed; null when it holds nothing to search for. */
export function parseQuery(input: string): QueryNode | null {
  return new Parser(tokenize(input.slice(0, 2000))).parse();
}

/** The words a query looks for (not the ones it excludes), for highlighting outside the engine. */
export function positiveTerms(node: QueryNode | null): { word: string; prefix: boolean }[] {
  if (!node || node.type === 'not') return [];
  if (node.type === 'text')
    return node.words.map((word, i) => ({
      word,
      prefix: node.prefix && i === node.words.length - 1,
    }));
  return node.children.flatMap(positiveTerms);
}
