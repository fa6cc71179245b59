/** A QR code drawn as SVG squares (uqr encodes; no canvas, no network). */
import { encode } from 'uqr';

/** Renders `text` as a QR code of `sizePx`, with an accessible label. */
export function QrCode({ text, label, sizePx }: { text: string; label: string; sizePx: number }) {
  const { data, size } = encode(text, { border: 2 });
  const cells: preact.JSX.Element[] = [];
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) cells.push(<rect key={`${x}.${y}`} x={x} y={y} width={1} height={1} />);
    }),
  );
  return (
    <svg
      class="qr"
      role="img"
      aria-label={label}
      width={sizePx}
      height={sizePx}
      viewBox={`0 0 ${size} ${size}`}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <g fill="#000">{cells}</g>
    </svg>
  );
}
