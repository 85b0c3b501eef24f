// The language metadata lives in the package the web client shares with the kiosk.
export * from '@rathaus/client-shared/languages';
