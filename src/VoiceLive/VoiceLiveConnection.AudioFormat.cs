using System;
using System.Threading;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        // The session's input_audio_format as last seen on the wire (session.created/updated, or the app's own
        // session.update); null until then, which is the service's default, pcm16.
        private string? _inputAudioFormat;

        /// <summary>True while the session's input audio is 16-bit PCM, so an append must hold whole samples.</summary>
        internal bool InputIsPcm16
        {
            get
            {
                string? format = Volatile.Read(ref _inputAudioFormat);
                return format is null || string.Equals(format, "pcm16", StringComparison.OrdinalIgnoreCase);
            }
        }

        /// <summary>Follows the session's input audio format from what the service reports.</summary>
        private void TrackInputAudioFormat(ServerEvent evt)
        {
            ResponseSession? session = evt switch
            {
                ServerEventSessionUpdated updated => updated.Session,
                ServerEventSessionCreated created => created.Session,
                _ => null,
            };
            if (session?.InputAudioFormat is InputAudioFormat format)
            {
                Volatile.Write(ref _inputAudioFormat, format.ToString());
            }
        }

        /// <summary>Follows the app's own <c>session.update</c>: appends sent before the service confirms it are already in the new format.</summary>
        internal void TrackInputAudioFormat(RequestSession session)
        {
            if (session.InputAudioFormat is InputAudioFormat format)
            {
                Volatile.Write(ref _inputAudioFormat, format.ToString());
            }
        }

        /// <summary>Follows the app's own <c>session.update</c> given as JSON (its <c>input_audio_format</c>, when present).</summary>
        internal void TrackInputAudioFormat(string? format)
        {
            if (format is not null)
            {
                Volatile.Write(ref _inputAudioFormat, format);
            }
        }
    }
}
