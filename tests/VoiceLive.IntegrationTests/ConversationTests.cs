using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using VoiceLive.Emulator;
using Xunit;

namespace VoiceLive.IntegrationTests
{
    public class ConversationTests
    {
        [Fact]
        public async Task Item_create_retrieve_delete()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Conversation.Item.CreateAsync(new UserMessageItem("Remember the number 42.") { Id = "item_user1" });
            ServerEventConversationItemCreated created = Assert.IsType<ServerEventConversationItemCreated>(await reader.NextAsync());
            Assert.Equal("item_user1", created.Item!.Id);
            ResponseMessageItem createdItem = Assert.IsType<ResponseMessageItem>(created.Item);
            Assert.Equal(MessageRole.User, createdItem.Role);

            await connection.Conversation.Item.CreateAsync(new SystemMessageItem("Be terse.") { Id = "item_sys1" }, previousItemId: "item_user1");
            ServerEventConversationItemCreated second = Assert.IsType<ServerEventConversationItemCreated>(await reader.NextAsync());
            Assert.Equal("item_sys1", second.Item!.Id);
            Assert.Equal("item_user1", second.PreviousItemId);

            await connection.Conversation.Item.RetrieveAsync("item_user1");
            ServerEventConversationItemRetrieved retrieved = Assert.IsType<ServerEventConversationItemRetrieved>(await reader.NextAsync());
            ResponseMessageItem item = Assert.IsType<ResponseMessageItem>(retrieved.Item);
            Assert.Equal("item_user1", item.Id);
            Assert.Equal(MessageRole.User, item.Role);
            Assert.Contains("Remember the number 42.", retrieved.RawJson.ToString());

            await connection.Conversation.Item.DeleteAsync("item_user1");
            ServerEventConversationItemDeleted deleted = Assert.IsType<ServerEventConversationItemDeleted>(await reader.NextAsync());
            Assert.Equal("item_user1", deleted.ItemId);

            // Once deleted it is gone.
            await connection.Conversation.Item.RetrieveAsync("item_user1", eventId: "evt_gone");
            ServerEventError error = Assert.IsType<ServerEventError>(await reader.NextAsync());
            Assert.Equal("item_not_found", error.Error.Code);
            Assert.Equal("evt_gone", error.Error.EventId);
        }

        [Theory]
        [InlineData("retrieve")]
        [InlineData("delete")]
        [InlineData("truncate")]
        public async Task Unknown_item_id_is_an_error_event(string operation)
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            switch (operation)
            {
                case "retrieve":
                    await connection.Conversation.Item.RetrieveAsync("item_nope", eventId: "evt_1");
                    break;
                case "delete":
                    await connection.Conversation.Item.DeleteAsync("item_nope", eventId: "evt_1");
                    break;
                default:
                    await connection.Conversation.Item.TruncateAsync("item_nope", 0, 100, eventId: "evt_1");
                    break;
            }

            ServerEventError error = Assert.IsType<ServerEventError>(await reader.NextAsync());
            Assert.Equal("invalid_request_error", error.Error.Type);
            Assert.Equal("item_not_found", error.Error.Code);
            Assert.Equal("item_id", error.Error.Param);
            Assert.Equal("evt_1", error.Error.EventId);
            Assert.Contains("item_nope", error.Error.Message);
            Assert.True(connection.IsOpen);
        }

        [Fact]
        public async Task Truncating_the_assistant_audio_is_confirmed()
        {
            await using VoiceLiveEmulator emulator = await Harness.StartEmulatorAsync();
            var (connection, reader, _) = await Harness.ConnectReadyAsync(emulator);
            await using VoiceLiveConnection __ = connection;

            await connection.Response.CreateAsync();
            List<ServerEvent> events = await reader.CollectUntilAsync<ServerEventResponseDone>();
            string itemId = events.OfType<ServerEventResponseOutputItemAdded>().Single().Item!.Id!;

            await connection.Conversation.Item.TruncateAsync(itemId, 0, 120);
            ServerEventConversationItemTruncated truncated = Assert.IsType<ServerEventConversationItemTruncated>(await reader.NextAsync());
            Assert.Equal(itemId, truncated.ItemId);
            Assert.Equal(0, truncated.ContentIndex);
            Assert.Equal(120, truncated.AudioEndMs);

            // Past the end of the audio is refused.
            await connection.Conversation.Item.TruncateAsync(itemId, 0, 600_000, eventId: "too_far");
            ServerEventError error = Assert.IsType<ServerEventError>(await reader.NextAsync());
            Assert.Equal("audio_end_ms", error.Error.Param);
            Assert.Equal("too_far", error.Error.EventId);
        }
    }
}
