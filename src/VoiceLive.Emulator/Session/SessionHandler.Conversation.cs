using System;
using System.Text.Json.Nodes;
using System.Threading.Tasks;

namespace VoiceLive.Emulator
{
    /// <summary>Conversation items: user turns from audio, <c>conversation.item.create/retrieve/delete/truncate</c>.</summary>
    internal sealed partial class SessionHandler
    {
        private readonly ConversationStore _conversation = new();

        /// <summary>Turns committed audio into a user item, with transcription events when configured, then optionally a response.</summary>
        private async Task CommitSamplesAsync(short[] samples, int rate, string itemId, bool respond)
        {
            string transcript = EmulatorSpeech.Transcribe(samples, rate);
            var item = new JsonObject
            {
                ["id"] = itemId,
                ["object"] = "realtime.item",
                ["type"] = "message",
                ["status"] = "completed",
                ["role"] = "user",
                ["content"] = new JsonArray(new JsonObject { ["type"] = "input_audio", ["transcript"] = null }),
            };
            string? previous;
            bool transcribe;
            var stored = new ConversationItem(itemId, item) { HeardText = transcript, AudioMs = (int)((long)samples.Length * 1000 / rate) };
            lock (_gate)
            {
                previous = _conversation.Append(stored);
                transcribe = _config.Current["input_audio_transcription"] is JsonObject;
                item = (JsonObject)item.DeepClone();
            }

            JsonObject committed = EmulatorJson.Event("input_audio_buffer.committed");
            committed["previous_item_id"] = previous;
            committed["item_id"] = itemId;
            await SendEventAsync(committed).ConfigureAwait(false);
            await SendItemCreatedAsync(previous, item).ConfigureAwait(false);

            if (transcribe)
            {
                foreach (string word in EmulatorSpeech.SplitWords(transcript))
                {
                    JsonObject delta = EmulatorJson.Event("conversation.item.input_audio_transcription.delta");
                    delta["item_id"] = itemId;
                    delta["content_index"] = 0;
                    delta["delta"] = word;
                    await SendEventAsync(delta).ConfigureAwait(false);
                }

                lock (_gate)
                {
                    stored.Item["content"]![0]!["transcript"] = transcript;
                }

                JsonObject completed = EmulatorJson.Event("conversation.item.input_audio_transcription.completed");
                completed["item_id"] = itemId;
                completed["content_index"] = 0;
                completed["transcript"] = transcript;
                await SendEventAsync(completed).ConfigureAwait(false);
            }

            if (respond)
            {
                await _responses.StartResponseAsync(null, null).ConfigureAwait(false);
            }
        }

        private Task SendItemCreatedAsync(string? previousItemId, JsonObject item)
        {
            return SendEventAsync(EmulatorJson.ItemCreated(previousItemId, item));
        }

        private async Task HandleItemCreateAsync(JsonObject evt, string? eventId)
        {
            if (evt["item"] is not JsonObject request)
            {
                await SendErrorAsync("missing_required_parameter", "Missing required parameter: 'item'.", "item", eventId).ConfigureAwait(false);
                return;
            }

            ConversationItem? item;
            string? failure;
            (item, failure) = BuildItem(request);
            if (item is null)
            {
                await SendErrorAsync("invalid_value", failure!, "item", eventId).ConfigureAwait(false);
                return;
            }

            string? previousId = GetString(evt, "previous_item_id");
            string? previous;
            JsonObject snapshot;
            lock (_gate)
            {
                if (_conversation.Find(item.Id) is not null)
                {
                    failure = $"Item with id '{item.Id}' already exists.";
                    previous = null;
                }
                else if (!_conversation.TryInsert(item, previousId, out previous))
                {
                    failure = $"Previous item with id '{previousId}' not found.";
                }

                snapshot = (JsonObject)item.Item.DeepClone();
            }

            if (failure is not null)
            {
                string param = failure.StartsWith("Previous", StringComparison.Ordinal) ? "previous_item_id" : "item.id";
                await SendErrorAsync("invalid_value", failure, param, eventId).ConfigureAwait(false);
                return;
            }

            await SendItemCreatedAsync(previous, snapshot).ConfigureAwait(false);
        }

        /// <summary>Builds the server form of a request item; input audio is decoded so the responder knows what it says.</summary>
        private (ConversationItem? Item, string? Failure) BuildItem(JsonObject request)
        {
            string? type = GetString(request, "type");
            var item = (JsonObject)request.DeepClone();
            string id = GetString(request, "id") ?? Ids.New("item_");
            item["id"] = id;
            item["object"] = "realtime.item";
            string? heard = null;
            switch (type)
            {
                case "message":
                    string? role = GetString(request, "role");
                    if (role is not ("user" or "assistant" or "system"))
                    {
                        return (null, "item.role must be user, assistant or system.");
                    }

                    if (request["content"] is not JsonArray content)
                    {
                        return (null, "A message item needs a 'content' array.");
                    }

                    item["status"] = "completed";
                    foreach (JsonNode? part in (JsonArray)item["content"]!)
                    {
                        if (part is JsonObject p && GetString(p, "type") == "input_audio")
                        {
                            string? transcript = GetString(p, "transcript");
                            if (transcript is null && GetString(p, "audio") is string audio)
                            {
                                try
                                {
                                    transcript = EmulatorSpeech.Transcribe(DecodeInput(audio), _config.InputRate);
                                }
                                catch (FormatException)
                                {
                                    return (null, "item.content[].audio is not valid base64.");
                                }
                            }

                            p.Remove("audio");
                            p["transcript"] = transcript;
                            heard = transcript;
                        }
                        else if (part is JsonObject t && GetString(t, "text") is string text)
                        {
                            heard = text;
                        }
                    }

                    break;
                case "function_call":
                    if (GetString(request, "name") is null || GetString(request, "call_id") is null)
                    {
                        return (null, "A function_call item needs 'name' and 'call_id'.");
                    }

                    item["status"] = "completed";
                    item["arguments"] ??= "{}";
                    break;
                case "function_call_output":
                    if (GetString(request, "call_id") is null || GetString(request, "output") is null)
                    {
                        return (null, "A function_call_output item needs 'call_id' and 'output'.");
                    }

                    break;
                default:
                    return (null, $"Invalid item type '{type}'; the emulator accepts message, function_call and function_call_output.");
            }

            return (new ConversationItem(id, item) { HeardText = heard }, null);
        }
    }
}
