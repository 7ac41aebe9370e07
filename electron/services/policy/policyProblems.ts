// Validates a parsed policy file and turns every schema issue into a reason with its line, so
// `npm run policy -- check` can list all of them in the administrator's language. The policy
// schema's messages are reason keys (admin.policy.error.*); zod's own issues (a wrong type, a
// value not in a list) get a key from their code here. Unlike the content validator, nothing
// of zod's English survives: an administrator reading French reads French only.
import type { z } from 'zod';
import { describePath, lineOf, lineOfKey, type YamlFile } from '../../../src/core/content/yamlFile';
import type { Reason, ReasonParams } from '../../../src/core/reasons';

type Checked<T> = { ok: true; value: T } | { ok: false; problems: Reason[] };

export function policyReasons<S extends z.ZodType>(yaml: YamlFile, schema: S): Checked<z.output<S>> {
  let data: unknown;
  try {
    data = yaml.doc.toJS({ maxAliasCount: 50 });
  } catch {
    // Unresolved or exploding aliases: malformed YAML like any other.
    return { ok: false, problems: [{ reason: 'errors.pack.malformedYaml', params: {}, file: yaml.file, line: 1 }] };
  }
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems = result.error.issues.flatMap((issue) => issueReasons(yaml, issue));
  problems.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  return { ok: false, problems };
}

function issueReasons(yaml: YamlFile, issue: z.core.$ZodIssue): Reason[] {
  const path = issue.path;
  const at = (reason: string, params: ReasonParams, line = lineOf(yaml, path)): Reason => ({ reason, params, file: yaml.file, line });
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => at('errors.pack.unknownField', { field: describePath([...path, key]) }, lineOfKey(yaml, path, key)));
  }
  const field = describePath(path) || '-';
  if (issue.input === undefined && issue.code === 'invalid_type') return [at('errors.pack.required', { field })];
  if (issue.message.startsWith('admin.policy.error.')) {
    return [at(issue.message, { field, ...issueParams(issue) })];
  }
  return [at('errors.pack.invalidField', { field })];
}

/** The values a message names: the custom check's own, the allowed values, the limit. */
function issueParams(issue: z.core.$ZodIssue): ReasonParams {
  switch (issue.code) {
    case 'custom':
      return Object.fromEntries(Object.entries(issue.params ?? {}).map(([k, v]) => [k, typeof v === 'number' ? v : String(v)]));
    case 'invalid_value':
      return { values: issue.values.map(String).join(', ') };
    case 'too_big':
      return { limit: Number(issue.maximum) };
    case 'too_small':
      return { limit: Number(issue.minimum) };
    default:
      return {};
  }
}
