using System.Collections.Generic;

namespace VoiceLive.Protocol.Models
{
    /// <summary>
    /// The properties of a request model that the app set to null. Protocol: for these settings JSON <c>null</c> means
    /// "off" (for example <c>turn_detection: null</c> disables server VAD), while an absent member means "unchanged", so a
    /// property the app assigned null is written as <c>null</c> and one it never touched is left out.
    /// </summary>
    internal sealed class ExplicitNulls
    {
        private List<string>? _names;

        /// <summary>Records an assignment to the property with the wire name <paramref name="wireName"/>.</summary>
        public void Record(string wireName, object? value)
        {
            if (value is null)
            {
                _names ??= new List<string>(2);
                if (!_names.Contains(wireName))
                {
                    _names.Add(wireName);
                }
            }
            else
            {
                _names?.Remove(wireName);
            }
        }

        /// <summary>True when the app's last assignment to the property was null.</summary>
        public bool Contains(string wireName) => _names is not null && _names.Contains(wireName);
    }

    /// <summary>A request model whose nullable settings distinguish "set to null" from "never set" (see <see cref="ExplicitNulls"/>).</summary>
    internal interface IHasExplicitNulls
    {
        /// <summary>The properties the app set to null.</summary>
        ExplicitNulls ExplicitNulls { get; }
    }
}
