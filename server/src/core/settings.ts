import type { Severity } from './model';

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
  maxFileSize: 5 * 1024 * 1024,
  workspaceReview: true,
};

const LEVELS = new Set(['error', 'warning', 'info', 'hint', 'off']);

/**
 * Reads settings from untrusted data (VS Code configuration, a config file, CLI flags).
 * Unknown or malformed values are dropped and described in `problems`; it never throws.
 */
export function readSettings(raw: unknown): { settings: Settings; problems: string[] } {
  const problems: string[] = [];
  const settings: Settings = { rules: {}, maxFileSize: DEFAULT_SETTINGS.maxFileSize, workspaceReview: true };
  if (raw === undefined || raw === null) return { settings, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push('settings must be an object; using the defaults');
    return { settings, problems };
  }
  const obj = raw as Record<string, unknown>;
  const rules = obj.rules;
  if (rules !== undefined && rules !== null) {
    if (typeof rules !== 'object' || Array.isArray(rules)) {
      problems.push('"rules" must map rule ids to error|warning|info|hint|off');
    } else {
      for (const [id, value] of Object.entries(rules as Record<string, unknown>)) {
        if (typeof value === 'string' && LEVELS.has(value)) settings.rules[id] = value as RuleSetting;
        else if (value === false) settings.rules[id] = 'off';
        else if (value === true) continue; // "on": keep the rule's default severity
        else problems.push(`rule "${id}": "${String(value)}" is not one of error, warning, info, hint, off`);
      }
    }
  }
  const max = obj.maxFileSize;
  if (max !== undefined) {
    if (typeof max === 'number' && Number.isFinite(max) && max > 0) settings.maxFileSize = max;
    else problems.push('"maxFileSize" must be a positive number of bytes');
  }
  const review = obj.workspaceReview;
  if (review !== undefined) {
    if (typeof review === 'boolean') settings.workspaceReview = review;
    else problems.push('"workspaceReview" must be true or false');
  }
  return { settings, problems };
}
