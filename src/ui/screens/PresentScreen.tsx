// Presentation mode: a lesson on a projector, one section per slide, large type, full screen.
// Keys as a presenter remote sends them: arrows, Page Up/Down and Space move, Home/End jump,
// B blacks the screen (any key brings it back), N shows the speaker notes, F full screen,
// Escape leaves. The slides are cut to the screen (see ../trainer/slides).
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LessonView } from '../../core/content/views';
import type { LessonNote } from '../../core/trainer/lessonNotes';
import { api } from '../api';
import { useApp } from '../appState';
import { loadLesson } from '../lessonCache';
import { useProfiles } from '../profiles/ProfileGate';
import { navigate } from '../router';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { AsyncView } from '../components/AsyncView';
import { paginate, sectionsOf, type Slide } from '../trainer/slides';
import { SpeakerNotesPanel } from '../trainer/SpeakerNotesPanel';
import { useElapsed } from '../trainer/useElapsed';
import { TrainerOnly } from './TrainerScreen';
import '../trainer/presentation.css';

export function PresentScreen({ packId, lessonId }: { packId: string; lessonId: string }) {
  const { settings } = useApp();
  const { active } = useProfiles();
  const state = useAsync(() => loadLesson({ packId, lessonId, lang: settings.language }), [packId, lessonId, settings.language]);
  if (active.role !== 'trainer') return <TrainerOnly />;
  return <AsyncView state={state}>{(lesson) => <Presentation lesson={lesson} />}</AsyncView>;
}

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);

/** The title slide's heading: the module, then the lesson's title. */
const titleSlideHtml = (lesson: LessonView, moduleTitle: string) => `<p class="slide-kicker">${escapeHtml(moduleTitle)}</p><h1>${escapeHtml(lesson.title)}</h1>`;

/** The lesson's objectives under its title, as a list the slides can split. */
function objectivesBlock(lesson: LessonView): Element[] {
  if (!lesson.objectives?.length) return [];
  const list = document.createElement('ul');
  list.className = 'objectives';
  for (const o of lesson.objectives) list.appendChild(document.createElement('li')).textContent = o;
  return [list];
}

async function toggleFullscreen(on: boolean): Promise<void> {
  try {
    if (on && !document.fullscreenElement) await document.documentElement.requestFullscreen?.();
    if (!on && document.fullscreenElement) await document.exitFullscreen();
  } catch {
    // Not allowed here (no user gesture, or no Fullscreen API): the slides fill the window anyway.
  }
}

function Presentation({ lesson }: { lesson: LessonView }) {
  const { t } = useTranslation();
  const { catalog } = useApp();
  useDocumentTitle(t('trainer.present.title', { lesson: lesson.title }));
  const moduleTitle = catalog.packs.find((p) => p.id === lesson.packId)?.modules.find((m) => m.id === lesson.moduleId)?.title ?? '';
  const frame = useRef<HTMLDivElement>(null);
  const measure = useRef<HTMLDivElement>(null);
  const [slides, setSlides] = useState<Slide[]>([]);
  const [index, setIndex] = useState(0);
  const [black, setBlack] = useState(false);
  const [notesOpen, setNotesOpen] = useState(false);
  const elapsed = useElapsed();
  // The notes come from a trainer-only channel; a failure leaves the panel saying there are none.
  const [notes, setNotes] = useState<LessonNote[]>([]);
  useEffect(() => {
    let current = true;
    api.trainerLessonNotes({ packId: lesson.packId, lessonId: lesson.id, lang: lesson.lang }).then(
      (n) => current && setNotes(n),
      () => current && setNotes([]),
    );
    return () => {
      current = false;
    };
  }, [lesson.packId, lesson.id, lesson.lang]);
  const continued = t('trainer.present.continued');

  // Cut the slides for the frame's size, and again whenever it changes (window, notes panel).
  useLayoutEffect(() => {
    const el = frame.current;
    const m = measure.current;
    if (!el || !m) return;
    const cut = () => {
      const title = titleSlideHtml(lesson, moduleTitle);
      setSlides(paginate(sectionsOf(lesson.html, document), m, title, escapeHtml(continued), objectivesBlock(lesson)));
    };
    cut();
    let last = `${el.clientWidth}x${el.clientHeight}`;
    const observer = new ResizeObserver(() => {
      const size = `${el.clientWidth}x${el.clientHeight}`;
      if (size !== last) {
        last = size;
        cut();
      }
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [lesson, moduleTitle, continued]);

  const count = slides.length;
  const current = Math.min(index, Math.max(0, count - 1));
  const go = useCallback((to: number) => setIndex(Math.max(0, Math.min(to, count - 1))), [count]);
  const leave = useCallback(() => {
    void toggleFullscreen(false);
    navigate({ screen: 'trainer' });
  }, []);

  useEffect(() => {
    void toggleFullscreen(true);
    return () => void toggleFullscreen(false);
  }, []);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey) return;
      if (black) {
        // Any key brings the slide back (and does nothing else).
        e.preventDefault();
        setBlack(false);
        return;
      }
      const key = e.key.length === 1 ? e.key.toLowerCase() : e.key;
      const actions: Record<string, () => void> = {
        ArrowRight: () => go(current + 1),
        ArrowDown: () => go(current + 1),
        PageDown: () => go(current + 1),
        ' ': () => go(current + (e.shiftKey ? -1 : 1)),
        ArrowLeft: () => go(current - 1),
        ArrowUp: () => go(current - 1),
        PageUp: () => go(current - 1),
        Home: () => go(0),
        End: () => go(count - 1),
        b: () => setBlack(true),
        '.': () => setBlack(true),
        n: () => setNotesOpen((o) => !o),
        f: () => void toggleFullscreen(!document.fullscreenElement),
        Escape: leave,
      };
      const action = actions[key];
      if (!action) return;
      e.preventDefault();
      action();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [black, current, count, go, leave]);

  const slide = slides[current];
  return (
    <div className={`presentation${notesOpen ? ' with-notes' : ''}`} lang={lesson.lang}>
      <h1 className="visually-hidden">{t('trainer.present.title', { lesson: lesson.title })}</h1>
      <div className="slide-area">
        <div className="slide-frame" ref={frame}>
          <div className="lesson-body slide-body slide-measure" ref={measure} aria-hidden="true" />
          {slide && (
            <section className="lesson-body slide-body" aria-roledescription={t('trainer.present.slide')} aria-label={t('trainer.present.counterLabel', { n: current + 1, total: count })} dangerouslySetInnerHTML={{ __html: slide.html }} />
          )}
        </div>
        {notesOpen && <SpeakerNotesPanel lesson={lesson} headingSlug={slide?.headingSlug ?? null} notes={notes} onClose={() => setNotesOpen(false)} />}
      </div>
      <div className="presenter-bar">
        <p className="slide-counter">
          <span aria-hidden="true">{t('trainer.present.counter', { n: current + 1, total: count })}</span>
          <span className="visually-hidden" aria-live="polite">
            {t('trainer.present.counterLabel', { n: current + 1, total: count })}
          </span>
        </p>
        <p className="session-timer">
          <span className="visually-hidden">{t('trainer.present.timer')} </span>
          <time>{elapsed}</time>
        </p>
        <div className="presenter-buttons">
          <button type="button" onClick={() => go(current - 1)} disabled={current === 0}>
            {t('trainer.present.previous')}
          </button>
          <button type="button" onClick={() => go(current + 1)} disabled={current >= count - 1}>
            {t('trainer.present.next')}
          </button>
          <button type="button" aria-pressed={notesOpen} onClick={() => setNotesOpen((o) => !o)}>
            {t('trainer.present.notes')}
          </button>
          <button type="button" onClick={() => setBlack(true)}>
            {t('trainer.present.black')}
          </button>
          <button type="button" onClick={leave}>
            {t('trainer.present.leave')}
          </button>
        </div>
      </div>
      {black && (
        // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- any key returns (window listener)
        <div className="black-screen" onClick={() => setBlack(false)}>
          <p className="visually-hidden" role="status">
            {t('trainer.present.blackStatus')}
          </p>
        </div>
      )}
    </div>
  );
}
