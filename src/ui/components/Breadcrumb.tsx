import { useTranslation } from 'react-i18next';
import type { ModuleSummary } from '../../core/content/views';
import { routeToHash } from '../router';

/** Home › module: where a lesson or quiz sits, with links back up. */
export function Breadcrumb({ packId, module, lang }: { packId: string; module?: ModuleSummary; lang?: string }) {
  const { t } = useTranslation();
  return (
    <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
      <a href={routeToHash({ screen: 'home' })}>{t('nav.home')}</a>
      {module && (
        <>
          {' › '}
          <a href={routeToHash({ screen: 'module', packId, moduleId: module.id })} lang={lang}>
            {module.title}
          </a>
        </>
      )}
    </nav>
  );
}
