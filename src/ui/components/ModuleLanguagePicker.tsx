import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackSummary } from '../../core/content/views';
import { useApp } from '../appState';

export interface ModuleChoice {
  packId: string;
  moduleId: string;
  pack: PackSummary;
}

/**
 * A module of any loaded pack and a language that pack has, as the trainer's exports ask for
 * (handouts, SCORM). The language starts as the app's and follows the module's pack.
 */
export function useModuleLanguagePicker(labels: { module: string; language: string }) {
  const { t } = useTranslation();
  const { catalog, settings } = useApp();
  const id = useId();
  const modules = catalog.packs.flatMap((p) => p.modules.map((m) => ({ value: `${p.id}/${m.id}`, packId: p.id, moduleId: m.id, pack: p })));
  const [choice, setChoice] = useState(modules[0]?.value ?? '');
  const chosen: ModuleChoice | undefined = modules.find((m) => m.value === choice);
  const languages = chosen?.pack.languages ?? [settings.language];
  const [lang, setLang] = useState(settings.language);
  const chosenLang = languages.includes(lang) ? lang : languages[0]!;
  const fields = (
    <>
      <p>
        <label htmlFor={`${id}-module`}>{labels.module}</label>{' '}
        <select id={`${id}-module`} value={choice} onChange={(e) => setChoice(e.target.value)}>
          {catalog.packs.map((p) => (
            <optgroup key={p.id} label={p.title}>
              {p.modules.map((m) => (
                <option key={m.id} value={`${p.id}/${m.id}`}>
                  {m.title}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </p>
      <p>
        <label htmlFor={`${id}-lang`}>{labels.language}</label>{' '}
        <select id={`${id}-lang`} value={chosenLang} onChange={(e) => setLang(e.target.value)}>
          {languages.map((l) => (
            <option key={l} value={l}>
              {t(`language.${l}`)}
            </option>
          ))}
        </select>
      </p>
    </>
  );
  return { chosen, lang: chosenLang, fields };
}
