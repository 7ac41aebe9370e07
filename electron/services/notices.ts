// Things the learner must be told at start-up: a progress file that was moved aside and
// restored, settings reset, an add-on pack refused. Kept until the learner dismisses them.
import path from 'node:path';
import type { Notice } from '../../src/core/api/contract';
import type { Catalog } from '../../src/core/content/views';
import type { RecoveryEvent } from './store/safeStore';

export interface NoticeBoard {
  list(): Notice[];
  dismiss(id: string): void;
}

// Literal keys, so the i18n check can see every message in use.
const RECOVERY_KEYS = {
  progress: { restored: 'notice.progressRestored', reset: 'notice.progressReset' },
  settings: { restored: 'notice.settingsRestored', reset: 'notice.settingsReset' },
} as const;

function recoveryNotice(store: keyof typeof RECOVERY_KEYS, e: RecoveryEvent): Notice {
  const params = { file: e.movedTo, reason: e.reason };
  const key = RECOVERY_KEYS[store][e.kind];
  if (e.kind === 'restored') return { id: `${store}-restored`, key, params: { ...params, backup: path.basename(e.backup) } };
  return { id: `${store}-reset`, key, params };
}

export function createNoticeBoard(sources: {
  progress?: RecoveryEvent;
  settings?: RecoveryEvent;
  rejectedPacks: Catalog['rejected'];
}): NoticeBoard {
  const notices: Notice[] = [];
  if (sources.progress) notices.push(recoveryNotice('progress', sources.progress));
  if (sources.settings) notices.push(recoveryNotice('settings', sources.settings));
  sources.rejectedPacks.forEach((r, i) =>
    notices.push({ id: `pack-rejected-${i}`, key: 'notice.packRejected', params: { dir: r.dir, problem: r.problems[0] ?? '' } }),
  );
  const dismissed = new Set<string>();
  return {
    list: () => notices.filter((n) => !dismissed.has(n.id)),
    dismiss: (id) => void dismissed.add(id),
  };
}
