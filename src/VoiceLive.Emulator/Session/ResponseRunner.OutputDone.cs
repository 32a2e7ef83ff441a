using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>
    /// Ending an output item, whether it finished or its response was cancelled or interrupted: the service sends
    /// the same closing events either way (<c>response.audio.done</c>, <c>response.audio_transcript.done</c> or
    /// <c>response.text.done</c>, <c>response.content_part.done</c>, <c>response.output_item.done</c>), and the
    /// usage counts only what was sent.
    /// </summary>
    internal sealed partial class ResponseRunner
    {
        /// <summary>Closes a message item whose text (or transcript) sent is <paramref name="said"/>.</summary>
        private async Task SendMessageDoneAsync(ResponseRun run, ConversationItem stored, JsonObject part, string said, string status)
        {
            run.OutputTextTokens += (said.Length + 3) / 4;
            if (run.AudioOutput)
            {
                run.OutputAudioTokens += run.AudioSentMs / 50;
                await SendEventAsync(ContentEvent("response.audio.done", run, stored.Id)).ConfigureAwait(false);
                JsonObject done = ContentEvent("response.audio_transcript.done", run, stored.Id);
                done["transcript"] = said;
                await SendEventAsync(done).ConfigureAwait(false);
            }
            else
            {
                JsonObject done = ContentEvent("response.text.done", run, stored.Id);
                done["text"] = said;
                await SendEventAsync(done).ConfigureAwait(false);
            }

            await SendPartEventAsync("response.content_part.done", run, stored.Id, part).ConfigureAwait(false);
            await CompleteOutputItemAsync(run, stored, status).ConfigureAwait(false);
        }

        /// <summary>Sends <c>response.output_item.done</c> with the item in its final <paramref name="status"/> (<c>completed</c> or <c>incomplete</c>).</summary>
        private async Task CompleteOutputItemAsync(ResponseRun run, ConversationItem stored, string status)
        {
            JsonObject done = EmulatorJson.Event("response.output_item.done");
            done["response_id"] = run.Id;
            lock (_gate)
            {
                done["output_index"] = run.Output.IndexOf(stored);
                stored.Item["status"] = status;
                done["item"] = stored.Item.DeepClone();
            }

            await SendEventAsync(done).ConfigureAwait(false);
        }
    }
}
