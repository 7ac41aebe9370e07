// Things the learner must be told at start-up: a progress file that was moved aside and
// restored, settings reset, an add-on pack refused. Kept until the learner dismisses them.
import path from 'node:path';
import type { Notice } from '../../src/core/api/contract';
import type { Catalog } from '../../src/core/content/views';
import type { RecoveryCause, RecoveryEvent } from './store/safeStore';

export interface NoticeBoard {
  list(): Notice[];
  dismiss(id: string): void;
}

// Literal keys, so the i18n check can see every message in use.
const RECOVERY_KEYS = {
  progress: { restored: 'notice.progressRestored', reset: 'notice.progressReset' },
  settings: { restored: 'notice.settingsRestored', reset: 'notice.settingsReset' },
  studyTime: { restored: 'studyTime.notice.restored', reset: 'studyTime.notice.reset' },
} as const;

export const CAUSE_KEYS: Record<RecoveryCause, string> = {
  'too-large': 'notice.cause.tooLarge',
  empty: 'notice.cause.empty',
  'not-json': 'notice.cause.notJson',
  'wrong-shape': 'notice.cause.wrongShape',
  'newer-version': 'notice.cause.newerVersion',
  unreadable: 'notice.cause.unreadable',
};

function recoveryNotice(store: keyof typeof RECOVERY_KEYS, e: RecoveryEvent): Notice {
  const key = RECOVERY_KEYS[store][e.kind];
  const paramKeys = { reason: CAUSE_KEYS[e.cause] };
  if (e.kind === 'restored') {
    return { id: `${store}-restored`, key, params: { file: e.movedTo, backup: path.basename(e.backup) }, paramKeys };
  }
  return { id: `${store}-reset`, key, params: { file: e.movedTo }, paramKeys };
}

export function createNoticeBoard(sources: {
  progress?: RecoveryEvent;
  settings?: RecoveryEvent;
  studyTime?: RecoveryEvent;
  rejectedPacks: Catalog['rejected'];
  /** Notices other services built (an ignored policy file, a lost certificate key). */
  others?: (Notice | undefined)[];
}): NoticeBoard {
  const notices: Notice[] = [];
  if (sources.progress) notices.push(recoveryNotice('progress', sources.progress));
  if (sources.settings) notices.push(recoveryNotice('settings', sources.settings));
  if (sources.studyTime) notices.push(recoveryNotice('studyTime', sources.studyTime));
  sources.rejectedPacks.forEach((r, i) => notices.push(packRejectedNotice(`pack-rejected-${i}`, r)));
  for (const n of sources.others ?? []) if (n) notices.push(n);
  const dismissed = new Set<string>();
  return {
    list: () => notices.filter((n) => !dismissed.has(n.id)),
    dismiss: (id) => void dismissed.add(id),
  };
}

/** A refused pack: its folder's name and its first problem, whose reason is translated like the notice. */
function packRejectedNotice(id: string, r: Catalog['rejected'][number]): Notice {
  const first = r.problems[0] ?? { reason: 'errors.pack.unlisted', params: {} };
  const values = { ...first.params, file: first.file ?? '-', line: first.line ?? 1 };
  const params = Object.fromEntries(Object.entries(values).map(([k, v]) => [k, String(v)]));
  return { id, key: 'errors.notice.packRejected', params: { ...params, dir: path.basename(r.dir) }, paramKeys: { problem: first.reason } };
}
