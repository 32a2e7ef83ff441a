using System;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Tests.Fuzzing
{
    /// <summary>
    /// Hand-picked frames of the kinds the fuzzer generates, pinned as regular cases (and the place for any crashing input
    /// the fuzzer finds): each must give the stated outcome through the real receive path.
    /// </summary>
    public class FuzzRegressionTests
    {
        [Theory]
        [InlineData("{\"type\":\"response.audio.delta\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"!!not base64!!\"}", "typed")] // documented tolerance: bad base64 reads as empty audio
        [InlineData("{\"type\":\"response.audio.delta\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":1e400,\"delta\":\"AAAA\"}", "Malformed")]
        [InlineData("{\"type\":\"response.audio.delta\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":99999999999999999999,\"delta\":\"AAAA\"}", "Malformed")]
        [InlineData("{\"type\":\"response.audio.delta\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":\"zero\",\"delta\":\"AAAA\"}", "Malformed")]
        [InlineData("{\"type\":\"response.done\",\"response\":null}", "any")]
        [InlineData("{\"type\":\"response.done\",\"response\":[1,\"x\"]}", "Malformed")]
        [InlineData("{\"type\":\"session.created\",\"session\":{\"modalities\":{\"unexpected\":1}}}", "Malformed")]
        [InlineData("{\"type\":42}", "Malformed")]
        [InlineData("{\"type\":\"error\",\"type\":\"session.created\"}", "any")]
        [InlineData("{\"type\":\"\"}", "Malformed")]
        [InlineData("{\"type\":\"response.text.delta\"", "Malformed")]
        [InlineData("[{\"type\":\"response.text.delta\"}]", "Malformed")]
        [InlineData("null", "Malformed")]
        [InlineData("", "Malformed")]
        [InlineData("{\"type\":\"future.event\",\"x\":1e400}", "Unknown")]
        public async Task Pinned_frame_gives_the_documented_outcome(string json, string expected)
        {
            await AssertOutcomeAsync(Encoding.UTF8.GetBytes(json), expected);
        }

        [Theory]
        [InlineData(new byte[] { 0xFF })]
        [InlineData(new byte[] { 0xC3, 0x28 })]
        [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
        public async Task Invalid_utf8_inside_the_type_or_a_field_is_a_MalformedServerEvent(byte[] bad)
        {
            byte[] inType = Encoding.UTF8.GetBytes("{\"type\":\"response.text.").Concat(bad).Concat(Encoding.UTF8.GetBytes("delta\"}")).ToArray();
            byte[] inField = Encoding.UTF8.GetBytes("{\"type\":\"response.text.delta\",\"response_id\":\"r\",\"item_id\":\"i\",\"output_index\":0,\"content_index\":0,\"delta\":\"").Concat(bad).Concat(Encoding.UTF8.GetBytes("\"}")).ToArray();

            await AssertOutcomeAsync(inType, "Malformed");
            await AssertOutcomeAsync(inField, "Malformed");
        }

        [Theory]
        [InlineData(63, "Unknown")]
        [InlineData(64, "Malformed")]
        [InlineData(5000, "Malformed")]
        public async Task Nesting_at_and_past_the_depth_limit(int arrays, string expected)
        {
            // The event object is one level; "x" holds the arrays: 1 + arrays levels in all, the limit is 64.
            string json = "{\"type\":\"future.event\",\"x\":" + new string('[', arrays) + new string(']', arrays) + "}";
            await AssertOutcomeAsync(Encoding.UTF8.GetBytes(json), expected);
        }

        private static async Task AssertOutcomeAsync(byte[] frame, string expected)
        {
            ParserFuzzTests.FuzzConnection fuzz = ParserFuzzTests.FuzzConnection.Open();
            try
            {
                string outcome = await fuzz.FeedAsync(frame, fragmentSize: 0);
                if (expected != "any")
                {
                    Assert.StartsWith(expected == "Unknown" ? "UnknownServerEvent" : expected, outcome, StringComparison.Ordinal);
                }
            }
            finally
            {
                await fuzz.DisposeAsync();
            }
        }
    }
}
