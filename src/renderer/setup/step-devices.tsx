/** Setup steps that talk to devices: key generation, reader detection, camera choice, self-test. */
import { useEffect, useState } from 'preact/hooks';
import { SETUP_TEXT } from '../../shared/i18n/catalog-screens-console';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import type { UiSettings } from '../api/ui-settings';
import { CameraPreview } from '../camera/camera-preview';
import { useCamera } from '../camera/use-camera';
import { QrCode } from '../view/qr-code';
import { useText } from '../view/locale-context';
import { Outcome } from './command-outcome';
import { useCommand } from './use-command';

/** Shows the device's signing key (made on first use): its fingerprint and a QR code of the public key. */
export function KeyStep({ api }: { api: KioskApi }) {
  const t = useText();
  const [outcome, generate] = useCommand(api['setup.generate-key']);
  return (
    <div>
      <button type="button" data-action="generate-key" onClick={() => void generate({})}>
        {t(SETUP_TEXT.generateKey)}
      </button>
      <Outcome
        outcome={outcome}
        render={(key) => (
          <div class="fingerprint">
            <p>{t(SETUP_TEXT.fingerprint)}</p>
            <code data-field="fingerprint">{key.publicKeyFingerprint}</code>
            <QrCode text={key.publicKeyPem} label={key.publicKeyFingerprint} sizePx={240} />
          </div>
        )}
      />
    </div>
  );
}

/** Lists the readers found with their SAM ids. */
export function ReaderStep({ api }: { api: KioskApi }) {
  const t = useText();
  const [outcome, detect] = useCommand(api['setup.detect-readers']);
  return (
    <div>
      <button type="button" data-action="detect-readers" onClick={() => void detect({})}>
        {t(SETUP_TEXT.detectReaders)}
      </button>
      <Outcome
        outcome={outcome}
        render={({ readers }) =>
          readers.length === 0 ? (
            <p class="problem">{t(SETUP_TEXT.noReaders)}</p>
          ) : (
            <ul data-field="readers">
              {readers.map((r) => (
                <li key={r.path}>{`${r.transport} ${r.path} · SAM ${r.samId ?? '?'}`}</li>
              ))}
            </ul>
          )
        }
      />
    </div>
  );
}

/** Chooses the camera with a live preview. */
export function CameraStep({ api, settings }: { api: KioskApi; settings: UiSettings }) {
  const t = useText();
  const [devices, setDevices] = useState<MediaDeviceInfo[]>([]);
  const [chosen, setChosen] = useState<string | null>(settings.camera.deviceId);
  const camera = useCamera(true, { ...settings.camera, deviceId: chosen }, null);
  const [outcome, save] = useCommand(api['setup.camera']);
  useEffect(() => {
    if (camera.kind === 'on')
      void navigator.mediaDevices.enumerateDevices().then((all) => {
        const cameras = all.filter((d) => d.kind === 'videoinput');
        setDevices(cameras);
        // Labels and ids are only known once a camera is open; preselect the one showing.
        setChosen((current) => current ?? cameras[0]?.deviceId ?? null);
      });
  }, [camera.kind]);
  const label = devices.find((d) => d.deviceId === chosen)?.label ?? '';
  return (
    <div>
      <select
        name="camera"
        value={chosen ?? ''}
        onChange={(e) => setChosen(e.currentTarget.value || null)}
      >
        {devices.map((d) => (
          <option key={d.deviceId} value={d.deviceId}>
            {d.label || d.deviceId}
          </option>
        ))}
      </select>
      <CameraPreview
        stream={camera.kind === 'on' ? camera.stream : null}
        label={t(SETUP_TEXT.camera)}
      />
      <button
        type="button"
        data-action="save-camera"
        disabled={!chosen}
        onClick={() => chosen && void save({ deviceId: chosen, label })}
      >
        {t(SETUP_TEXT.save)}
      </button>
      <Outcome outcome={outcome} />
    </div>
  );
}

/** Runs the self-test and shows each check. */
export function SelfTestStep({ api }: { api: KioskApi }) {
  const t = useText();
  const [outcome, run] = useCommand(api['setup.self-test']);
  return (
    <div>
      <button type="button" data-action="self-test" onClick={() => void run({})}>
        {t(SETUP_TEXT.runSelfTest)}
      </button>
      <Outcome
        outcome={outcome}
        render={({ checks }) => (
          <table data-field="self-test">
            {checks.map((c) => (
              <tr key={c.name} data-ok={String(c.ok)}>
                <th>{c.name}</th>
                <td class={c.ok ? 'good' : 'bad'}>{c.ok ? '✔' : '✘'}</td>
                <td>{c.detail}</td>
              </tr>
            ))}
          </table>
        )}
      />
    </div>
  );
}

/** The form of one step. */
