/** Preload entry (bundled to dist/preload.cjs): exposes the KioskApi as `window.kiosk`, nothing else. */
import { contextBridge, ipcRenderer } from 'electron';
import { createKioskBridge } from './kiosk-bridge';

contextBridge.exposeInMainWorld('kiosk', createKioskBridge(ipcRenderer));
