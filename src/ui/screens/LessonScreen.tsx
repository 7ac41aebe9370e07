import { useEffect, useRef, useState, type MouseEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { findModule } from '../../core/content/catalogLookup';
import type { LessonView } from '../../core/content/views';
import { api, ignoreBestEffortFailure } from '../api';
import { useApp } from '../appState';
import { AsyncView } from '../components/AsyncView';
import { Breadcrumb } from '../components/Breadcrumb';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { FallbackNotice } from '../components/FallbackNotice';
import { LessonObjectives } from '../components/LessonObjectives';
import { navigate, routeToHash } from '../router';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import { useStudyTimer } from '../useStudyTimer';
import { arrivedLesson, loadLesson } from '../lessonCache';
import { afterPaint } from '../afterPaint';
import { lessonKey } from '../../core/progress/keys';
import { placeTermTip } from '../glossaryTip';

export function LessonScreen({ packId, lessonId, anchor }: { packId: string; lessonId: string; anchor?: string }) {
  const { settings } = useApp();
  const args = { packId, lessonId, lang: settings.language };
  // A lesson already here (from the start-up call, or fetched ahead) is shown in the first render.
  const state = useAsync(() => loadLesson(args), [packId, lessonId, settings.language], arrivedLesson(args));
  return <AsyncView state={state}>{(lesson) => <Lesson lesson={lesson} anchor={anchor} />}</AsyncView>;
}

function Lesson({ lesson, anchor }: { lesson: LessonView; anchor?: string }) {
  const { t } = useTranslation();
  const { progress, applyProgress, catalog, settings } = useApp();
  const [externalUrl, setExternalUrl] = useState<string | null>(null);
  const body = useRef<HTMLDivElement>(null);
  const lessonEnd = useRef<HTMLElement>(null);
  const { packId, id: lessonId } = lesson;
  const finished = Boolean(progress.lessons[lessonKey(packId, lessonId)]?.finishedAt);
  const module = findModule(catalog, packId, lesson.moduleId)?.module;
  useDocumentTitle(lesson.title);
  useStudyTimer(packId, 'lesson', lessonId);

  useEffect(
    () =>
      // After the lesson is on screen: one call records the opening and the position, and returns
      // the new record; the next lesson is fetched in the background.
      afterPaint(() => {
        void api.recordLessonEvent({ packId, lessonId, event: 'opened' }).then(applyProgress, ignoreBestEffortFailure);
        if (lesson.nextId) void loadLesson({ packId, lessonId: lesson.nextId, lang: settings.language }).catch(() => undefined);
      }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [packId, lessonId],
  );

  useEffect(() => {
    if (anchor) document.getElementById(anchor)?.scrollIntoView();
  }, [anchor, lesson]);

  // Links inside the lesson HTML: external ones need the learner's confirmation, in-page ones
  // scroll without touching the hash route.
  const onClick = (e: MouseEvent<HTMLDivElement>) => {
    const link = (e.target as HTMLElement).closest('a');
    if (!link) return;
    if (link.dataset.external === 'true') {
      e.preventDefault();
      setExternalUrl(link.getAttribute('href'));
      return;
    }
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#') && !href.startsWith('#/')) {
      e.preventDefault();
      const target = document.getElementById(decodeURIComponent(href.slice(1)));
      if (target) {
        target.setAttribute('tabindex', '-1');
        target.focus();
      }
    }
  };
  // Escape hides a glossary definition shown by focus or hover (WCAG 1.4.13).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const term = (e.target as HTMLElement).closest('.term');
    if (e.key === 'Escape' && term) term.classList.add('tip-hidden');
  };
  const onBlur = () => body.current?.querySelectorAll('.tip-hidden').forEach((el) => el.classList.remove('tip-hidden'));
  // A definition about to show (focus or pointer on its term) is placed inside the window.
  const placeTip = (target: EventTarget) => {
    const term = target instanceof HTMLElement ? target.closest<HTMLElement>('.term') : null;
    const container = body.current;
    if (!term || !container) return;
    placeTermTip(term, container);
    // Again once focus has scrolled the term into view.
    requestAnimationFrame(() => placeTermTip(term, container));
  };

  const finish = async () => {
    applyProgress(await api.recordLessonEvent({ packId, lessonId, event: 'finished' }));
    if (lesson.checkId) navigate({ screen: 'quiz', packId, quizId: lesson.checkId });
    else if (lesson.nextId) navigate({ screen: 'lesson', packId, lessonId: lesson.nextId });
    else navigate({ screen: 'module', packId, moduleId: lesson.moduleId });
  };

  return (
    <article className="lesson">
      <Breadcrumb packId={packId} module={module} lang={lesson.lang} />
      <h1 lang={lesson.lang}>{lesson.title}</h1>
      <p className="meta">
        {lesson.minutes !== undefined && t('lesson.minutes', { count: lesson.minutes })}
        {finished && <> · <span className="badge badge-pass">{t('module.status.finished')}</span></>}
      </p>
      <FallbackNotice show={lesson.fallback} contentLang={lesson.lang} />
      <LessonObjectives objectives={lesson.objectives} lang={lesson.lang} />
      {/* Glossary terms are tab stops: this lets keyboard users jump past them to the lesson's end. */}
      <a
        className="skip-in-lesson"
        href="#lesson-end"
        onClick={(e) => {
          e.preventDefault();
          lessonEnd.current?.focus();
        }}
      >
        {t('ux.lesson.skipToEnd')}
      </a>
      {/* Event delegation for the links and glossary terms inside the lesson HTML; the
          interactive elements themselves are native links and focusable terms. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <div
        ref={body}
        className="lesson-body"
        data-lesson={lesson.id}
        lang={lesson.lang}
        onClick={onClick}
        onKeyDown={onKeyDown}
        onBlur={onBlur}
        onFocus={(e) => placeTip(e.target)}
        onMouseOver={(e) => placeTip(e.target)}
        // The HTML comes from markdown-it with raw HTML disabled; see src/core/markdown.
        dangerouslySetInnerHTML={{ __html: lesson.html }}
      />
      <nav className="lesson-nav" id="lesson-end" ref={lessonEnd} tabIndex={-1} aria-label={t('lesson.navLabel')}>
        {lesson.prevId ? (
          <a className="button" href={routeToHash({ screen: 'lesson', packId, lessonId: lesson.prevId })}>
            {t('lesson.previous')}
          </a>
        ) : (
          <span />
        )}
        <button type="button" className="primary" onClick={() => void finish()}>
          {lesson.checkId ? t('lesson.finishAndCheck') : t('lesson.finish')}
        </button>
        {lesson.nextId ? (
          <a className="button" href={routeToHash({ screen: 'lesson', packId, lessonId: lesson.nextId })}>
            {t('lesson.next')}
          </a>
        ) : (
          <span />
        )}
      </nav>
      <ConfirmDialog
        open={externalUrl !== null}
        title={t('lesson.externalTitle')}
        body={t('lesson.externalBody', { url: externalUrl ?? '' })}
        confirmLabel={t('lesson.externalConfirm')}
        onCancel={() => setExternalUrl(null)}
        onConfirm={() => {
          const url = externalUrl;
          setExternalUrl(null);
          if (url) void api.openExternal({ url });
        }}
      />
    </article>
  );
}
