// The speaker notes of the slide on screen, in a panel beside it (the trainer's own view when
// there is no second screen). The notes come from the lesson's `::: notes` blocks through a
// trainer-only channel: learners never receive them.
import { useTranslation } from 'react-i18next';
import type { LessonView } from '../../core/content/views';
import type { LessonNote } from '../../core/trainer/lessonNotes';

export function SpeakerNotesPanel({ lesson, headingSlug, notes, onClose }: { lesson: LessonView; headingSlug: string | null; notes: readonly LessonNote[]; onClose(): void }) {
  const { t } = useTranslation();
  const mine = notes.filter((n) => n.headingSlug === headingSlug);
  return (
    <aside className="speaker-notes" aria-label={t('trainer.present.notesLabel')} lang={lesson.lang}>
      <h2>{t('trainer.present.notesHeading')}</h2>
      {mine.length === 0 ? (
        <p>{t('trainer.present.noNotes')}</p>
      ) : (
        mine.map((n, i) => <div key={i} className="notes-text" dangerouslySetInnerHTML={{ __html: n.html }} />)
      )}
      <button type="button" onClick={onClose}>
        {t('trainer.present.closeNotes')}
      </button>
    </aside>
  );
}
