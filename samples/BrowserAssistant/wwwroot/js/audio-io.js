// The page's audio: one AudioContext at the device rate, the microphone through the capture worklet (PCM16 frames
// at the relay's rate) and the reply through the playback worklet (jitter buffer, stop on barge-in).

const FRAME_MS = 40; // audio per relay message: 960 samples at 24 kHz
const START_BUFFER_MS = 120; // reply audio queued before playback starts

export class AudioIO {
  /**
   * @param {MediaStream} stream the microphone
   * @param {number} relayRate sample rate of the relay's PCM16 (24000)
   * @param {(pcm: ArrayBuffer) => void} onFrame a captured frame
   * @param {(message: object) => void} onPlayback the playback worklet's reports (progress, stopped, drained)
   */
  static async open(stream, relayRate, onFrame, onPlayback) {
    const context = new AudioContext({ latencyHint: 'interactive' });
    try {
      await context.audioWorklet.addModule('js/worklets/capture-processor.js');
      await context.audioWorklet.addModule('js/worklets/playback-processor.js');
      const source = context.createMediaStreamSource(stream);
      const capture = new AudioWorkletNode(context, 'pcm16-capture', {
        numberOfInputs: 1,
        numberOfOutputs: 0,
        processorOptions: { targetRate: relayRate, frameSamples: relayRate * FRAME_MS / 1000 },
      });
      capture.port.onmessage = (event) => onFrame(event.data);
      source.connect(capture);
      const playback = new AudioWorkletNode(context, 'pcm16-playback', {
        numberOfInputs: 0,
        numberOfOutputs: 1,
        outputChannelCount: [1],
        processorOptions: { sourceRate: relayRate, startBufferMs: START_BUFFER_MS },
      });
      playback.port.onmessage = (event) => onPlayback(event.data);
      playback.connect(context.destination);
      if (context.state === 'suspended') {
        await context.resume();
      }
      return new AudioIO(context, stream, source, capture, playback);
    } catch (error) {
      stream.getTracks().forEach((track) => track.stop());
      await context.close();
      throw error;
    }
  }

  constructor(context, stream, source, capture, playback) {
    this.context = context;
    this.stream = stream;
    this.source = source;
    this.capture = capture;
    this.playback = playback;
  }

  /** The device rate the worklets resample from and to. */
  get deviceRate() {
    return this.context.sampleRate;
  }

  /** Starts a new reply item: the audio that follows belongs to it. */
  startItem(itemId) {
    this.playback.port.postMessage({ type: 'start', itemId });
  }

  /** Queues reply audio (PCM16 at the relay's rate). */
  play(pcm) {
    this.playback.port.postMessage({ type: 'audio', pcm }, [pcm]);
  }

  /** No more audio is coming for the current reply: play what is queued even if below the start threshold. */
  endItem() {
    this.playback.port.postMessage({ type: 'end' });
  }

  /** Barge-in: silence at once; the worklet answers with a 'stopped' report. */
  stop() {
    this.playback.port.postMessage({ type: 'stop' });
  }

  async close() {
    this.stream.getTracks().forEach((track) => track.stop());
    this.source.disconnect();
    this.capture.port.onmessage = null;
    this.playback.port.onmessage = null;
    await this.context.close();
  }
}
