using System;
using System.IO;
using Xunit;

namespace VoiceLive.BrowserTests
{
    /// <summary>
    /// Finds the installed Chromium (Debian's <c>chromium</c> package; <c>VOICELIVE_CHROMIUM</c> overrides the path).
    /// No browser is ever downloaded. Without one the test is skipped with the reason, except in CI
    /// (<c>CI=true</c>), where a missing browser is a failure: CI installs it (.ci/setup/10-chromium.sh).
    /// </summary>
    public static class Chromium
    {
        public const string DefaultPath = "/usr/bin/chromium";

        public static string RequireExecutable()
        {
            string path = Environment.GetEnvironmentVariable("VOICELIVE_CHROMIUM") is { Length: > 0 } configured ? configured : DefaultPath;
            if (File.Exists(path))
            {
                return path;
            }

            string reason = $"No Chromium at {path}: install Debian's chromium package (apt-get install chromium) or set VOICELIVE_CHROMIUM.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                throw new InvalidOperationException(reason + " CI=true, so a missing browser fails the browser tests.");
            }

            throw new SkipException(reason);
        }
    }
}
