/** The live camera picture, mirrored like a looking glass, with an oval the face should fill. */
import { useEffect, useRef, useState } from 'preact/hooks';

/** Shows `stream` with the oval guide; an empty dark box while the camera starts. */
export function CameraPreview({ stream, label }: { stream: MediaStream | null; label: string }) {
  const video = useRef<HTMLVideoElement>(null);
  const [showing, setShowing] = useState(false);
  useEffect(() => {
    setShowing(false);
    if (video.current) video.current.srcObject = stream;
  }, [stream]);
  // data-showing tells staff tooling and the e2e tests that pictures arrive, not just a stream.
  return (
    <div class="preview" aria-label={label} data-showing={String(showing)}>
      <video ref={video} autoplay muted playsInline onLoadedData={() => setShowing(true)} />
      <svg class="oval" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true">
        <ellipse cx="50" cy="48" rx="24" ry="38" />
      </svg>
    </div>
  );
}
