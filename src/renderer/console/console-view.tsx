/** The staff side: the PIN pad, then the dashboard, and the setup wizard for technicians. */
import { useEffect, useState } from 'preact/hooks';
import type { StaffRole } from '../../shared/kiosk-api/command-roles';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import type { SessionStateView } from '../../shared/kiosk-api/session-events';
import { assertNever } from '../../shared/result';
import type { UiSettings } from '../api/ui-settings';
import { SetupWizard } from '../setup/setup-wizard';
import { Dashboard } from './dashboard';
import { PinPad } from './pin-pad';

type Stage =
  { kind: 'pin' } | { kind: 'dashboard'; role: StaffRole } | { kind: 'setup'; role: 'technician' };

/** Staff screens close on their own after this long without a touch. */
const IDLE_CLOSE_MS = 120_000;

/** The console; `onClose` returns to the worker screens (after logging out). */
export function ConsoleView(props: {
  api: KioskApi;
  session: SessionStateView | null;
  settings: UiSettings;
  nowMs: number;
  onClose: () => void;
}) {
  const { api, onClose } = props;
  const [stage, setStage] = useState<Stage>({ kind: 'pin' });
  const [lastTouchMs, setLastTouchMs] = useState(() => Date.now());
  const close = () => {
    if (stage.kind !== 'pin') void api['operator.logout']({});
    onClose();
  };
  useEffect(() => {
    if (props.nowMs - lastTouchMs > IDLE_CLOSE_MS) close();
  });
  const body = (() => {
    switch (stage.kind) {
      case 'pin':
        return (
          <PinPad
            api={api}
            onClose={close}
            onLogin={(role) => setStage({ kind: 'dashboard', role })}
          />
        );
      case 'dashboard':
        return (
          <Dashboard
            api={api}
            role={stage.role}
            session={props.session}
            nowMs={props.nowMs}
            onSetup={() => setStage({ kind: 'setup', role: 'technician' })}
            onLogout={close}
          />
        );
      case 'setup':
        return (
          <SetupWizard
            api={api}
            settings={props.settings}
            onDone={() => setStage({ kind: 'dashboard', role: stage.role })}
          />
        );
      default:
        return assertNever(stage, 'console stage');
    }
  })();
  return (
    <div class="staff" onPointerDown={() => setLastTouchMs(Date.now())}>
      {body}
    </div>
  );
}
