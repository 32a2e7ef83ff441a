using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Logging;

namespace VoiceLive
{
    /// <summary>
    /// One Voice Live connection as a MEAI <see cref="IRealtimeClientSession"/>. It is the connection's only reader:
    /// <see cref="GetStreamingResponseAsync"/> reads every server event and maps it (see <see cref="ServerEventMapper"/>);
    /// <see cref="SendAsync"/> maps every MEAI client message onto the typed client events, and sends a
    /// <see cref="ClientEvent"/> (or raw JSON) given as <see cref="RealtimeClientMessage.RawRepresentation"/> unchanged.
    /// </summary>
    internal sealed class VoiceLiveRealtimeClientSession : IRealtimeClientSession
    {
        /// <summary>What the model gets as the output of a call whose result cannot be serialized.</summary>
        internal const string UnserializableResultOutput = "Error: the function result could not be serialized to JSON.";

        private readonly VoiceLiveConnection _connection;
        private readonly ChatClientMetadata _metadata;
        private readonly ILogger _logger;
        private readonly ResponseCreateGate _gate = new ResponseCreateGate();
        private RealtimeSessionOptions? _options;
        private OutputAudioFormat? _outputAudioFormat;
        private int _reading;

        public VoiceLiveRealtimeClientSession(VoiceLiveConnection connection, RealtimeSessionOptions? options, ChatClientMetadata metadata, ILogger logger)
        {
            _connection = connection;
            _options = options;
            _metadata = metadata;
            _logger = logger;
        }

        /// <summary>
        /// The options the session was created with, merged with every <see cref="SessionUpdateRealtimeClientMessage"/>
        /// sent since (unset properties keep their value, as on the service). The <see cref="AITool"/> objects are the
        /// caller's own, which is where function invocation middleware finds the functions to invoke.
        /// </summary>
        public RealtimeSessionOptions? Options => Volatile.Read(ref _options);

        /// <summary>
        /// Sends <paramref name="message"/>: <see cref="CreateConversationItemRealtimeClientMessage"/> as
        /// <c>conversation.item.create</c> (one per function call or output, one for the message),
        /// <see cref="CreateResponseRealtimeClientMessage"/> as <c>response.create</c> (held while a response is active, see
        /// <see cref="ResponseCreateGate"/>), <see cref="InputAudioBufferAppendRealtimeClientMessage"/> as
        /// <c>input_audio_buffer.append</c>, <see cref="InputAudioBufferCommitRealtimeClientMessage"/> as
        /// <c>input_audio_buffer.commit</c> and <see cref="SessionUpdateRealtimeClientMessage"/> as <c>session.update</c>.
        /// A <see cref="ClientEvent"/>, JSON string or <see cref="BinaryData"/> in <see cref="RealtimeClientMessage.RawRepresentation"/>
        /// is sent as it is, whatever the message type. <see cref="RealtimeClientMessage.MessageId"/> becomes the <c>event_id</c>.
        /// Safe to call from many tasks at once.
        /// </summary>
        /// <exception cref="NotSupportedException">A message type with no Voice Live event and no raw representation.</exception>
        /// <exception cref="ArgumentException">Content or options Voice Live cannot express.</exception>
        public async Task SendAsync(RealtimeClientMessage message, CancellationToken cancellationToken = default)
        {
            if (message is null)
            {
                throw new ArgumentNullException(nameof(message));
            }

            switch (message.RawRepresentation)
            {
                case ClientEvent clientEvent:
                    await _connection.SendAsync(clientEvent, cancellationToken).ConfigureAwait(false);
                    return;
                case string json:
                    await _connection.SendRawAsync(json, cancellationToken).ConfigureAwait(false);
                    return;
                case BinaryData data:
                    await _connection.SendRawAsync(data, cancellationToken).ConfigureAwait(false);
                    return;
                case null:
                    break;
                default:
                    throw new ArgumentException(
                        $"RawRepresentation is a {message.RawRepresentation.GetType().FullName}; the Voice Live provider sends a VoiceLive.ClientEvent, a JSON string or BinaryData.",
                        nameof(message));
            }

            switch (message)
            {
                case CreateConversationItemRealtimeClientMessage create:
                    List<ConversationRequestItem> items = ConversationItemMapper.ToRequestItems(create.Item, OutputOf);
                    for (int i = 0; i < items.Count; i++)
                    {
                        // The message id names the first event; an id may be used once.
                        string? eventId = i == 0 ? create.MessageId : null;
                        await _connection.Conversation.Item.CreateAsync(items[i], eventId: eventId, cancellationToken: cancellationToken).ConfigureAwait(false);
                    }

                    return;
                case CreateResponseRealtimeClientMessage response:
                    await SendResponseCreateAsync(ResponseCreateMapper.ToClientEvent(response, OutputOf), cancellationToken).ConfigureAwait(false);
                    return;
                case InputAudioBufferAppendRealtimeClientMessage append:
                    if (append.Content is null)
                    {
                        throw new ArgumentException("The append message has no audio content.", nameof(message));
                    }

                    await _connection.InputAudioBuffer.AppendAsync(append.Content.Data, append.MessageId, cancellationToken).ConfigureAwait(false);
                    return;
                case InputAudioBufferCommitRealtimeClientMessage commit:
                    await _connection.InputAudioBuffer.CommitAsync(commit.MessageId, cancellationToken).ConfigureAwait(false);
                    return;
                case SessionUpdateRealtimeClientMessage update:
                    if (update.Options is null)
                    {
                        throw new ArgumentException("The session update has no options.", nameof(message));
                    }

                    RequestSession session = SessionOptionsMapper.ToRequestSession(update.Options);
                    await _connection.Session.UpdateAsync(session, update.MessageId, cancellationToken).ConfigureAwait(false);
                    MergeOptions(update.Options);
                    return;
                default:
                    throw new NotSupportedException(
                        $"{message.GetType().Name} has no Voice Live client event; put a VoiceLive.ClientEvent (for example ClientEventResponseCancel) in its RawRepresentation.");
            }
        }

        /// <summary>
        /// Reads the connection's events until it closes (normally: the sequence ends; otherwise the close exception is
        /// thrown) and yields each as a MEAI message. A <c>response.create</c> held back for the active response is sent
        /// when its <c>response.done</c> is read, before that message is yielded. Cancelling stops the read; the
        /// connection stays usable and a new enumeration goes on with the next event.
        /// </summary>
        /// <exception cref="InvalidOperationException">Another enumeration of this session is running.</exception>
        public async IAsyncEnumerable<RealtimeServerMessage> GetStreamingResponseAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            if (Interlocked.CompareExchange(ref _reading, 1, 0) != 0)
            {
                throw new InvalidOperationException("GetStreamingResponseAsync is already being enumerated on this session; a session has one reader.");
            }

            try
            {
                while (true)
                {
                    ServerEvent? serverEvent = await _connection.ReceiveAsync(cancellationToken).ConfigureAwait(false);
                    if (serverEvent is null)
                    {
                        yield break;
                    }

                    await FollowAsync(serverEvent, cancellationToken).ConfigureAwait(false);
                    yield return ServerEventMapper.ToMessage(serverEvent, _outputAudioFormat);
                }
            }
            finally
            {
                Volatile.Write(ref _reading, 0);
            }
        }

        /// <summary>Returns the <see cref="VoiceLiveConnection"/>, the provider's <see cref="ChatClientMetadata"/>, or this session.</summary>
        public object? GetService(Type serviceType, object? serviceKey = null)
        {
            if (serviceType is null)
            {
                throw new ArgumentNullException(nameof(serviceType));
            }

            if (serviceKey is not null)
            {
                return null;
            }

            if (serviceType == typeof(VoiceLiveConnection))
            {
                return _connection;
            }

            if (serviceType == typeof(ChatClientMetadata))
            {
                return _metadata;
            }

            return serviceType.IsInstanceOfType(this) ? this : null;
        }

        /// <summary>Closes the connection (a normal close) and releases it.</summary>
        public ValueTask DisposeAsync() => _connection.DisposeAsync();

        private async Task SendResponseCreateAsync(ClientEventResponseCreate create, CancellationToken cancellationToken)
        {
            // The gate matches the service's refusal to the create by its event id.
            create.EventId ??= "meai_" + Guid.NewGuid().ToString("N");
            if (!_gate.TryPass(create))
            {
                RealtimeLog.ResponseCreateHeld(_logger);
                return;
            }

            try
            {
                await _connection.SendAsync(create, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                _gate.Forget(create);
                throw;
            }
        }

        private async Task FollowAsync(ServerEvent serverEvent, CancellationToken cancellationToken)
        {
            switch (serverEvent)
            {
                case ServerEventSessionCreated created:
                    _outputAudioFormat = created.Session.OutputAudioFormat ?? _outputAudioFormat;
                    break;
                case ServerEventSessionUpdated updated:
                    _outputAudioFormat = updated.Session.OutputAudioFormat ?? _outputAudioFormat;
                    break;
            }

            switch (_gate.OnReceived(serverEvent, out ClientEventResponseCreate? release, out int heldCount))
            {
                case ResponseCreateGate.Release.Send:
                    RealtimeLog.ResponseCreateReleased(_logger, heldCount);
                    try
                    {
                        await _connection.SendAsync(release!, cancellationToken).ConfigureAwait(false);
                    }
                    catch
                    {
                        _gate.Forget(release!);
                        throw;
                    }

                    break;
                case ResponseCreateGate.Release.Dropped:
                    RealtimeLog.ResponseCreateDropped(_logger, heldCount);
                    break;
            }
        }

        private void MergeOptions(RealtimeSessionOptions update)
        {
            while (true)
            {
                RealtimeSessionOptions? current = Volatile.Read(ref _options);
                RealtimeSessionOptions merged = SessionOptionsMapper.Merge(current, update);
                if (Interlocked.CompareExchange(ref _options, merged, current) == current)
                {
                    return;
                }
            }
        }

        private string OutputOf(FunctionResultContent result)
        {
            switch (result.Result)
            {
                case null:
                    return string.Empty;
                case string text:
                    return text;
                case JsonElement { ValueKind: JsonValueKind.String } element:
                    // A function that returns a string (AIFunctionFactory makes it a JSON string): the model gets the text.
                    return element.GetString()!;
                default:
                    try
                    {
                        return JsonSerializer.Serialize(result.Result, ProviderJson.Options.GetTypeInfo(typeof(object)));
                    }
                    catch (Exception ex)
                    {
                        // Whatever serializing the result throws (a cycle, a getter that throws, a type with no contract),
                        // the model gets an error output and the session goes on.
                        RealtimeLog.FunctionResultNotSerializable(_logger, result.CallId, ex);
                        return UnserializableResultOutput;
                    }
            }
        }
    }
}
