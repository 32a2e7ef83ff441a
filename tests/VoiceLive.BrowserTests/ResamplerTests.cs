using System;
using System.Threading;
using System.Threading.Tasks;
using Xunit;

namespace VoiceLive.BrowserTests
{
    /// <summary>
    /// The page's resampler (wwwroot/js/worklets/resampler.js), run in Chromium as the worklets run it: a tone below
    /// the lower Nyquist frequency keeps its level and frequency, one above it is filtered out instead of aliasing,
    /// and the output has the right number of samples. Fed in 128-sample blocks, as an AudioWorklet is.
    /// </summary>
    [Trait("Category", "Browser")]
    [Collection(BrowserCollection.Name)]
    public sealed class ResamplerTests : IClassFixture<ResamplerTests.SharedPage>
    {
        // Returns [input RMS, output RMS, output zero crossings per second, output samples per input second].
        private const string Script = """
            async ([inputRate, outputRate, frequency]) => {
              const { StreamResampler } = await import('./js/worklets/resampler.js');
              const resampler = new StreamResampler(inputRate, outputRate);
              const seconds = 2;
              const input = new Float32Array(inputRate * seconds);
              for (let i = 0; i < input.length; i++) input[i] = 0.5 * Math.sin(2 * Math.PI * frequency * i / inputRate);
              const blocks = [];
              for (let i = 0; i < input.length; i += 128) blocks.push(resampler.process(input.subarray(i, i + 128)));
              const output = new Float32Array(blocks.reduce((n, b) => n + b.length, 0));
              let at = 0;
              for (const b of blocks) { output.set(b, at); at += b.length; }
              const rms = (a, from, to) => { let s = 0; for (let i = from; i < to; i++) s += a[i] * a[i]; return Math.sqrt(s / (to - from)); };
              // Skip the filter's start-up (the first 10 ms) when measuring.
              const skipIn = inputRate / 100, skipOut = outputRate / 100;
              let crossings = 0;
              for (let i = skipOut + 1; i < output.length; i++) if ((output[i - 1] < 0) !== (output[i] < 0)) crossings++;
              const measured = (output.length - skipOut - 1) / outputRate;
              return [rms(input, skipIn, input.length), rms(output, skipOut, output.length), crossings / measured, output.length / seconds];
            }
            """;

        private readonly SharedPage _page;

        public ResamplerTests(SharedPage page) => _page = page;

        [SkippableTheory]
        [InlineData(48_000, 24_000, 1_000)]   // microphone at 48 kHz to the relay
        [InlineData(44_100, 24_000, 2_500)]   // a 44.1 kHz device, the top of the emulator's tone range
        [InlineData(24_000, 48_000, 1_000)]   // reply audio to a 48 kHz device
        [InlineData(24_000, 44_100, 5_000)]
        public async Task ToneBelowNyquist_KeepsItsLevelAndFrequency(int inputRate, int outputRate, int frequency)
        {
            double[] r = await RunAsync(inputRate, outputRate, frequency);

            Assert.InRange(r[1] / r[0], 0.97, 1.03);
            Assert.InRange(r[2] / 2, frequency * 0.995, frequency * 1.005);
            Assert.InRange(r[3], outputRate * 0.99, outputRate * 1.0);
        }

        [SkippableTheory]
        [InlineData(48_000, 24_000, 15_000)]  // would alias to 9 kHz without the filter
        [InlineData(48_000, 24_000, 20_000)]
        [InlineData(44_100, 24_000, 14_000)]
        public async Task ToneAboveTheOutputNyquist_IsFilteredOut_NotAliased(int inputRate, int outputRate, int frequency)
        {
            double[] r = await RunAsync(inputRate, outputRate, frequency);

            Assert.True(r[1] / r[0] < 0.01, $"output level {r[1] / r[0]:P2} of the input: the tone aliased");
        }

        private async Task<double[]> RunAsync(int inputRate, int outputRate, int frequency)
        {
            Microsoft.Playwright.IPage page = await _page.GetAsync();
            return await page.EvaluateAsync<double[]>(Script, new[] { inputRate, outputRate, frequency });
        }

        /// <summary>
        /// One app and one browser for all cases, started by the first case that runs (so that a missing browser
        /// skips each case, which a failing fixture constructor could not).
        /// </summary>
        public sealed class SharedPage : IAsyncDisposable
        {
            private readonly SemaphoreSlim _gate = new SemaphoreSlim(1, 1);
            private RelayHost? _host;
            private HeadlessChromium? _chromium;

            public async Task<Microsoft.Playwright.IPage> GetAsync()
            {
                Chromium.RequireExecutable();
                await _gate.WaitAsync();
                try
                {
                    if (_chromium is null)
                    {
                        _host = await RelayHost.StartAsync();
                        _chromium = await HeadlessChromium.LaunchAsync();
                        await _chromium.Page.GotoAsync(_host.BaseAddress.ToString());
                    }

                    return _chromium.Page;
                }
                finally
                {
                    _gate.Release();
                }
            }

            public async ValueTask DisposeAsync()
            {
                if (_chromium is not null)
                {
                    await _chromium.DisposeAsync();
                }

                if (_host is not null)
                {
                    await _host.DisposeAsync();
                }

                _gate.Dispose();
            }
        }
    }
}
