/** The wizard step where a logged-in technician adds operator accounts (name and a new PIN). */
import { useState } from 'preact/hooks';
import { SETUP_TEXT } from '../../shared/i18n/catalog-screens-console';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import {
  accountNameSchema,
  MAX_ACCOUNT_NAME_CHARS,
  MAX_PIN_DIGITS,
  pinSchema,
} from '../../shared/kiosk-api/staff-commands';
import { useText } from '../view/locale-context';
import { Outcome } from './command-outcome';
import { useCommand } from './use-command';

/** Adds one operator per save; the PIN rules are the engine's, its refusal is shown as given. */
export function OperatorsStep({ api }: { api: KioskApi }) {
  const t = useText();
  const [name, setName] = useState('');
  const [pin, setPin] = useState('');
  const [outcome, add] = useCommand(api['staff.add-operator']);
  const valid = accountNameSchema.safeParse(name).success && pinSchema.safeParse(pin).success;
  const submit = async () => {
    await add({ name, pin });
    // The PIN is not kept on screen, whatever the answer.
    setPin('');
  };
  return (
    <form onSubmit={(e) => (e.preventDefault(), void submit())}>
      <p>{t(SETUP_TEXT.operatorsHint)}</p>
      <label>
        {t(SETUP_TEXT.operatorName)}
        <input
          name="operatorName"
          autocomplete="off"
          maxLength={MAX_ACCOUNT_NAME_CHARS}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </label>
      <label>
        {t(SETUP_TEXT.operatorPin)}
        <input
          name="operatorPin"
          type="password"
          inputMode="numeric"
          autocomplete="new-password"
          maxLength={MAX_PIN_DIGITS}
          value={pin}
          onInput={(e) => setPin(e.currentTarget.value)}
        />
      </label>
      <button type="submit" disabled={!valid}>
        {t(SETUP_TEXT.addOperator)}
      </button>
      <Outcome outcome={outcome} render={(value) => `${t(SETUP_TEXT.saved)}: ${value.name}`} />
    </form>
  );
}
