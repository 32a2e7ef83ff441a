using System;
using System.Collections.Generic;
using Microsoft.Extensions.AI;

namespace VoiceLive
{
    /// <summary>
    /// MEAI tools → Voice Live function tools. Every <see cref="AIFunctionDeclaration"/> (an <see cref="AIFunction"/> from
    /// <c>AIFunctionFactory.Create</c> included) becomes a <see cref="FunctionTool"/> with its name, description and JSON
    /// schema. Hosted tools (MCP servers, web or file search) have no MEAI form that maps to Voice Live's: put them in the
    /// <see cref="RequestSession"/> of <c>RawRepresentationFactory</c>.
    /// </summary>
    internal static class ToolMapper
    {
        /// <summary>Adds the function tools to <paramref name="target"/>, skipping names it already has (the raw session's own win).</summary>
        public static void AddTools(IList<Tool> target, IEnumerable<AITool> tools)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (Tool existing in target)
            {
                if (existing is FunctionTool function)
                {
                    names.Add(function.Name);
                }
            }

            foreach (AITool tool in tools)
            {
                FunctionTool mapped = ToFunctionTool(tool);
                if (names.Add(mapped.Name))
                {
                    target.Add(mapped);
                }
            }
        }

        public static FunctionTool ToFunctionTool(AITool tool)
        {
            if (tool is not AIFunctionDeclaration function)
            {
                throw new NotSupportedException(
                    $"The tool '{tool?.Name}' ({tool?.GetType().Name}) cannot be sent to Voice Live through the MEAI options: only functions "
                    + "(AIFunctionDeclaration, AIFunction) map to Voice Live tools. Add MCP servers and other tools to the RequestSession "
                    + "returned by RealtimeSessionOptions.RawRepresentationFactory.");
            }

            return new FunctionTool(function.Name)
            {
                Description = string.IsNullOrEmpty(function.Description) ? null : function.Description,
                Parameters = BinaryData.FromString(function.JsonSchema.GetRawText()),
            };
        }

        public static ToolChoice ToToolChoice(ChatToolMode mode) => mode switch
        {
            RequiredChatToolMode { RequiredFunctionName: { } name } => ToolChoice.Function(name),
            RequiredChatToolMode => ToolChoice.Required,
            NoneChatToolMode => ToolChoice.None,
            _ => ToolChoice.Auto,
        };

        /// <summary>The <c>tool_choice</c> string of <c>response.create</c>: a keyword or a function name.</summary>
        public static string ToToolChoiceString(ChatToolMode mode) => mode switch
        {
            RequiredChatToolMode { RequiredFunctionName: { } name } => name,
            RequiredChatToolMode => "required",
            NoneChatToolMode => "none",
            _ => "auto",
        };
    }
}
