import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { GenerationCache, LETTER_CACHE_CHARS } from '../text/generation-cache';
import { perDocument } from '../incremental/analysis-cache';

// remark reads the inline markdown of one comment or response at a time: parsing per block keeps the cost linear
// (remark is superlinear on whole large documents) and lets unchanged blocks reuse their result.
const processor = unified().use(remarkParse);
// Keys and values count against the budget in characters: enough for every block of a 1 MB letter, and on a larger
// one the rest is computed again when asked rather than held as a second copy of the letter.
const cache = perDocument(() => new GenerationCache<string, string>(LETTER_CACHE_CHARS, (k, v) => k.length + v.length));
const MARKDOWN_INLINE = /[*_`[\]<>&\\!#|~]/;

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  alt?: string;
}

/** Starts a new cache generation: call once per parse, so only the last two parses' blocks are remembered. */
export function plainTextGeneration(): void {
  cache().nextGeneration();
}

/** The readable text of a block of markdown (or plain) source: markers gone, whitespace folded. */
export function plainInline(source: string): string {
  const hit = cache().get(source);
  if (hit !== undefined) return hit;
  const result = MARKDOWN_INLINE.test(source) ? markdownText(source) : fold(source);
  cache().set(source, result);
  return result;
}

function markdownText(source: string): string {
  try {
    const tree = processor.parse(source) as MdNode;
    const parts: string[] = [];
    collect(tree, parts);
    return fold(parts.join(''));
  } catch {
    return fold(source.replace(/[*_`]/g, ''));
  }
}

function collect(node: MdNode, out: string[]): void {
  if (node.type === 'html') return;
  if (typeof node.value === 'string') {
    out.push(node.value);
    return;
  }
  if (node.type === 'image' && node.alt) out.push(node.alt);
  if (node.type === 'break') out.push(' ');
  if (node.children) {
    for (const child of node.children) collect(child, out);
    if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'heading') out.push('\n');
  }
}

function fold(s: string): string {
  return s.replace(/[\s\u00A0]+/g, ' ').trim();
}
