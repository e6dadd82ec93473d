import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nProvider } from '../../runtime/ui/i18n'
import { App } from './App'
import './admin.css'
import { messages } from './messages'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider messages={messages}>
      <App />
    </I18nProvider>
  </StrictMode>,
)
