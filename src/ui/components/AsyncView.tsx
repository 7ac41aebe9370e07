import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AsyncState } from '../useAsync';
import { ErrorMessage } from '../errors/ErrorMessage';

/** Shows loading and error states the same way on every screen. */
export function AsyncView<T>({ state, children }: { state: AsyncState<T>; children: (value: T) => ReactNode }) {
  const { t } = useTranslation();
  if (state.status === 'loading') return <p className="loading" role="status">{t('common.loading')}</p>;
  if (state.status === 'error') {
    return (
      <div className="notice notice-error">
        <h1>{t('common.errorTitle')}</h1>
        <ErrorMessage error={state.error} variant="inline" />
      </div>
    );
  }
  return <>{children(state.value)}</>;
}
