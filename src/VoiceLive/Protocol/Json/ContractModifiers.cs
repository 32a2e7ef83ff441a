using System.Text.Json.Serialization.Metadata;

namespace VoiceLive
{
    /// <summary>Adjustments to the generated contracts that attributes cannot express.</summary>
    internal static class ContractModifiers
    {
        public static void Apply(JsonTypeInfo typeInfo)
        {
        }
    }
}
