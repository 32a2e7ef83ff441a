using System;
using System.Text.Json.Serialization;
using VoiceLive.Protocol.Json.Converters;

namespace VoiceLive
{
    /// <summary>
    /// How the model chooses tools (<c>tool_choice</c> of a session): <see cref="Auto"/>, <see cref="None"/>,
    /// <see cref="Required"/> (the strings <c>auto</c>, <c>none</c>, <c>required</c>) or one function
    /// (<see cref="Function(string)"/>, the object <c>{"type":"function","name":…}</c>).
    /// On read, any other string is taken as a bare function name (the documentation allows it) and is written back as a
    /// string; an object of another <c>type</c> is kept in <see cref="RawJson"/> and written back verbatim.
    /// </summary>
    [JsonConverter(typeof(ToolChoiceConverter))]
    public sealed class ToolChoice : IEquatable<ToolChoice>
    {
        /// <summary>Creates a keyword choice.</summary>
        /// <param name="literal">The keyword.</param>
        public ToolChoice(ToolChoiceLiteral literal)
        {
            Literal = literal;
        }

        /// <summary>Creates a choice that forces one function.</summary>
        /// <param name="selection">The function selection.</param>
        public ToolChoice(ToolChoiceFunctionSelection selection)
        {
            FunctionSelection = selection ?? throw new ArgumentNullException(nameof(selection));
        }

        private ToolChoice(BinaryData rawJson)
        {
            RawJson = rawJson;
        }

        /// <summary><c>auto</c>: the model decides whether to call a tool.</summary>
        public static ToolChoice Auto { get; } = new ToolChoice(ToolChoiceLiteral.Auto);

        /// <summary><c>none</c>: the model does not call tools.</summary>
        public static ToolChoice None { get; } = new ToolChoice(ToolChoiceLiteral.None);

        /// <summary><c>required</c>: the model must call a tool.</summary>
        public static ToolChoice Required { get; } = new ToolChoice(ToolChoiceLiteral.Required);

        /// <summary>The keyword, when this is a keyword choice.</summary>
        public ToolChoiceLiteral? Literal { get; }

        /// <summary>The forced function, when this choice forces one.</summary>
        public ToolChoiceFunctionSelection? FunctionSelection { get; }

        /// <summary>The name of the forced function, when this choice forces one.</summary>
        public string? FunctionName => FunctionSelection?.Name;

        /// <summary>The JSON of a choice object whose <c>type</c> this version does not know (for example an MCP tool choice).</summary>
        public BinaryData? RawJson { get; }

        /// <summary>True when the choice was read as a bare function-name string; it is then written back as one.</summary>
        internal bool IsBareFunctionName { get; private set; }

        /// <summary>Creates a choice that forces the function <paramref name="name"/>.</summary>
        /// <param name="name">The function's name.</param>
        /// <returns>The choice.</returns>
        public static ToolChoice Function(string name) => new ToolChoice(new ToolChoiceFunctionSelection(name));

        /// <summary>Converts a keyword to a choice.</summary>
        /// <param name="literal">The keyword.</param>
        public static implicit operator ToolChoice(ToolChoiceLiteral literal) => new ToolChoice(literal);

        /// <summary>Converts a function selection to a choice.</summary>
        /// <param name="selection">The function selection.</param>
        public static implicit operator ToolChoice(ToolChoiceFunctionSelection selection) => new ToolChoice(selection);

        /// <summary>Compares two choices by what they send: the same keyword, the same function, or the same raw JSON text.</summary>
        public static bool operator ==(ToolChoice? left, ToolChoice? right) => left is null ? right is null : left.Equals(right);

        /// <summary>Compares two choices by what they send.</summary>
        public static bool operator !=(ToolChoice? left, ToolChoice? right) => !(left == right);

        /// <summary>True when both choices send the same keyword, force the same function, or hold the same raw JSON text.</summary>
        /// <param name="other">The other choice.</param>
        /// <returns>Whether the choices are equal.</returns>
        public bool Equals(ToolChoice? other)
        {
            if (other is null)
            {
                return false;
            }

            if (Literal is ToolChoiceLiteral literal)
            {
                return other.Literal == literal;
            }

            if (FunctionName is string name)
            {
                return string.Equals(name, other.FunctionName, StringComparison.Ordinal);
            }

            return other.Literal is null && other.FunctionName is null
                && string.Equals(RawJson?.ToString(), other.RawJson?.ToString(), StringComparison.Ordinal);
        }

        /// <inheritdoc/>
        public override bool Equals(object? obj) => obj is ToolChoice other && Equals(other);

        /// <inheritdoc/>
        public override int GetHashCode()
            => Literal?.GetHashCode() ?? (FunctionName is string name ? StringComparer.Ordinal.GetHashCode(name) : 0);

        /// <summary>The keyword, the function name, or the raw JSON.</summary>
        /// <returns>A short description.</returns>
        public override string ToString()
            => Literal?.ToString() ?? (FunctionName is not null ? "function:" + FunctionName : RawJson?.ToString() ?? string.Empty);

        internal static ToolChoice FromBareString(string name)
            => new ToolChoice(new ToolChoiceFunctionSelection(name)) { IsBareFunctionName = true };

        internal static ToolChoice FromRaw(BinaryData rawJson) => new ToolChoice(rawJson);
    }
}
