import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { App } from './App.tsx';
import { languageKnown, translator } from './i18n.ts';
import { listenForPaste } from './paste-files.ts';
import { connectToMain } from './store/connect-to-main.ts';
import { uploader } from './uploader-api.ts';
import './styles/base.css';
import './styles/layout.css';
import './styles/queue.css';
import './styles/provider-groups.css';
import './styles/history.css';
import './styles/settings.css';

const root = document.getElementById('root');
if (root === null) throw new Error('The page has no #root element.');

connectToMain(uploader());
listenForPaste();
// The first paint waits for the person's language (a few milliseconds: two answers from main).
void languageKnown.then(() =>
  createRoot(root).render(
    <StrictMode>
      <I18nextProvider i18n={translator}>
        <App />
      </I18nextProvider>
    </StrictMode>,
  ),
);
