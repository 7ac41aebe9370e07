// The trainer area's hub: one list of tools, each a short section (present a lesson, run a quiz
// for the room, the pre-test and post-test, the question bank). Others add their tools (classes,
// handouts) as one more item of the list. A trainee who types the address sees why it is closed.
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary } from '../../core/content/views';
import type { Route } from '../../core/routes';
import { useApp } from '../appState';
import { useProfiles } from '../profiles/ProfileGate';
import { navigate, routeToHash } from '../router';
import { useDocumentTitle } from '../useDocumentTitle';
import { ScormExportForm } from '../trainer/ScormExportForm';
import { PackSelect } from '../trainer/PackSelect';

export function TrainerScreen() {
  const { t } = useTranslation();
  const { active } = useProfiles();
  useDocumentTitle(t('trainer.title'));
  if (active.role !== 'trainer') return <TrainerOnly />;
  return (
    <div className="trainer">
      <h1>{t('trainer.title')}</h1>
      <p className="lead">{t('trainer.hub.intro')}</p>
      <ul className="trainer-tools">
        <Tool heading={t('trainer.hub.present')} help={t('trainer.hub.presentHelp')}>
          <PresentForm />
        </Tool>
        <Tool heading={t('trainer.hub.classQuiz')} help={t('trainer.hub.classQuizHelp')}>
          <ClassQuizForm />
        </Tool>
        <Tool heading={t('trainer.hub.diagnostic')} help={t('trainer.hub.diagnosticHelp')}>
          <DiagnosticForm />
        </Tool>
        <Tool heading={t('classes.ui.title')} help={t('classes.ui.trainerLink')}>
          <p>
            <a href={routeToHash({ screen: 'classes' })}>{t('classes.ui.open')}</a>
          </p>
        </Tool>
        <Tool heading={t('print.screen.title')} help={t('print.screen.intro')}>
          <p>
            <a href={routeToHash({ screen: 'handouts' })}>{t('print.screen.link')}</a>
          </p>
        </Tool>
        <Tool heading={t('scorm.trainer.title')} help={t('scorm.trainer.help')}>
          <ScormExportForm />
        </Tool>
        <Tool heading={t('trainer.questions')} help={t('trainer.hub.questionsHelp')}>
          <p>
            <a href={routeToHash({ screen: 'trainerQuestions' })}>{t('trainer.hub.questionsLink')}</a>
          </p>
        </Tool>
      </ul>
    </div>
  );
}

/** What a trainee sees at a trainer address: no tool, and how to reach them. */
export function TrainerOnly() {
  const { t } = useTranslation();
  return (
    <div className="trainer">
      <h1>{t('trainer.title')}</h1>
      <p className="notice notice-info">{t('trainer.error.trainerOnly')}</p>
      <p>
        <a href={routeToHash({ screen: 'profiles' })}>{t('trainer.hub.toProfiles')}</a>
      </p>
    </div>
  );
}

function Tool({ heading, help, children }: { heading: string; help: string; children: ReactNode }) {
  const id = useId();
  return (
    <li>
      <section aria-labelledby={id} className="trainer-card">
        <h2 id={id}>{heading}</h2>
        <p>{help}</p>
        {children}
      </section>
    </li>
  );
}

/** A pick-one form that opens a trainer screen. */
function PickForm({ label, button, options, to }: { label: string; button: string; options: { group: string; items: { value: string; label: string }[] }[]; to(value: string): Route }) {
  const id = useId();
  const first = options.flatMap((g) => g.items)[0]?.value ?? '';
  const [value, setValue] = useState(first);
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    if (value) navigate(to(value));
  };
  return (
    <form onSubmit={onSubmit} className="pick-form">
      <label htmlFor={id}>{label}</label>{' '}
      <select id={id} value={value} onChange={(e) => setValue(e.target.value)}>
        {options.map((g) => (
          <optgroup key={g.group} label={g.group}>
            {g.items.map((i) => (
              <option key={i.value} value={i.value}>
                {i.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>{' '}
      <button type="submit" className="primary" disabled={!value}>
        {button}
      </button>
    </form>
  );
}

// Values carry the pack id too: "<pack>\u0000<id>" (ids never hold a NUL).
const SEP = '\u0000';
const split = (v: string) => v.split(SEP) as [string, string];

function PresentForm() {
  const { t } = useTranslation();
  const { catalog } = useApp();
  const options = catalog.packs.flatMap((p) =>
    p.modules.map((m) => ({ group: m.title, items: m.lessons.map((l) => ({ value: `${p.id}${SEP}${l.id}`, label: l.title })) })),
  );
  return (
    <PickForm
      label={t('trainer.hub.lesson')}
      button={t('trainer.hub.presentButton')}
      options={options}
      to={(v) => {
        const [packId, lessonId] = split(v);
        return { screen: 'present', packId, lessonId };
      }}
    />
  );
}

function ClassQuizForm() {
  const { t } = useTranslation();
  const { catalog } = useApp();
  const options = catalog.packs.flatMap((p) =>
    p.modules.map((m) => ({
      group: m.title,
      items: [
        ...m.lessons.filter((l) => l.checkId).map((l) => ({ value: `${p.id}${SEP}${l.checkId!}`, label: t('trainer.hub.lessonCheck', { lesson: l.title }) })),
        ...(m.quizId ? [{ value: `${p.id}${SEP}${m.quizId}`, label: t('trainer.hub.moduleQuiz', { module: m.title }) }] : []),
      ],
    })),
  ).filter((g) => g.items.length > 0);
  return (
    <PickForm
      label={t('trainer.hub.quiz')}
      button={t('trainer.hub.classQuizButton')}
      options={options}
      to={(v) => {
        const [packId, quizId] = split(v);
        return { screen: 'classQuiz', packId, quizId };
      }}
    />
  );
}

function DiagnosticForm() {
  const { t } = useTranslation();
  const { catalog } = useApp();
  const id = useId();
  const [packId, setPackId] = useState(catalog.packs[0]?.id ?? '');
  const pack: PackSummary | undefined = catalog.packs.find((p) => p.id === packId);
  return (
    <div>
      <PackSelect id={id} value={packId} onChange={setPackId} />
      {pack && (
        <ul className="link-list">
          <li>
            <a href={routeToHash({ screen: 'diagnostic', packId: pack.id, kind: 'pretest' })}>{t('trainer.diagnostic.runPre')}</a>
          </li>
          <li>
            <a href={routeToHash({ screen: 'diagnostic', packId: pack.id, kind: 'posttest' })}>{t('trainer.diagnostic.runPost')}</a>
          </li>
          <li>
            <a href={routeToHash({ screen: 'diagnosticCompare', packId: pack.id })}>{t('trainer.diagnostic.compareLink')}</a>
          </li>
        </ul>
      )}
    </div>
  );
}
