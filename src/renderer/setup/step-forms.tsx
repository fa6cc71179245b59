/** The form of each setup step; answers and problems are shown as the engine gives them. */
import { useState } from 'preact/hooks';
import { SETUP_TEXT } from '../../shared/i18n/catalog-screens-console';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import { assertNever } from '../../shared/result';
import type { UiSettings } from '../api/ui-settings';
import { useText } from '../view/locale-context';
import { Outcome } from './command-outcome';
import {
  OPERATING_POINTS,
  STEP_TITLES,
  endpointValid,
  identityErrors,
  type SetupStep,
} from './setup-steps';
import { CameraStep, KeyStep, ReaderStep, SelfTestStep } from './step-devices';
import { OperatorsStep } from './step-operators';
import { NextStepsStep, PlatformStep } from './step-platform';
import { useCommand } from './use-command';

function IdentityStep({ api }: { api: KioskApi }) {
  const t = useText();
  const [deviceId, setDeviceId] = useState('');
  const [pointCode, setPointCode] = useState('');
  const [outcome, save] = useCommand(api['setup.identity']);
  const errors = identityErrors(deviceId, pointCode);
  return (
    <form onSubmit={(e) => (e.preventDefault(), void save({ deviceId, pointCode }))}>
      <label>
        {t(SETUP_TEXT.deviceId)}
        <input
          name="deviceId"
          value={deviceId}
          onInput={(e) => setDeviceId(e.currentTarget.value)}
        />
      </label>
      <label>
        {t(SETUP_TEXT.pointCode)}
        <input
          name="pointCode"
          value={pointCode}
          onInput={(e) => setPointCode(e.currentTarget.value)}
        />
      </label>
      {errors.length > 0 && (deviceId || pointCode) && (
        <p class="problem">{t(SETUP_TEXT.invalid)}</p>
      )}
      <button type="submit" disabled={errors.length > 0}>
        {t(SETUP_TEXT.save)}
      </button>
      <Outcome outcome={outcome} />
    </form>
  );
}

function EndpointStep({ api }: { api: KioskApi }) {
  const t = useText();
  const [endpoint, setEndpoint] = useState('');
  const [outcome, save] = useCommand(api['setup.endpoint']);
  return (
    <form onSubmit={(e) => (e.preventDefault(), void save({ endpoint }))}>
      <label>
        {t(SETUP_TEXT.endpoint)}
        <input
          name="endpoint"
          value={endpoint}
          onInput={(e) => setEndpoint(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={!endpointValid(endpoint)}>
        {t(SETUP_TEXT.save)}
      </button>
      <Outcome outcome={outcome} />
    </form>
  );
}

function OperatingPointStep({ api }: { api: KioskApi }) {
  const t = useText();
  const [outcome, save] = useCommand(api['setup.operating-point']);
  return (
    <div class="choices">
      <p>{t(SETUP_TEXT.operatingPoint)}</p>
      {OPERATING_POINTS.map((point) => (
        <button
          type="button"
          key={point}
          data-point={point}
          onClick={() => void save({ operatingPoint: point })}
        >
          {point}
        </button>
      ))}
      <Outcome outcome={outcome} />
    </div>
  );
}

export function StepBody({
  step,
  api,
  settings,
}: {
  step: SetupStep;
  api: KioskApi;
  settings: UiSettings;
}) {
  const t = useText();
  const body = (() => {
    switch (step) {
      case 'identity':
        return <IdentityStep api={api} />;
      case 'endpoint':
        return <EndpointStep api={api} />;
      case 'platform':
        return <PlatformStep api={api} />;
      case 'next-steps':
        return <NextStepsStep api={api} settings={settings} />;
      case 'key':
        return <KeyStep api={api} />;
      case 'reader':
        return <ReaderStep api={api} />;
      case 'camera':
        return <CameraStep api={api} settings={settings} />;
      case 'operating-point':
        return <OperatingPointStep api={api} />;
      case 'operators':
        return <OperatorsStep api={api} />;
      case 'self-test':
        return <SelfTestStep api={api} />;
      default:
        return assertNever(step, 'setup step');
    }
  })();
  return (
    <div class="step">
      <h2>{t(STEP_TITLES[step])}</h2>
      {body}
    </div>
  );
}
