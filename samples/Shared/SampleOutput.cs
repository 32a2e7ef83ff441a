using System.IO;

namespace VoiceLive.Samples
{
    /// <summary>Where a sample writes its audio: a path the user gave, or <c>out/</c> under the current directory (ignored by git).</summary>
    internal static class SampleOutput
    {
        /// <summary>
        /// The full path for <paramref name="fileName"/> (or for <paramref name="requested"/> when the user gave one), with
        /// its directory created now, so a missing folder fails nothing at the end of a whole conversation.
        /// </summary>
        public static string PathFor(string fileName, string? requested = null)
        {
            string path = Path.GetFullPath(requested ?? Path.Combine("out", fileName));
            string? directory = Path.GetDirectoryName(path);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            return path;
        }
    }
}
