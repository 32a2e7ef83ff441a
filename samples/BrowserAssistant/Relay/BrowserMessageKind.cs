namespace VoiceLive.Samples.BrowserAssistant
{
    /// <summary>What one read from the page produced.</summary>
    public enum BrowserMessageKind
    {
        /// <summary>A binary message: PCM16 audio.</summary>
        Audio,

        /// <summary>A text message: JSON.</summary>
        Json,

        /// <summary>A message over its kind's size limit (the rest of it was not read).</summary>
        TooLarge,

        /// <summary>The page closed the WebSocket.</summary>
        Closed,
    }
}
