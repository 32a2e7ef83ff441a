using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Streams one response's output in the service's order: <c>output_item.added</c>, <c>conversation.item.created</c>,
    /// <c>content_part.added</c>, audio and transcript (or text) deltas, their <c>.done</c> events, <c>content_part.done</c>,
    /// <c>output_item.done</c>; or the function-call variant. Each method returns false when a fault ended the connection (<see cref="FaultPlan.AfterDeltaAsync"/>).
    /// </summary>
    internal sealed partial class ResponseRunner
    {
        private async Task<bool> StreamMessageAsync(ResponseRun run, string text)
        {
            CancellationToken ct = run.Cancellation.Token;
            ConversationItem stored = await AddOutputItemAsync(run, new JsonObject
            {
                ["type"] = "message",
                ["status"] = "in_progress",
                ["role"] = "assistant",
                ["content"] = new JsonArray(),
            }).ConfigureAwait(false);
            stored.SpokenText = text;
            string itemId = stored.Id;
            JsonObject part = run.AudioOutput
                ? new JsonObject { ["type"] = "audio", ["transcript"] = string.Empty }
                : new JsonObject { ["type"] = "text", ["text"] = string.Empty };
            lock (_gate)
            {
                ((JsonArray)stored.Item["content"]!).Add(part);
            }

            await SendPartEventAsync("response.content_part.added", run, itemId, part).ConfigureAwait(false);
            string field = run.AudioOutput ? "transcript" : "text";
            string sofar = string.Empty;
            var words = EmulatorSpeech.WordTimings(text);
            int nextWord = 0;

            async Task SendWordAsync()
            {
                JsonObject delta = ContentEvent(run.AudioOutput ? "response.audio_transcript.delta" : "response.text.delta", run, itemId);
                delta["delta"] = words[nextWord].Word;
                sofar += words[nextWord].Word;
                nextWord++;
                lock (_gate)
                {
                    part[field] = sofar;
                }

                await SendEventAsync(delta).ConfigureAwait(false);
            }

            try
            {
                if (run.AudioOutput)
                {
                    int rate = EmulatorAudio.SampleRateOf(run.OutputAudioFormat);
                    byte[] audio = EmulatorAudio.Encode(EmulatorSpeech.Synthesize(text, rate), run.OutputAudioFormat);
                    int bytesPerMs = rate / 1000 * (run.OutputAudioFormat.StartsWith("g711", StringComparison.Ordinal) ? 1 : 2);
                    int chunkMs = Math.Max(10, _options.AudioChunkMs);
                    int totalMs = audio.Length / bytesPerMs;
                    lock (_gate)
                    {
                        stored.AudioMs = totalMs;
                    }

                    long start = _options.TimeProvider.GetTimestamp();
                    for (int chunk = 0; chunk * chunkMs < totalMs; chunk++)
                    {
                        while (nextWord < words.Count && words[nextWord].StartMs < (chunk + 1) * chunkMs)
                        {
                            await SendWordAsync().ConfigureAwait(false);
                        }

                        if (_pacing == EmulatorAudioPacing.RealTime)
                        {
                            TimeSpan wait = TimeSpan.FromMilliseconds(chunk * chunkMs) - _options.TimeProvider.GetElapsedTime(start);
                            if (wait > TimeSpan.Zero)
                            {
                                await Task.Delay(wait, _options.TimeProvider, ct).ConfigureAwait(false);
                            }
                        }

                        ct.ThrowIfCancellationRequested();
                        int offset = chunk * chunkMs * bytesPerMs;
                        JsonObject delta = ContentEvent("response.audio.delta", run, itemId);
                        delta["delta"] = Convert.ToBase64String(audio, offset, Math.Min(chunkMs * bytesPerMs, audio.Length - offset));
                        await SendEventAsync(delta).ConfigureAwait(false);
                        run.AudioSentMs = Math.Min((chunk + 1) * chunkMs, totalMs);
                        if (!await _faults.AfterDeltaAsync(chunk == 0).ConfigureAwait(false))
                        {
                            return false;
                        }
                    }
                }

                while (nextWord < words.Count)
                {
                    ct.ThrowIfCancellationRequested();
                    await SendWordAsync().ConfigureAwait(false);
                    if (!await _faults.AfterDeltaAsync(nextWord == 1 && !run.AudioOutput).ConfigureAwait(false))
                    {
                        return false;
                    }
                }
            }
            catch (OperationCanceledException) when (run.CancelReason is not null && !IsGone)
            {
                // Protocol: a cancelled (or interrupted) response still closes its item, with what was said so far.
                await SendMessageDoneAsync(run, stored, part, sofar, "incomplete").ConfigureAwait(false);
                throw;
            }

            await SendMessageDoneAsync(run, stored, part, text, "completed").ConfigureAwait(false);
            return true;
        }

        /// <summary>Streams each call as its own <c>function_call</c> output item of the response, in order.</summary>
        private async Task<bool> StreamFunctionCallsAsync(ResponseRun run, IReadOnlyList<EmulatorFunctionCall> calls)
        {
            foreach (EmulatorFunctionCall call in calls)
            {
                if (!await StreamFunctionCallAsync(run, call.Name, call.Arguments).ConfigureAwait(false))
                {
                    return false;
                }
            }

            return true;
        }

        private async Task<bool> StreamFunctionCallAsync(ResponseRun run, string name, string arguments)
        {
            string callId = Ids.New("call_");
            ConversationItem stored = await AddOutputItemAsync(run, new JsonObject
            {
                ["type"] = "function_call",
                ["status"] = "in_progress",
                ["name"] = name,
                ["call_id"] = callId,
                ["arguments"] = string.Empty,
            }).ConfigureAwait(false);
            int outputIndex = run.Output.IndexOf(stored);
            const int ChunkChars = 8;
            int sent = 0;
            try
            {
                for (int offset = 0; offset < arguments.Length; offset += ChunkChars)
                {
                    run.Cancellation.Token.ThrowIfCancellationRequested();
                    JsonObject delta = EmulatorJson.Event("response.function_call_arguments.delta");
                    delta["response_id"] = run.Id;
                    delta["item_id"] = stored.Id;
                    delta["output_index"] = outputIndex;
                    delta["call_id"] = callId;
                    delta["delta"] = arguments.Substring(offset, Math.Min(ChunkChars, arguments.Length - offset));
                    sent = Math.Min(offset + ChunkChars, arguments.Length);
                    lock (_gate)
                    {
                        stored.Item["arguments"] = arguments.Substring(0, sent);
                    }

                    await SendEventAsync(delta).ConfigureAwait(false);
                    if (!await _faults.AfterDeltaAsync(offset == 0).ConfigureAwait(false))
                    {
                        return false;
                    }
                }

                run.Cancellation.Token.ThrowIfCancellationRequested();
            }
            catch (OperationCanceledException) when (run.CancelReason is not null && !IsGone)
            {
                // Protocol: a cancelled response still closes the call's item, incomplete, with the arguments sent so far.
                run.OutputTextTokens += (sent + 3) / 4;
                await CompleteOutputItemAsync(run, stored, "incomplete").ConfigureAwait(false);
                throw;
            }

            JsonObject done = EmulatorJson.Event("response.function_call_arguments.done");
            done["response_id"] = run.Id;
            done["item_id"] = stored.Id;
            done["output_index"] = outputIndex;
            done["call_id"] = callId;
            done["name"] = name;
            done["arguments"] = arguments;
            lock (_gate)
            {
                stored.Item["arguments"] = arguments;
            }

            await SendEventAsync(done).ConfigureAwait(false);
            run.OutputTextTokens += (arguments.Length + 3) / 4;
            await CompleteOutputItemAsync(run, stored, "completed").ConfigureAwait(false);
            return true;
        }

        private async Task<ConversationItem> AddOutputItemAsync(ResponseRun run, JsonObject item)
        {
            string itemId = Ids.New("item_");
            var full = new JsonObject { ["id"] = itemId, ["object"] = "realtime.item" };
            foreach (var (key, value) in item)
            {
                full[key] = value?.DeepClone();
            }

            var stored = new ConversationItem(itemId, full);
            string? previous;
            JsonObject snapshot;
            lock (_gate)
            {
                previous = _conversation.Append(stored);
                run.Output.Add(stored);
                snapshot = (JsonObject)full.DeepClone();
            }

            JsonObject added = EmulatorJson.Event("response.output_item.added");
            added["response_id"] = run.Id;
            added["output_index"] = run.Output.Count - 1;
            added["item"] = snapshot;
            await SendEventAsync(added).ConfigureAwait(false);
            await SendItemCreatedAsync(previous, (JsonObject)snapshot.DeepClone()).ConfigureAwait(false);
            return stored;
        }

        private Task SendPartEventAsync(string type, ResponseRun run, string itemId, JsonObject part)
        {
            JsonObject evt = ContentEvent(type, run, itemId);
            lock (_gate)
            {
                evt["part"] = part.DeepClone();
            }

            return SendEventAsync(evt);
        }

        private static JsonObject ContentEvent(string type, ResponseRun run, string itemId)
        {
            JsonObject evt = EmulatorJson.Event(type);
            evt["response_id"] = run.Id;
            evt["item_id"] = itemId;
            evt["output_index"] = 0;
            evt["content_index"] = 0;
            return evt;
        }
    }
}
