// Settings → Content packs: the packs the app teaches from, installing one from a .academypack
// file (sent in chunks, checked with a progress bar, confirmed with what an update changes),
// and removing one (moved aside by the app, never erased).
import { useCallback, useEffect, useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PACK_CHUNK_BYTES, type InstalledPackInfo, type PackJob, type PackList, type StagedPackInfo } from '../../core/packs/packApi';
import type { DiffItem, PackDiff } from '../../core/packs/packDiff';
import { api } from '../api';
import { forgetPackLessons } from '../lessonCache';
import { useApp } from '../appState';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { ErrorMessage } from '../errors/ErrorMessage';
import { routeToHash } from '../router';
import { useAsync } from '../useAsync';
import { useDocumentTitle } from '../useDocumentTitle';
import './packs.css';
import { useAction } from '../useAction';

const POLL_MS = 150;

/** Language codes as names in the UI language ("French" in English, "anglais" in French). */
function languageNames(uiLang: string, codes: readonly string[]): string {
  const names = new Intl.DisplayNames([uiLang], { type: 'language' });
  return codes.map((c) => names.of(c) ?? c).join(', ');
}

/** The bytes of a file slice as base64, for the upload channel. */
async function base64Of(blob: Blob): Promise<string> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function PacksScreen({ offer }: { offer?: string }) {
  const { t } = useTranslation();
  const { settings, refreshCatalog } = useApp();
  useDocumentTitle(t('packs.screen.title'));
  // Bumped after an install or a removal, so the list is read again.
  const [version, setVersion] = useState(0);
  const [removing, setRemoving] = useState<InstalledPackInfo | null>(null);
  const [removed, setRemoved] = useState<{ title: string; keptAs: string } | null>(null);
  const [removeError, setRemoveError] = useState<unknown>(null);
  const lang = settings.language;

  const listed = useAsync(() => api.listPacks({ lang }), [lang, version]);
  const list: PackList | null = listed.status === 'ready' ? listed.value : null;

  const afterChange = async (packId: string) => {
    forgetPackLessons(packId);
    setVersion((v) => v + 1);
    await refreshCatalog();
  };

  const remove = async () => {
    const pack = removing;
    setRemoving(null);
    if (!pack) return;
    setRemoveError(null);
    try {
      const { keptAs } = await api.removePack({ packId: pack.id });
      setRemoved({ title: pack.title, keptAs });
      await afterChange(pack.id);
    } catch (e) {
      setRemoveError(e);
    }
  };

  return (
    <div className="packs">
      <p>
        <a href={routeToHash({ screen: 'settings' })}>{t('packs.screen.back')}</a>
      </p>
      <h1>{t('packs.screen.title')}</h1>
      <p className="lead">{t('packs.screen.intro')}</p>
      <section aria-labelledby="packs-installed">
        <h2 id="packs-installed">{t('packs.screen.installedTitle')}</h2>
        {listed.status === 'error' && <ErrorMessage error={listed.error} />}
        {list && (
          <ul className="pack-list">
            {list.packs.map((p) => (
              <li key={p.id} className="pack-row">
                <h3>{p.title}</h3>
                <p>
                  {t('packs.screen.versionLanguages', { version: p.version, languages: languageNames(lang, p.languages) })}
                  {' · '}
                  {p.source === 'built-in' ? t('packs.screen.sourceBuiltIn') : p.source === 'installed' ? t('packs.screen.sourceInstalled') : t('packs.screen.sourceOther')}
                </p>
                {p.source === 'installed' && (
                  <button type="button" onClick={() => setRemoving(p)} aria-label={t('packs.screen.removeNamed', { title: p.title })}>
                    {t('packs.screen.remove')}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        <p role="status">{removed ? t('packs.screen.removed', { title: removed.title, folder: removed.keptAs }) : ''}</p>
        {removeError !== null && <ErrorMessage error={removeError} />}
      </section>
      <InstallFromFile offer={offer} lang={lang} onInstalled={afterChange} />
      <ConfirmDialog
        open={removing !== null}
        title={t('packs.screen.removeTitle', { title: removing?.title ?? '' })}
        body={t('packs.screen.removeBody')}
        confirmLabel={t('packs.screen.remove')}
        onCancel={() => setRemoving(null)}
        onConfirm={() => void remove()}
      />
    </div>
  );
}

function InstallFromFile({ offer, lang, onInstalled }: { offer?: string; lang: string; onInstalled(packId: string): Promise<void> }) {
  const { t } = useTranslation();
  const inputId = useId();
  const [fileName, setFileName] = useState<string | null>(null);
  // A file the app was asked to open arrives already uploaded, by its upload id.
  const [uploadId, setUploadId] = useState<string | null>(offer ?? null);
  const [job, setJob] = useState<PackJob | null>(null);
  const { busy, error, setError, run: act } = useAction();
  const current = useRef(0);

  /** Follows a check until it is over; a newer file or leaving the screen stops following. */
  const follow = useCallback(
    async (id: string, run: number) => {
      let state = await api.checkPack({ uploadId: id, lang });
      while (state.state === 'checking' && current.current === run) {
        setJob(state);
        await new Promise((r) => setTimeout(r, POLL_MS));
        state = await api.getPackJob({ uploadId: id, lang });
      }
      if (current.current === run) setJob(state);
    },
    [lang],
  );

  useEffect(() => {
    if (!offer) return;
    const run = ++current.current;
    follow(offer, run).catch((e: unknown) => setError(e));
  }, [offer, follow, setError]);
  useEffect(() => () => void current.current++, []);

  const choose = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    const run = ++current.current;
    setJob(null);
    setError(null);
    if (uploadId) void api.cancelPackUpload({ uploadId }).catch(() => undefined);
    setUploadId(null);
    if (!file) return;
    setFileName(file.name);
    await act(async () => {
      const { uploadId: id } = await api.beginPackUpload({ fileName: file.name, size: file.size });
      setUploadId(id);
      setJob({ state: 'uploading', received: 0, size: file.size });
      for (let offset = 0; offset < file.size && current.current === run; offset += PACK_CHUNK_BYTES) {
        setJob(await api.uploadPackChunk({ uploadId: id, offset, data: await base64Of(file.slice(offset, offset + PACK_CHUNK_BYTES)) }));
      }
      if (current.current === run) await follow(id, run);
    });
  };

  const install = async () => {
    if (!uploadId) return;
    await act(async () => {
      const done = await api.installPack({ uploadId, lang });
      setJob(done);
      if (done.state === 'installed') await onInstalled(done.pack.id);
    });
  };

  const cancel = () => {
    current.current++;
    if (uploadId) void api.cancelPackUpload({ uploadId }).catch(() => undefined);
    setUploadId(null);
    setJob(null);
  };

  const shownName = fileName ?? t('packs.screen.openedFile');
  return (
    <section aria-labelledby="packs-install">
      <h2 id="packs-install">{t('packs.screen.installTitle')}</h2>
      <p>{t('packs.screen.installHelp')}</p>
      <p>
        <label htmlFor={inputId} className="file-label">
          {t('packs.screen.chooseFile')}
        </label>{' '}
        <input id={inputId} type="file" accept=".academypack" onChange={(e) => void choose(e)} disabled={busy && job?.state !== 'ready'} />
      </p>
      <div aria-live="polite">
        {job?.state === 'uploading' && <PackProgress value={job.received} max={job.size} label={t('packs.screen.uploading', { file: shownName })} />}
        {job?.state === 'checking' && (
          <PackProgress value={job.entries} max={Math.max(job.totalEntries, 1)} label={t('packs.screen.checking', { done: job.entries, total: job.totalEntries })} />
        )}
        {job?.state === 'installed' && (
          <p className="notice notice-info pack-installed">
            {job.pack.update ? t('packs.screen.updated', { title: job.pack.title, version: job.pack.version }) : t('packs.screen.installed', { title: job.pack.title, version: job.pack.version })}
          </p>
        )}
      </div>
      {job?.state === 'refused' && (
        <ErrorMessage error={{ key: job.reason, params: job.params }} context={{ key: 'packs.screen.refusedTitle', params: { file: shownName } }} next="packs.screen.refusedUnchanged" />
      )}
      {error !== null && <ErrorMessage error={error} />}
      {job?.state === 'ready' && <ReadyToInstall pack={job.pack} busy={busy} onInstall={() => void install()} onCancel={cancel} />}
    </section>
  );
}

function PackProgress({ value, max, label }: { value: number; max: number; label: string }) {
  return (
    <div className="pack-progress">
      <progress max={max} value={value} aria-label={label} />
      <span>{label}</span>
    </div>
  );
}

function ReadyToInstall({ pack, busy, onInstall, onCancel }: { pack: StagedPackInfo; busy: boolean; onInstall(): void; onCancel(): void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="pack-ready" aria-labelledby="pack-ready-title">
      <h3 id="pack-ready-title">{pack.update ? t('packs.screen.updateTitle', { title: pack.title, from: pack.update.from, to: pack.version }) : t('packs.screen.readyTitle', { title: pack.title, version: pack.version })}</h3>
      <p>
        {t('packs.screen.languages', { languages: languageNames(i18n.language, pack.languages) })} · {pack.signed ? t('packs.screen.signed') : t('packs.screen.unsigned')}
      </p>
      {pack.update && <DiffView diff={pack.update.diff} />}
      {pack.update && <p>{t('packs.screen.progressKept')}</p>}
      <div className="actions">
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="primary" onClick={onInstall} disabled={busy}>
          {pack.update ? t('packs.screen.updateButton') : t('packs.screen.installButton')}
        </button>
      </div>
    </div>
  );
}

function DiffView({ diff }: { diff: PackDiff }) {
  const { t } = useTranslation();
  const rows: { key: string; label: string; items: DiffItem[] }[] = [
    { key: 'la', label: t('packs.diff.lessonsAdded', { count: diff.lessons.added.length }), items: diff.lessons.added },
    { key: 'lc', label: t('packs.diff.lessonsChanged', { count: diff.lessons.changed.length }), items: diff.lessons.changed },
    { key: 'lr', label: t('packs.diff.lessonsRemoved', { count: diff.lessons.removed.length }), items: diff.lessons.removed },
    { key: 'qa', label: t('packs.diff.questionsAdded', { count: diff.questions.added.length }), items: diff.questions.added },
    { key: 'qc', label: t('packs.diff.questionsChanged', { count: diff.questions.changed.length }), items: diff.questions.changed },
    { key: 'qr', label: t('packs.diff.questionsRemoved', { count: diff.questions.removed.length }), items: diff.questions.removed },
  ].filter((r) => r.items.length > 0);
  if (rows.length === 0) return <p>{t('packs.diff.none')}</p>;
  return (
    <div className="pack-diff">
      <h4>{t('packs.diff.title')}</h4>
      <ul>
        {rows.map((r) => (
          <li key={r.key} data-diff={r.key}>
            {r.label}
            <ul>
              {r.items.map((i, n) => (
                <li key={n}>{r.key.startsWith('q') ? t('packs.diff.question', { id: i.id, quiz: i.title }) : i.title}</li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
