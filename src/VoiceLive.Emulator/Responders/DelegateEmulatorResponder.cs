using System;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>An <see cref="IEmulatorResponder"/> made from a function, for tests: <c>new DelegateEmulatorResponder(ctx =&gt; EmulatorReply.Say("Hi"))</c>.</summary>
    public sealed class DelegateEmulatorResponder : IEmulatorResponder
    {
        private readonly Func<EmulatorResponderContext, EmulatorReply> _respond;

        /// <summary>Wraps <paramref name="respond"/>.</summary>
        /// <param name="respond">Returns the reply for a context.</param>
        public DelegateEmulatorResponder(Func<EmulatorResponderContext, EmulatorReply> respond)
        {
            _respond = respond ?? throw new ArgumentNullException(nameof(respond));
        }

        /// <inheritdoc />
        public ValueTask<EmulatorReply> RespondAsync(EmulatorResponderContext context, CancellationToken cancellationToken)
        {
            return new ValueTask<EmulatorReply>(_respond(context));
        }
    }
}
