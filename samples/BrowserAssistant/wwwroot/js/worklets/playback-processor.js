// Reply playback with a jitter buffer. The page posts PCM16 chunks at the relay's rate (24 kHz) tagged with their
// item; they are resampled to the device rate and queued. Playback starts once `startBufferMs` is queued (or the
// reply has ended), and after an underrun it waits for the buffer to refill rather than crackle. 'stop' empties the
// queue at once (barge-in) and reports how much of the item was actually played: that is where the server truncates.
import { StreamResampler } from './resampler.js';

class PlaybackProcessor extends AudioWorkletProcessor {
  constructor(options) {
    super();
    const { sourceRate, startBufferMs } = options.processorOptions;
    this.sourceRate = sourceRate;
    this.startFrames = Math.round(sampleRate * startBufferMs / 1000);
    this.resampler = new StreamResampler(sourceRate, sampleRate);
    this.queue = []; // { itemId, samples: Float32Array at the device rate, offset }
    this.buffered = 0; // device-rate frames queued
    this.playing = false;
    this.ended = true; // no reply is streaming
    this.itemId = null; // item whose audio is arriving
    this.playedFrames = new Map(); // itemId -> device-rate frames played
    this.totalFrames = 0;
    this.underruns = 0;
    this.sinceReport = 0;
    this.unflushed = false;
    this.port.onmessage = (event) => this.onMessage(event.data);
  }

  onMessage(message) {
    switch (message.type) {
      case 'start':
        this.flushResampler();
        this.resampler = new StreamResampler(this.sourceRate, sampleRate);
        this.itemId = message.itemId;
        this.ended = false;
        if (!this.playedFrames.has(message.itemId)) {
          this.playedFrames.set(message.itemId, 0);
        }
        break;
      case 'audio': {
        const pcm = new Int16Array(message.pcm);
        const floats = new Float32Array(pcm.length);
        for (let i = 0; i < pcm.length; i++) {
          floats[i] = pcm[i] / 0x8000;
        }
        this.enqueue(this.resampler.process(floats));
        this.unflushed = true;
        break;
      }
      case 'end':
        this.flushResampler();
        this.ended = true;
        break;
      case 'stop': {
        const itemId = this.queue.length > 0 ? this.queue[0].itemId : this.itemId;
        const interrupted = this.buffered > 0 || !this.ended;
        const dropped = this.buffered;
        this.queue = [];
        this.buffered = 0;
        this.playing = false;
        this.ended = true;
        this.resampler = new StreamResampler(this.sourceRate, sampleRate);
        this.unflushed = false;
        this.port.postMessage({
          type: 'stopped',
          itemId,
          interrupted,
          playedSamples: this.toSource(this.playedFrames.get(itemId) ?? 0),
          droppedSamples: this.toSource(dropped),
        });
        this.report();
        break;
      }
    }
  }

  // The resampler holds back a few samples of the item; at its end they are played, not lost.
  flushResampler() {
    if (this.unflushed) {
      this.enqueue(this.resampler.flush());
      this.unflushed = false;
    }
  }

  enqueue(samples) {
    if (samples.length > 0 && this.itemId !== null) {
      this.queue.push({ itemId: this.itemId, samples, offset: 0 });
      this.buffered += samples.length;
    }
  }

  toSource(frames) {
    return Math.round(frames * this.sourceRate / sampleRate);
  }

  process(inputs, outputs) {
    const output = outputs[0];
    const out = output[0];
    out.fill(0);
    if (!this.playing && this.buffered > 0 && (this.buffered >= this.startFrames || this.ended)) {
      this.playing = true;
    }
    if (this.playing) {
      let written = 0;
      while (written < out.length && this.queue.length > 0) {
        const chunk = this.queue[0];
        const n = Math.min(out.length - written, chunk.samples.length - chunk.offset);
        out.set(chunk.samples.subarray(chunk.offset, chunk.offset + n), written);
        chunk.offset += n;
        written += n;
        this.buffered -= n;
        this.totalFrames += n;
        this.playedFrames.set(chunk.itemId, (this.playedFrames.get(chunk.itemId) ?? 0) + n);
        if (chunk.offset === chunk.samples.length) {
          this.queue.shift();
        }
      }
      if (this.queue.length === 0) {
        this.playing = false;
        if (this.ended) {
          this.port.postMessage({ type: 'drained' });
        } else {
          this.underruns++;
        }
      }
    }
    for (let c = 1; c < output.length; c++) {
      output[c].set(out);
    }
    this.sinceReport += out.length;
    if (this.sinceReport >= sampleRate / 10) {
      this.report();
    }
    return true;
  }

  report() {
    this.sinceReport = 0;
    const items = {};
    for (const [id, frames] of this.playedFrames) {
      items[id] = this.toSource(frames);
    }
    this.port.postMessage({
      type: 'progress',
      playing: this.playing || this.buffered > 0,
      bufferedMs: Math.round(this.buffered * 1000 / sampleRate),
      samplesPlayed: this.toSource(this.totalFrames),
      underruns: this.underruns,
      items,
    });
  }
}

registerProcessor('pcm16-playback', PlaybackProcessor);
