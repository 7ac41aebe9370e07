// The way back to the trainer area, at the top of each of its tool screens.
import { useTranslation } from 'react-i18next';
import { routeToHash } from '../router';

export function BackToTrainerArea() {
  const { t } = useTranslation();
  return (
    <p>
      <a href={routeToHash({ screen: 'trainer' })}>{t('trainer.hub.back')}</a>
    </p>
  );
}
