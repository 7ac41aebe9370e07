// The notices the learner sees: the installation's (settings, packs, policy), the profiles' own,
// and those of the active profile's record, which change when another learner opens theirs.
import type { NoticeBoard } from '../notices';

export function combineNoticeBoards(boards: () => (NoticeBoard | undefined)[]): NoticeBoard {
  return {
    list: () => boards().flatMap((b) => b?.list() ?? []),
    dismiss: (id) => {
      for (const b of boards()) b?.dismiss(id);
    },
  };
}
