import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../ui/styles.css'
import { I18nProvider } from '../ui/i18n'
import { App } from './App'
import { messages } from './messages'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider messages={messages}>
      <App />
    </I18nProvider>
  </StrictMode>,
)
