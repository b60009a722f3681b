import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(<p>Backlog health is loading.</p>);
