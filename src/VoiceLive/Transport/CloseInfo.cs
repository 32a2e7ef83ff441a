namespace VoiceLive
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

        /// <summary>The exception later sends fail with (and the receive side throws, unless the close was normal).</summary>
        public VoiceLiveConnectionClosedException Exception { get; }

        /// <summary>Protocol: 1000 is a normal close; it ends the event stream without an error.</summary>
        public bool IsNormal => Status == 1000;

        public static CloseInfo Create(int status, string? description, System.Exception? inner = null)
            => new CloseInfo(status, description, new VoiceLiveConnectionClosedException(status, description, inner));
    }
}
