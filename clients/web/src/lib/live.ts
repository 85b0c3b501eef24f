// The live connection (graphql-ws) lives in the package the web client shares with the kiosk.
export { liveClient, onReconnect, restartLiveConnection } from '@rathaus/client-shared/live';
