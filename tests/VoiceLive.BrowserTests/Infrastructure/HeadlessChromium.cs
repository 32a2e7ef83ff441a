using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;
using Microsoft.Playwright;

namespace VoiceLive.BrowserTests
{
    /// <summary>
    /// Debian's Chromium, headless, driven by Playwright through <c>ExecutablePath</c> (Playwright never downloads a
    /// browser here), with a fresh profile and Chromium's fake microphone. Disposing closes the browser and deletes
    /// the profile.
    /// </summary>
    public sealed class HeadlessChromium : IAsyncDisposable
    {
        private readonly IPlaywright _playwright;
        private readonly IBrowserContext _context;
        private readonly string _profile;

        private HeadlessChromium(IPlaywright playwright, IBrowserContext context, IPage page, string profile)
        {
            _playwright = playwright;
            _context = context;
            _profile = profile;
            Page = page;

            // Navigation and clicks on a loaded 2-core machine: generous, and failing loudly when exceeded.
            Page.SetDefaultTimeout(60_000);
            Page.Console += (_, message) => Console.Enqueue($"[{message.Type}] {message.Text}");
            Page.PageError += (_, error) => Console.Enqueue($"[pageerror] {error}");
        }

        public IPage Page { get; }

        /// <summary>The page's console messages and uncaught errors, for the test output.</summary>
        public ConcurrentQueue<string> Console { get; } = new ConcurrentQueue<string>();

        /// <param name="microphoneWav">The fake microphone's recording (played once); null: Chromium's default fake device (a beep).</param>
        /// <param name="denyMicrophone">Answer the microphone permission request with "deny", as a user who blocks it.</param>
        public static async Task<HeadlessChromium> LaunchAsync(string? microphoneWav = null, bool denyMicrophone = false)
        {
            string executable = Chromium.RequireExecutable();
            string profile = Path.Combine(Path.GetTempPath(), "voicelive-chromium-" + Guid.NewGuid().ToString("N"));
            var args = new List<string>
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                denyMicrophone ? "--use-fake-ui-for-media-stream=deny" : "--use-fake-ui-for-media-stream",
                "--use-fake-device-for-media-stream",
            };
            if (microphoneWav is not null)
            {
                // %noloop: the recording plays once, then the microphone is silent.
                args.Add($"--use-file-for-fake-audio-capture={microphoneWav}%noloop");
            }

            IPlaywright playwright = await Playwright.CreateAsync();
            try
            {
                // A persistent context is how Playwright takes the fresh --user-data-dir.
                IBrowserContext context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
                {
                    ExecutablePath = executable,
                    Headless = true,
                    Args = args,
                    ViewportSize = new ViewportSize { Width = 760, Height = 560 },
                    Timeout = 60_000,
                });
                IPage page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
                return new HeadlessChromium(playwright, context, page, profile);
            }
            catch
            {
                playwright.Dispose();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            await _context.DisposeAsync();
            _playwright.Dispose();
            try
            {
                Directory.Delete(_profile, recursive: true);
            }
            catch (IOException)
            {
                // Chromium may still be writing its profile as it exits; the temp directory is the OS's to clean.
            }
        }
    }
}
