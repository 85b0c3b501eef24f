// The QR code is drawn by the package the web client shares with the kiosk.
export { QrCode } from '@rathaus/client-shared/qr-code';
