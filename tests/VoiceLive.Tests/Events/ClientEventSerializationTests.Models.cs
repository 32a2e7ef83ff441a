using System.Collections.Generic;

namespace VoiceLive.Tests.Events
{
    public partial class ClientEventSerializationTests
    {
        private static IEnumerable<object[]> ModelCases()
        {
            yield break;
        }
    }
}
