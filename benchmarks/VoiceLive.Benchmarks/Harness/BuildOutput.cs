using System;
using System.IO;

namespace VoiceLive.Benchmarks
{
    /// <summary>Finds another project's build output (same configuration and target framework as this harness).</summary>
    public static class BuildOutput
    {
        public static string Find(string projectDirectory, string fileName)
        {
            string baseDir = AppContext.BaseDirectory;
            string configuration = baseDir.Replace('\\', '/').Contains("/Debug/", StringComparison.Ordinal) ? "Debug" : "Release";
            var dir = new DirectoryInfo(baseDir);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "VoiceLive.sln")))
            {
                dir = dir.Parent;
            }

            if (dir is null)
            {
                throw new InvalidOperationException("Cannot find the repository root (VoiceLive.sln) above " + baseDir);
            }

            string tfm = new DirectoryInfo(baseDir.TrimEnd('/', '\\')).Name;
            string path = Path.Combine(dir.FullName, projectDirectory, "bin", configuration, tfm, fileName);
            if (!File.Exists(path))
            {
                throw new InvalidOperationException($"{fileName} is not built at {path}; build the solution in {configuration} first.");
            }

            return path;
        }
    }
}
