using System;
using System.IO;

namespace VoiceLive.BrowserTests
{
    public static class RepositoryPaths
    {
        /// <summary>The directory holding VoiceLive.sln, found upwards from the test binaries.</summary>
        public static string Root
        {
            get
            {
                var dir = new DirectoryInfo(AppContext.BaseDirectory);
                while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VoiceLive.sln")))
                {
                    dir = dir.Parent;
                }

                return dir?.FullName ?? throw new InvalidOperationException("VoiceLive.sln not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>artifacts/&lt;name&gt; under the repository root, created.</summary>
        public static string Artifacts(string name)
        {
            string path = Path.Combine(Root, "artifacts", name);
            Directory.CreateDirectory(path);
            return path;
        }
    }
}
