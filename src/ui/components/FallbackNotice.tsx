import { useTranslation } from 'react-i18next';

/** Says plainly that this content is not available in the learner's language. */
export function FallbackNotice({ show, contentLang }: { show: boolean; contentLang: string }) {
  const { t } = useTranslation();
  if (!show) return null;
  return (
    <p className="notice notice-info" role="note">
      {t('content.fallbackNotice', { language: t(`language.${contentLang === 'fr' ? 'fr' : 'en'}`) })}
    </p>
  );
}
