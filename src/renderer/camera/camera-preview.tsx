/** The live camera picture, mirrored like a looking glass, with an oval the face should fill. */
import { useEffect, useRef } from 'preact/hooks';

/** Shows `stream` with the oval guide; an empty dark box while the camera starts. */
export function CameraPreview({ stream, label }: { stream: MediaStream | null; label: string }) {
  const video = useRef<HTMLVideoElement>(null);
  useEffect(() => {
    if (video.current) video.current.srcObject = stream;
  }, [stream]);
  return (
    <div class="preview" aria-label={label}>
      <video ref={video} autoplay muted playsInline />
      <svg class="oval" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        <ellipse cx="50" cy="48" rx="24" ry="38" />
      </svg>
    </div>
  );
}
