import { encode } from 'uqr';

/**
 * A QR code drawn as one SVG path on the device: nothing is sent anywhere to make it. The web
 * client's holds a booking code only (no name, no e-mail), for the lobby kiosk to scan; the
 * kiosk's ticket slip holds the address of the ticket's page, for the citizen's phone.
 */
export function QrCode(props: { text: string; label: string; size?: number }) {
  const { data, size } = encode(props.text, { ecc: 'M', border: 2 });
  let path = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    });
  });
  const pixels = props.size ?? 160;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={props.label}
      viewBox={`0 0 ${size} ${size}`}
      width={pixels}
      height={pixels}
      shape-rendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
