// The baseline for benchmark (a): the same Vite + React setup rendering one heading.
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<h1>Blank</h1>);
