using System;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace VoiceLive.Benchmarks
{
    /// <summary>Quick mode of the micro-benchmarks: calls every [Benchmark] method once (no timing) so they keep working.</summary>
    public static class MicroSmoke
    {
        public static int Run()
        {
            int failures = 0;
            int calls = 0;
            foreach (Type type in new[] { typeof(ParseBenchmarks), typeof(WriteBenchmarks), typeof(ResamplerBenchmarks) })
            {
                object instance = Activator.CreateInstance(type)!;
                foreach (MethodInfo method in type.GetMethods())
                {
                    if (method.GetCustomAttribute<BenchmarkAttribute>() is null)
                    {
                        continue;
                    }

                    object? result = method.Invoke(instance, null);
                    calls++;
                    if (result is null || result is MalformedServerEvent || result is UnknownServerEvent || (result is int n && n <= 0))
                    {
                        Console.Error.WriteLine($"micro-benchmark {type.Name}.{method.Name} produced {result}");
                        failures++;
                    }
                }
            }

            Console.WriteLine($"micro-benchmarks: {calls} methods called once, {failures} failed");
            return failures == 0 ? 0 : 1;
        }
    }
}
