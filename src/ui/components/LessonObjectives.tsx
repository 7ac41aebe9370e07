// The lesson's learning objectives, shown above its text so the learner knows what to look for
// and can check afterwards what they can now do. Nothing is shown for a pack without them.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function LessonObjectives({ objectives, lang }: { objectives?: readonly string[]; lang: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  if (!objectives || objectives.length === 0) return null;
  return (
    <section className="lesson-objectives" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('curriculum.objectivesHeading')}</h2>
      <ul lang={lang}>
        {objectives.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
    </section>
  );
}
