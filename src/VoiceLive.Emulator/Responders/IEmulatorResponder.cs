using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// The emulator's "model": decides, for each response, what the assistant says (streamed as
    /// <c>response.audio.delta</c>/<c>response.audio_transcript.delta</c> or <c>response.text.delta</c>) or which
    /// function it calls (a <c>function_call</c> item with <c>response.function_call_arguments.delta</c>/<c>.done</c>).
    /// Plug your own into <see cref="VoiceLiveEmulatorOptions.Responder"/>; <see cref="DefaultEmulatorResponder"/> is used otherwise.
    /// </summary>
    public interface IEmulatorResponder
    {
        /// <summary>Chooses the reply for one response.</summary>
        /// <param name="context">What the session and conversation look like when the response starts.</param>
        /// <param name="cancellationToken">Cancelled when the response is cancelled or the connection ends.</param>
        /// <returns>The reply.</returns>
        ValueTask<EmulatorReply> RespondAsync(EmulatorResponderContext context, CancellationToken cancellationToken);
    }
}
