// What the slip of a registered worker says, from the deployment's next-steps settings and the
// screen catalog: the same words as the pass screen, never a score, never a password.
import type { KioskConfig } from '../../shared/config/config-schema';
import { WORKER_TEXT } from '../../shared/i18n/catalog-screens';
import { localize, type Locale } from '../../shared/i18n/locale';
import type { SlipContent } from './slip-image';

/** The slip of a registered worker in `locale`; the login rule only where policy allows it on paper. */
export function nextStepsSlip(ui: KioskConfig['ui'], locale: Locale): SlipContent {
  const lines = [
    ...(ui.personalServiceUrl
      ? [localize(WORKER_TEXT.passAddress, { url: ui.personalServiceUrl })[locale]]
      : []),
    ...(ui.slipShowsPasswordRule
      ? [`${WORKER_TEXT.passPassword[locale]}${ui.initialPasswordRule[locale]}`]
      : []),
    WORKER_TEXT.passEmployer[locale],
  ];
  const qrCodes = [
    ...(ui.personalServiceQrText
      ? [
          {
            text: ui.personalServiceQrText,
            caption: ui.personalServiceUrl || ui.personalServiceQrText,
          },
        ]
      : []),
    ...(ui.miniProgramQrText
      ? [{ text: ui.miniProgramQrText, caption: WORKER_TEXT.passMiniProgram[locale] }]
      : []),
  ];
  return { title: WORKER_TEXT.passTitle[locale], lines, qrCodes };
}
