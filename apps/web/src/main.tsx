import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { createQueryClient } from './api/queries';
import { App } from './App';
import { AuthProvider } from './auth/AuthContext';
import { CurrentAgreementProvider } from './layout/current-agreement';
import './styles.css';
import './print.css';
import { AnnouncerProvider } from './ui';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <BrowserRouter>
        <AuthProvider>
          <CurrentAgreementProvider>
            <AnnouncerProvider>
              <App />
            </AnnouncerProvider>
          </CurrentAgreementProvider>
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
