namespace VoiceLive
{
    public sealed partial class VoiceLiveConnection
    {
        private void InitializeResources()
        {
        }
    }
}
