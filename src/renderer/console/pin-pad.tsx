/** The login pad: the account name, the PIN on large digit keys, the answer of `operator.login` shown as it comes. */
import { useState } from 'preact/hooks';
import { CONSOLE_TEXT } from '../../shared/i18n/catalog-screens-console';
import type { StaffRole } from '../../shared/kiosk-api/command-roles';
import type { KioskApi } from '../../shared/kiosk-api/kiosk-api';
import { MAX_ACCOUNT_NAME_CHARS, MAX_PIN_DIGITS } from '../../shared/kiosk-api/staff-commands';
import type { Problem } from '../../shared/problem';
import { useText } from '../view/locale-context';

const KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'clear', '0', 'enter'] as const;

/** Asks for the PIN; lockout after wrong PINs is the engine's, the pad shows its problem text. */
export function PinPad(props: {
  api: KioskApi;
  onLogin: (role: StaffRole) => void;
  onClose: () => void;
}) {
  const t = useText();
  const [account, setAccount] = useState('');
  const [pin, setPin] = useState('');
  const [problem, setProblem] = useState<Problem | null>(null);
  const submit = async () => {
    const result = await props.api['operator.login']({ account: account.trim(), pin });
    setPin('');
    if (result.ok) props.onLogin(result.value.role);
    else setProblem(result.error);
  };
  const press = (key: (typeof KEYS)[number]) => {
    if (key === 'clear') return setPin('');
    if (key === 'enter') return void submit();
    if (pin.length < MAX_PIN_DIGITS) setPin(pin + key);
  };
  return (
    <section class="console pin" data-screen="pin">
      <h1>{t(CONSOLE_TEXT.pinPrompt)}</h1>
      <label class="account">
        {t(CONSOLE_TEXT.accountLabel)}
        <input
          name="account"
          autocomplete="off"
          autocapitalize="off"
          spellcheck={false}
          maxLength={MAX_ACCOUNT_NAME_CHARS}
          value={account}
          onInput={(event) => setAccount(event.currentTarget.value)}
        />
      </label>
      <output class="pin-dots" data-length={pin.length}>
        {'●'.repeat(pin.length) || '\u00a0'}
      </output>
      {problem && (
        <p class="problem" role="alert" data-code={problem.code}>
          {t(problem.text)}
        </p>
      )}
      <div class="keys">
        {KEYS.map((key) => (
          <button type="button" key={key} data-key={key} onClick={() => press(key)}>
            {key === 'clear'
              ? t(CONSOLE_TEXT.pinClear)
              : key === 'enter'
                ? t(CONSOLE_TEXT.pinEnter)
                : key}
          </button>
        ))}
      </div>
      <button type="button" data-action="close" onClick={props.onClose}>
        {t(CONSOLE_TEXT.close)}
      </button>
    </section>
  );
}
