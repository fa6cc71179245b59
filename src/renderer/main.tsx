/** Renderer entry: connect to the KioskApi, then show the screens; reconnect by reloading if it drops. */
import './zod-jitless';
import { render } from 'preact';
import { API_MESSAGES } from '../shared/i18n/catalog-capture';
import { WORKER_TEXT } from '../shared/i18n/catalog-screens';
import { connectKiosk } from './api/connect-kiosk';
import { App } from './app';
import './styles.css';

const RECONNECT_MS = 3000;
const root = document.getElementById('app');

function showMessage(text: { 'zh-CN': string; en: string }): void {
  if (!root) return;
  render(
    <main class="worker">
      <section class="screen message" data-screen="connecting">
        <h1>{text['zh-CN']}</h1>
        <p class="lead">{text.en}</p>
      </section>
    </main>,
    root,
  );
}

async function boot(): Promise<void> {
  showMessage(WORKER_TEXT.connecting);
  // Bugs are reported without payloads: they may carry personal data.
  const connection = await connectKiosk((bug) =>
    console.error('kiosk contract', bug instanceof Error ? bug.name : 'bug'),
  );
  if (!connection.ok) {
    showMessage(
      connection.failure === 'unreachable' ? API_MESSAGES.disconnected : API_MESSAGES.internal,
    );
    if (connection.failure === 'unreachable') setTimeout(() => location.reload(), RECONNECT_MS);
    return;
  }
  if (root) render(<App api={connection.api} />, root);
  await connection.closed;
  showMessage(API_MESSAGES.disconnected);
  setTimeout(() => location.reload(), RECONNECT_MS);
}

void boot();
