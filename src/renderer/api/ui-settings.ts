/** The worker screens' settings from configuration (`ui.settings`), with safe values until they arrive. */
import type { z } from 'zod';
import type { uiSettingsSchema } from '../../shared/kiosk-api/console-commands';

/** What the screens need from configuration. */
export type UiSettings = z.infer<typeof uiSettingsSchema>;

/** Used until `ui.settings` answers: Chinese, silent, any camera, no service address. */
export const FALLBACK_SETTINGS: UiSettings = {
  locale: 'zh-CN',
  volume: 0,
  personalServiceUrl: '',
  personalServiceQrText: '',
  miniProgramQrText: '',
  initialPasswordRule: { 'zh-CN': '', en: '' },
  camera: { deviceId: null, label: null, width: 1280, height: 720 },
};
