namespace VoiceLive.Transport
{
    /// <summary>How the connection ended: the close status and reason, and whether that counts as a normal end.</summary>
    internal sealed class CloseInfo
    {
        public CloseInfo(int status, string? description, VoiceLiveConnectionClosedException exception)
        {
            Status = status;
            Description = description;
            Exception = exception;
        }

        public int Status { get; }

        public string? Description { get; }

        /// <summary>
        /// The exception that records how the connection ended (observers see it). It is never thrown itself: every caller
        /// gets <see cref="NewException"/>, so concurrent throws do not overwrite one stack trace.
        /// </summary>
        public VoiceLiveConnectionClosedException Exception { get; }

        /// <summary>Protocol: 1000 is a normal close; it ends the event stream without an error.</summary>
        public bool IsNormal => Status == 1000;

        /// <summary>
        /// A fresh exception for one caller: same status, reason, message and <see cref="System.Exception.Data"/>, the
        /// original as its inner exception.
        /// </summary>
        public VoiceLiveConnectionClosedException NewException()
        {
            var fresh = new VoiceLiveConnectionClosedException(Exception.Message, Status, Description, Exception);
            foreach (System.Collections.DictionaryEntry entry in Exception.Data)
            {
                fresh.Data[entry.Key] = entry.Value;
            }

            return fresh;
        }

        public static CloseInfo Create(int status, string? description, System.Exception? inner = null)
            => new CloseInfo(status, description, new VoiceLiveConnectionClosedException(status, description, inner));

        /// <summary>The app itself closed (CloseAsync or DisposeAsync): later sends say so, instead of blaming the service.</summary>
        public static CloseInfo ClosedByApp(int status, string? description)
        {
            string message = $"The app closed this connection (CloseAsync with status {status}); open a new connection to send more.";
            return new CloseInfo(status, description, new VoiceLiveConnectionClosedException(message, status, description, null));
        }
    }
}
