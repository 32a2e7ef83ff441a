using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive.Resources;

namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        // The resources' view of the connection; the members stay internal on the connection itself.
        bool IClientEventSender.InputIsPcm16 => InputIsPcm16;

        ValueTask IClientEventSender.SendAppendAsync(ReadOnlyMemory<byte> audio, string? eventId, CancellationToken cancellationToken)
            => SendAppendAsync(audio, eventId, cancellationToken);

        void IClientEventSender.TrackInputAudioFormat(RequestSession session) => TrackInputAudioFormat(session);

        void IClientEventSender.TrackInputAudioFormat(string? format) => TrackInputAudioFormat(format);
    }
}
