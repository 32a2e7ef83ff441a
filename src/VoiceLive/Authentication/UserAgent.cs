using System;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace VoiceLive.Authentication
{
    /// <summary>The <c>User-Agent</c> of the upgrade request: library version, framework and OS, after the application id.</summary>
    internal static class UserAgent
    {
        private static readonly string s_libraryPart = BuildLibraryPart();

        public static string Build(string? applicationId)
        {
            if (string.IsNullOrWhiteSpace(applicationId))
            {
                return s_libraryPart;
            }

            string app = Sanitize(applicationId!.Trim());
            return app.Length == 0 ? s_libraryPart : app + " " + s_libraryPart;
        }

        private static string BuildLibraryPart()
        {
            Assembly assembly = typeof(UserAgent).Assembly;
            string version = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
                ?? assembly.GetName().Version?.ToString()
                ?? "0.0.0";

            // Drop the "+commit" suffix that SourceLink adds; it is noise in a header.
            int plus = version.IndexOf('+');
            if (plus > 0)
            {
                version = version.Substring(0, plus);
            }

            return $"VoiceLive-dotnet/{version} ({Sanitize(RuntimeInformation.FrameworkDescription)}; {Sanitize(RuntimeInformation.OSDescription)})";
        }

        // Header values must be visible ASCII; OS descriptions sometimes carry other characters or parentheses.
        private static string Sanitize(string value)
        {
            var sb = new StringBuilder(value.Length);
            foreach (char c in value)
            {
                if (c >= 0x20 && c < 0x7F && c != '(' && c != ')')
                {
                    sb.Append(c);
                }
            }

            return sb.ToString().Trim();
        }
    }
}
