/** Setup steps for the platform: the adapter and its credentials, and the worker's next steps. */
import { useState } from 'preact/hooks';
import { SETUP_TEXT } from '../../shared/i18n/catalog-screens-console';
import { SETUP_PLATFORM_TEXT as TEXT } from '../../shared/i18n/catalog-setup-platform';
import type { LocalizedText } from '../../shared/i18n/locale';
import { PLATFORM_NAMES, type PlatformName } from '../../shared/config/upload-platform-schema';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import type { UiSettings } from '../api/ui-settings';
import { useText } from '../view/locale-context';
import { Outcome } from './command-outcome';
import { nextStepsValid, platformRequest } from './platform-form';
import { useCommand } from './use-command';

const ADAPTER_TEXT: Readonly<Record<PlatformName, LocalizedText>> = {
  reference: TEXT.adapterReference,
  'national-standard': TEXT.adapterNationalStandard,
};

function Field(props: {
  name: string;
  label: LocalizedText;
  value: string;
  set: (value: string) => void;
  secret?: boolean;
}) {
  const t = useText();
  const attrs = {
    name: props.name,
    autocomplete: 'off',
    value: props.value,
    onInput: (e: preact.TargetedEvent<HTMLInputElement>) => props.set(e.currentTarget.value),
  };
  return (
    <label>
      {t(props.label)}
      {/* Preact's typings take the input type as a literal, so the two kinds are written out. */}
      {props.secret ? <input type="password" {...attrs} /> : <input type="text" {...attrs} />}
    </label>
  );
}

/** Chooses the adapter; the credentials go to the vault and the fields are cleared once saved. */
export function PlatformStep({ api }: { api: KioskApi }) {
  const t = useText();
  const [platform, setPlatform] = useState<PlatformName>('national-standard');
  const [apiKey, setApiKey] = useState('');
  const [apiSecret, setApiSecret] = useState('');
  const [desKey, setDesKey] = useState('');
  const [outcome, save] = useCommand(api['setup.platform']);
  const request = platformRequest({ platform, apiKey, apiSecret, desKey });
  const submit = async () => {
    if (!request) return;
    await save(request);
    for (const clear of [setApiKey, setApiSecret, setDesKey]) clear('');
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit())}>
      <label>
        {t(TEXT.adapter)}
        <select
          name="platform"
          value={platform}
          onChange={(e) => setPlatform(e.currentTarget.value as PlatformName)}
        >
          {PLATFORM_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(ADAPTER_TEXT[name])}
            </option>
          ))}
        </select>
      </label>
      <p>{t(TEXT.endpointHint)}</p>
      <Field name="apiKey" label={TEXT.apiKey} value={apiKey} set={setApiKey} />
      <Field name="apiSecret" label={TEXT.apiSecret} value={apiSecret} set={setApiSecret} secret />
      <Field name="desKey" label={TEXT.desKey} value={desKey} set={setDesKey} secret />
      <p>{t(TEXT.credentialsHint)}</p>
      {!request && <p class="problem">{t(SETUP_TEXT.invalid)}</p>}
      <button type="submit" disabled={!request}>
        {t(SETUP_TEXT.save)}
      </button>
      <Outcome outcome={outcome} />
    </form>
  );
}

/** The platform address, the QR targets and the login rule the pass screen and the slip show. */
export function NextStepsStep({ api, settings }: { api: KioskApi; settings: UiSettings }) {
  const t = useText();
  const [url, setUrl] = useState(settings.personalServiceUrl);
  const [serviceQr, setServiceQr] = useState(settings.personalServiceQrText);
  const [miniQr, setMiniQr] = useState(settings.miniProgramQrText);
  const [ruleZh, setRuleZh] = useState(settings.initialPasswordRule['zh-CN']);
  const [ruleEn, setRuleEn] = useState(settings.initialPasswordRule.en);
  const [slipHidesRule, setSlipHidesRule] = useState(false);
  const [outcome, save] = useCommand(api['setup.next-steps']);
  const request = {
    personalServiceUrl: url,
    personalServiceQrText: serviceQr,
    miniProgramQrText: miniQr,
    initialPasswordRule: { 'zh-CN': ruleZh, en: ruleEn },
    slipShowsPasswordRule: !slipHidesRule,
  };
  const valid = nextStepsValid(request);
  return (
    <form onSubmit={(e) => (e.preventDefault(), valid && void save(request))}>
      <Field name="personalServiceUrl" label={TEXT.serviceUrl} value={url} set={setUrl} />
      <Field
        name="personalServiceQrText"
        label={TEXT.serviceQr}
        value={serviceQr}
        set={setServiceQr}
      />
      <Field name="miniProgramQrText" label={TEXT.miniProgramQr} value={miniQr} set={setMiniQr} />
      <Field name="ruleZh" label={TEXT.ruleZh} value={ruleZh} set={setRuleZh} />
      <Field name="ruleEn" label={TEXT.ruleEn} value={ruleEn} set={setRuleEn} />
      <label>
        <input
          name="slipHidesRule"
          type="checkbox"
          checked={slipHidesRule}
          onChange={(e) => setSlipHidesRule(e.currentTarget.checked)}
        />
        {t(TEXT.slipHidesRule)}
      </label>
      {!valid && <p class="problem">{t(SETUP_TEXT.invalid)}</p>}
      <button type="submit" disabled={!valid}>
        {t(SETUP_TEXT.save)}
      </button>
      <Outcome outcome={outcome} />
    </form>
  );
}
