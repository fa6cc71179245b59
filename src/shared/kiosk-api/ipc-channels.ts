/** The Electron IPC channels of the KioskApi: shared by main and preload, which may not import each other. */

/** IPC channel of KioskApi commands (renderer → main). */
export const COMMAND_CHANNEL = 'kiosk:command';

/** IPC channel of KioskApi events (main → renderer). */
export const EVENT_CHANNEL = 'kiosk:event';
