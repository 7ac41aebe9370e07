// `/` (when not typing in a field) or Ctrl+K (anywhere) puts the cursor in the search box.
import { useEffect, type RefObject } from 'react';

const TYPING_TARGETS = 'input, textarea, select, [contenteditable=""], [contenteditable="true"]';

export function useSearchShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (e: globalThis.KeyboardEvent) => {
      const typing = e.target instanceof Element && e.target.closest(TYPING_TARGETS) !== null;
      const ctrlK = (e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'k';
      const slash = e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey;
      if (!ctrlK && !slash) return;
      e.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
