// BrowserAssistant: a web page that talks to Voice Live through this server. The page streams microphone audio over
// a WebSocket to /relay; the server holds the Voice Live credential, opens one Voice Live session per page
// connection and streams the reply back. Emulator by default; Azure when AZURE_VOICELIVE_ENDPOINT is set.
using VoiceLive.Samples.BrowserAssistant;

await using var app = RelayApp.Build(args);
await app.RunAsync();
