import type { Severity } from './model';
import schema from '../../../schemas/corresp.config.schema.json';

/** Per-rule setting: a severity, or 'off'. */
export type RuleSetting = Severity | 'off';

/** The one typed shape of corresp's settings; the editor and the CLI both build it and pass it in. */
export interface Settings {
  /** Rule id → severity or 'off'. Rules not named keep their default. */
  rules: Record<string, RuleSetting>;
  /** Files larger than this many bytes get one diagnostic and no analysis. */
  maxFileSize: number;
  /** Check every letter in the workspace, not only open ones. */
  workspaceReview: boolean;
}

export const DEFAULT_SETTINGS: Settings = {
  rules: {},
  maxFileSize: schema.properties.maxFileSize.default,
  workspaceReview: schema.properties.workspaceReview.default,
};

/** The part of JSON Schema that schemas/corresp.config.schema.json uses. */
interface SchemaNode {
  type?: string | string[];
  enum?: unknown[];
  minimum?: number;
  properties?: Record<string, SchemaNode>;
  additionalProperties?: boolean | SchemaNode;
  propertyNames?: { enum: string[] };
}

/**
 * Reads settings from untrusted data against the one schema (schemas/corresp.config.schema.json) that also describes
 * corresp.config.json to editors and the corresp.* settings to VS Code. Every value the schema refuses is dropped and
 * described in `problems`, naming its key; it never throws. `ignoreKeys` are keys the source may carry besides the
 * schema's (VS Code's `trace` setting, which only the client reads).
 */
export function readSettings(raw: unknown, ignoreKeys: readonly string[] = []): { settings: Settings; problems: string[] } {
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  if (raw === undefined || raw === null) return { settings, problems: [] };
  const problems = validate(raw, schema as SchemaNode, '', ignoreKeys);
  if (problems.length && !isObject(raw)) return { settings, problems: problems.map((p) => p.message) };
  const obj = raw as Record<string, unknown>;
  const bad = new Set(problems.map((p) => p.key));
  if (isObject(obj.rules) && !bad.has('rules')) {
    for (const [id, value] of Object.entries(obj.rules)) {
      if (bad.has(`rules.${id}`) || value === true) continue; // true: "on", at the rule's default severity
      settings.rules[id] = value === false ? 'off' : (value as RuleSetting);
    }
  }
  if (obj.maxFileSize !== undefined && !bad.has('maxFileSize')) settings.maxFileSize = obj.maxFileSize as number;
  if (obj.workspaceReview !== undefined && !bad.has('workspaceReview')) settings.workspaceReview = obj.workspaceReview as boolean;
  return { settings, problems: problems.map((p) => p.message) };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  return typeof v;
}

function validate(value: unknown, node: SchemaNode, key: string, ignoreKeys: readonly string[]): { key: string; message: string }[] {
  const where = key ? `"${key}"` : 'the settings';
  const types = node.type === undefined ? undefined : Array.isArray(node.type) ? node.type : [node.type];
  if (types && !types.includes(typeOf(value))) return [{ key, message: `${where} must be ${types.map(article).join(' or ')}, not ${article(typeOf(value))}` }];
  if (node.enum && !node.enum.includes(value)) {
    return [{ key, message: `${where} is ${JSON.stringify(value)}; expected one of ${node.enum.map((e) => (typeof e === 'string' ? e : JSON.stringify(e))).join(', ')}` }];
  }
  if (node.minimum !== undefined && typeof value === 'number' && !(value >= node.minimum)) return [{ key, message: `${where} must be at least ${node.minimum}, not ${value}` }];
  if (!isObject(value)) return [];
  const out: { key: string; message: string }[] = [];
  for (const [k, v] of Object.entries(value)) {
    const child = key ? `${key}.${k}` : k;
    const known = node.properties?.[k];
    if (known) out.push(...validate(v, known, child, []));
    else if (!key && ignoreKeys.includes(k)) continue;
    else if (node.propertyNames && !node.propertyNames.enum.includes(k)) out.push({ key: child, message: `${where}: there is no rule "${k}" (see docs/rules/)` });
    else if (node.additionalProperties === false) out.push({ key: child, message: `unknown setting "${child}"; expected one of ${Object.keys(node.properties ?? {}).filter((p) => p !== '$schema').join(', ')}` });
    else if (typeof node.additionalProperties === 'object') out.push(...validate(v, node.additionalProperties, child, []));
  }
  return out;
}

function article(type: string): string {
  return type === 'object' || type === 'array' || type === 'integer' ? `an ${type}` : type === 'null' ? 'null' : `a ${type}`;
}
