using System;
using System.Net.WebSockets;
using System.Text;

namespace VoiceLive.Emulator
{
    /// <summary>The bad frames the one-shot frame faults send (malformed, unknown, binary, oversized, invalid UTF-8, deep).</summary>
    internal static class FaultFrames
    {
        /// <summary>The frame <paramref name="faults"/> sends, or null when its kind sends none.</summary>
        public static byte[]? For(EmulatorFaults faults, out WebSocketMessageType type)
        {
            type = WebSocketMessageType.Text;
            switch (faults.Kind)
            {
                case EmulatorFaultKind.MalformedJson:
                    return Encoding.UTF8.GetBytes("{\"type\":\"response.done\",\"event_id\":\"" + Ids.New("event_") + "\",\"response\":{\"id\":\"resp_");
                case EmulatorFaultKind.UnknownEvent:
                    return Encoding.UTF8.GetBytes("{\"type\":\"emulator.unknown_event\",\"event_id\":\"" + Ids.New("event_") + "\",\"payload\":{\"answer\":42}}");
                case EmulatorFaultKind.BinaryFrame:
                    type = WebSocketMessageType.Binary;
                    return Encoding.UTF8.GetBytes("{\"type\":\"emulator.binary_frame\",\"event_id\":\"" + Ids.New("event_") + "\"}");
                case EmulatorFaultKind.Oversized:
                    return Oversized(faults.OversizedBytes);
                case EmulatorFaultKind.InvalidUtf8:
                    byte[] prefix = Encoding.UTF8.GetBytes("{\"type\":\"emulator.invalid_utf8\",\"text\":\"");
                    byte[] invalid = new byte[prefix.Length + 5];
                    prefix.CopyTo(invalid, 0);
                    new byte[] { 0xC3, 0x28, 0xFF, (byte)'"', (byte)'}' }.CopyTo(invalid, prefix.Length);
                    return invalid;
                case EmulatorFaultKind.DeepJson:
                    int depth = Math.Max(1, faults.NestingDepth);
                    return Encoding.UTF8.GetBytes("{\"type\":\"emulator.deep_json\",\"event_id\":\"" + Ids.New("event_") + "\",\"payload\":" + new string('[', depth) + new string(']', depth) + "}");
                default:
                    return null;
            }
        }

        /// <summary>A valid <c>response.audio.delta</c> of exactly <paramref name="size"/> bytes (spaces pad the base64 to the byte).</summary>
        private static byte[] Oversized(int size)
        {
            string head = "{\"type\":\"response.audio.delta\",\"event_id\":\"" + Ids.New("event_")
                + "\",\"response_id\":\"resp_oversized\",\"item_id\":\"item_oversized\",\"output_index\":0,\"content_index\":0,\"delta\":\"";
            int base64 = Math.Max(0, size - head.Length - 2) / 4 * 4;
            int padding = Math.Max(0, size - head.Length - 2 - base64);
            var builder = new StringBuilder(size);
            builder.Append(head).Append('A', base64).Append('"').Append(' ', padding).Append('}');
            return Encoding.UTF8.GetBytes(builder.ToString());
        }
    }
}
