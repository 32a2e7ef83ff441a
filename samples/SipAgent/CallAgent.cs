using System;
using System.Threading;
using System.Threading.Tasks;
using VoiceLive;
using VoiceLive.Emulator;

namespace VoiceLive.Samples.SipAgent
{
    /// <summary>
    /// Handles one answered call on its attached connection: greets the caller, answers one question, then ends the
    /// call the way it was told (transfer or hang up) and follows the <c>realtime.call.*</c> events until the service
    /// closes the connection.
    /// </summary>
    internal sealed class CallAgent
    {
        private readonly VoiceLiveClient _client;
        private readonly VoiceLiveSipClient _sip;
        private readonly bool _emulator;

        public CallAgent(VoiceLiveClient client, VoiceLiveSipClient sip, bool emulator)
        {
            _client = client;
            _sip = sip;
            _emulator = emulator;
        }

        /// <summary>Runs the call; returns its terminal reason.</summary>
        /// <param name="callId">The answered call.</param>
        /// <param name="transferTo">A SIP URI to transfer to after the exchange, or null to hang up.</param>
        /// <param name="cancellationToken">Bounds the call.</param>
        public async Task<SipCallTerminalReason?> RunAsync(string callId, string? transferTo, CancellationToken cancellationToken)
        {
            await using VoiceLiveConnection call = await _client.ConnectToCallAsync(callId, audio: true, cancellationToken);
            int responses = 0;
            int audioBytes = 0;
            SipCallTerminalReason? ended = null;
            await foreach (ServerEvent evt in call.WithCancellation(cancellationToken))
            {
                switch (evt)
                {
                    case ServerEventSessionCreated:
                        await call.Session.UpdateAsync(new RequestSession { TurnDetection = new ServerVad { SilenceDurationMs = 500 }, InputAudioTranscription = new AudioInputTranscriptionOptions(InputAudioTranscriptionModel.Whisper1) }, cancellationToken: cancellationToken);
                        break;

                    case ServerEventRealtimeCallConnected connected:
                        Console.WriteLine($"  call     connected ({connected.State}); greeting the caller");
                        await call.Response.CreateAsync(additionalInstructions: "Greet the caller and ask how you can help.", cancellationToken: cancellationToken);
                        break;

                    case ServerEventResponseAudioDelta audio:
                        audioBytes += audio.Delta.Length;
                        break;

                    case ServerEventResponseAudioTranscriptDone transcript:
                        Console.WriteLine($"  agent    \"{transcript.Transcript}\" ({audioBytes / 48} ms of audio to the caller)");
                        audioBytes = 0;
                        break;

                    case ServerEventConversationItemInputAudioTranscriptionCompleted heard:
                        Console.WriteLine($"  caller   \"{heard.Transcript}\"");
                        break;

                    case ServerEventResponseDone:
                        responses++;
                        if (responses == 1)
                        {
                            await CallerSpeaksAsync(call, cancellationToken);
                        }
                        else if (responses == 2)
                        {
                            await FinishAsync(callId, transferTo, cancellationToken);
                        }

                        break;

                    case ServerEventRealtimeCallTransferSucceeded moved:
                        Console.WriteLine($"  call     transfer {moved.TransferId} succeeded ({moved.SipCode} {moved.Reason})");
                        break;

                    case ServerEventRealtimeCallTransferFailed failed:
                        throw new SampleFailedException($"the transfer failed: {failed.SipCode} {failed.Reason}");

                    case ServerEventRealtimeCallDisconnected disconnected:
                        Console.WriteLine($"  call     disconnected: {disconnected.TerminalReason}");
                        ended = disconnected.TerminalReason;
                        break;

                    case ServerEventError error:
                        throw new SampleFailedException($"server error {error.Error.Code}: {error.Error.Message}");
                }
            }

            // The service closes the call's connection once the call is over, which ends the loop above.
            return ended;
        }

        private async Task CallerSpeaksAsync(VoiceLiveConnection call, CancellationToken cancellationToken)
        {
            if (!_emulator)
            {
                // On a real call the caller speaks on the phone line; the agent only listens.
                return;
            }

            // The emulator has no phone line: the caller's voice is its synthetic speech, sent on the attached
            // connection, with a second of silence so that server VAD ends the turn.
            const string Question = "I would like to talk to billing please";
            byte[] speech = EmulatorAudio.ToBytes(EmulatorSpeech.Synthesize(Question, 24000));
            await call.InputAudioBuffer.AppendAsync(speech, cancellationToken: cancellationToken);
            await call.InputAudioBuffer.AppendAsync(new byte[48000], cancellationToken: cancellationToken);
        }

        private async Task FinishAsync(string callId, string? transferTo, CancellationToken cancellationToken)
        {
            if (transferTo is not null)
            {
                SipReferCallResult transfer = (await _sip.ReferCallAsync(callId, transferTo, cancellationToken)).Value;
                Console.WriteLine($"  rest     refer -> {transferTo}: {transfer.State}, transfer {transfer.TransferId}");
            }
            else
            {
                Azure.Response hangup = await _sip.HangUpCallAsync(callId, "call_completed", cancellationToken);
                Console.WriteLine($"  rest     hangup: {hangup.Status}");
            }
        }
    }
}
