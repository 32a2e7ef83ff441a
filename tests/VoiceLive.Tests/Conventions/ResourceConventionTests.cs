using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.Tests.Conventions
{
    /// <summary>
    /// The conventions CONTRIBUTING.md states for the typed resources, checked over every public resource type so a new
    /// method cannot drift from them: operations return <see cref="Task"/>; the per-chunk audio appends return
    /// <see cref="ValueTask"/>; resources reach the connection through the internal sender interface only.
    /// </summary>
    public class ResourceConventionTests
    {
        private static readonly Type[] s_resources = typeof(VoiceLiveConnection).Assembly.GetExportedTypes()
            .Where(t => t.IsClass && t.Name.EndsWith("Resource", StringComparison.Ordinal))
            .ToArray();

        [Fact]
        public void Every_resource_is_found()
        {
            // The connection exposes each resource as a property; the scan above must see every one of them.
            IEnumerable<Type> exposed = typeof(VoiceLiveConnection).GetProperties()
                .Select(p => p.PropertyType)
                .Where(t => t.Name.EndsWith("Resource", StringComparison.Ordinal));
            Assert.All(exposed, t => Assert.Contains(t, s_resources));
            Assert.True(s_resources.Length >= 13, string.Join(", ", s_resources.Select(t => t.Name)));
        }

        [Fact]
        public void Resource_operations_return_Task_and_only_audio_appends_return_ValueTask()
        {
            var wrong = new List<string>();
            foreach (MethodInfo method in s_resources.SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)))
            {
                if (!method.Name.EndsWith("Async", StringComparison.Ordinal))
                {
                    continue;
                }

                Type returned = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericTypeDefinition() : method.ReturnType;
                bool append = method.Name == "AppendAsync";
                bool ok = append
                    ? returned == typeof(ValueTask)
                    : returned == typeof(Task) || returned == typeof(Task<>);
                if (!ok)
                {
                    wrong.Add($"{method.DeclaringType!.Name}.{method.Name} returns {method.ReturnType.Name}");
                }
            }

            Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
        }

        [Fact]
        public void Resources_of_the_protocol_hold_the_sender_interface_not_the_connection()
        {
            // ToolsResource is the agent layer's entry point: it attaches the tool runner to the connection's observer
            // seam, which is more than sending, so it holds the connection itself.
            Type sender = typeof(VoiceLiveConnection).Assembly.GetType("VoiceLive.Resources.IClientEventSender", throwOnError: true)!;
            var wrong = new List<string>();
            foreach (Type resource in s_resources.Where(t => t != typeof(ToolsResource)))
            {
                foreach (FieldInfo field in resource.GetFields(BindingFlags.NonPublic | BindingFlags.Instance))
                {
                    if (field.FieldType == typeof(VoiceLiveConnection))
                    {
                        wrong.Add($"{resource.Name}.{field.Name}");
                    }
                }
            }

            Assert.True(wrong.Count == 0, "hold VoiceLiveConnection: " + string.Join(", ", wrong));
            Assert.Contains(s_resources, t => t.GetFields(BindingFlags.NonPublic | BindingFlags.Instance).Any(f => f.FieldType == sender));
        }

        [Fact]
        public void Connection_methods_on_the_per_event_path_return_ValueTask()
        {
            foreach (string name in new[] { "SendAsync", "SendRawAsync", "ReceiveAsync" })
            {
                Assert.All(
                    typeof(VoiceLiveConnection).GetMethods().Where(m => m.Name == name),
                    m => Assert.True(m.ReturnType == typeof(ValueTask) || (m.ReturnType.IsGenericType && m.ReturnType.GetGenericTypeDefinition() == typeof(ValueTask<>)), $"{name} returns {m.ReturnType}"));
            }
        }
    }
}
