// On the home screen, under a course the learner has completed: "My certificate", to download
// it (again) at any time. Shows nothing until the course's final exam is passed.
import { useTranslation } from 'react-i18next';
import { api } from '../api';
import { passesInPack } from '../../core/progress/summary';
import { useApp } from '../appState';
import { routeToHash } from '../router';
import { useAsync } from '../useAsync';

export function CertificateLink({ packId }: { packId: string }) {
  const { t } = useTranslation();
  const { settings, progress } = useApp();
  const passed = passesInPack(progress, packId);
  // Asked again whenever a quiz of the pack is passed: one of them may be the final exam.
  const state = useAsync(() => (passed > 0 ? api.getCertificate({ packId, lang: settings.language }) : Promise.resolve(null)), [packId, settings.language, passed]);
  if (state.status !== 'ready' || !state.value?.eligible) return null;
  return (
    <p className="certificate-link">
      <span className="badge badge-pass">{t('certificates.completed')}</span>{' '}
      <a className="button" href={routeToHash({ screen: 'certificate', packId })}>
        {t('certificates.homeLink')}
      </a>
    </p>
  );
}
