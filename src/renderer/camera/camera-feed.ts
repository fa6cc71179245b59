/**
 * The renderer's camera: opens the configured device with getUserMedia and turns the current video
 * picture into a JPEG frame for `frame.submit`, downscaled so the engine gets what it can use.
 */
import type { Frame } from '../../shared/kiosk-api/frame';

/** Which camera and size configuration asks for. */
export interface CameraChoice {
  readonly deviceId: string | null;
  readonly width: number;
  readonly height: number;
}

/** An open camera. */
export interface CameraFeed {
  readonly stream: MediaStream;
  /** The current picture as a JPEG frame, or null before the first picture arrives. */
  grab(): Promise<Frame | null>;
  close(): void;
}

/** The widest frame sent to the engine; its detector works at 640 px. */
const SEND_WIDTH_PX = 640;
const JPEG_QUALITY = 0.85;

/** Opens the camera; rejects when there is no camera or permission is refused. */
export async function openCamera(choice: CameraChoice): Promise<CameraFeed> {
  const stream = await navigator.mediaDevices.getUserMedia({
    audio: false,
    video: {
      ...(choice.deviceId ? { deviceId: { exact: choice.deviceId } } : {}),
      width: { ideal: choice.width },
      height: { ideal: choice.height },
    },
  });
  const video = document.createElement('video');
  video.muted = true;
  video.playsInline = true;
  video.srcObject = stream;
  await video.play();
  const canvas = document.createElement('canvas');
  const context = canvas.getContext('2d');

  async function grab(): Promise<Frame | null> {
    if (!context || video.videoWidth === 0) return null;
    const scale = Math.min(1, SEND_WIDTH_PX / video.videoWidth);
    canvas.width = Math.round(video.videoWidth * scale);
    canvas.height = Math.round(video.videoHeight * scale);
    context.drawImage(video, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) =>
      canvas.toBlob(resolve, 'image/jpeg', JPEG_QUALITY),
    );
    if (!blob) return null;
    const data = new Uint8Array(await blob.arrayBuffer());
    return { width: canvas.width, height: canvas.height, format: 'jpeg', data };
  }

  return {
    stream,
    grab,
    close: () => {
      for (const track of stream.getTracks()) track.stop();
      video.srcObject = null;
    },
  };
}
