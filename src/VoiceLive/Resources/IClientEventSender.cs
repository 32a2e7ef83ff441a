using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Resources
{
    /// <summary>
    /// What the typed resources need of a connection: send an event, send the app's raw JSON, send an audio append on
    /// the allocation-free path, and follow the input audio format the app asks for. Resources depend on this, not on
    /// <see cref="VoiceLiveConnection"/>, so they can be read (and tested) without the transport and the reader behind it.
    /// </summary>
    internal interface IClientEventSender
    {
        /// <summary>True while the session's input audio is 16-bit PCM, so an append must hold whole samples.</summary>
        bool InputIsPcm16 { get; }

        /// <summary>Serialises and sends one typed client event.</summary>
        ValueTask SendAsync(ClientEvent clientEvent, CancellationToken cancellationToken);

        /// <summary>Sends one client event given as UTF-8 JSON, as it is.</summary>
        ValueTask SendRawAsync(BinaryData json, CancellationToken cancellationToken);

        /// <summary>Sends <c>input_audio_buffer.append</c> written straight into the pooled send buffer.</summary>
        ValueTask SendAppendAsync(ReadOnlyMemory<byte> audio, string? eventId, CancellationToken cancellationToken);

        /// <summary>Follows the app's own <c>session.update</c>: appends sent before the service confirms it are in the new format.</summary>
        void TrackInputAudioFormat(RequestSession session);

        /// <summary>Follows the app's own <c>session.update</c> given as JSON (its <c>input_audio_format</c>, when present).</summary>
        void TrackInputAudioFormat(string? format);
    }
}
