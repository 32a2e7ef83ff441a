// A streaming windowed-sinc resampler for AudioWorklets: feed it blocks at one rate, get blocks at another.
// The filter's cutoff sits below the lower of the two Nyquist frequencies, so downsampling (48 kHz microphone to
// 24 kHz) does not alias and upsampling (24 kHz reply to the device rate) does not image. Coefficients are
// precomputed for PHASES fractional positions, so the audio thread does multiply-adds only.

const PHASES = 256;
const ZERO_CROSSINGS = 8;

export class StreamResampler {
  constructor(inputRate, outputRate) {
    this.step = inputRate / outputRate; // input samples per output sample
    const cutoff = 0.94 * Math.min(1, outputRate / inputRate); // fraction of the input Nyquist frequency
    this.half = Math.ceil(ZERO_CROSSINGS / cutoff); // taps on each side of the output position
    const taps = 2 * this.half;
    this.table = new Float32Array((PHASES + 1) * taps);
    for (let p = 0; p <= PHASES; p++) {
      const frac = p / PHASES;
      let sum = 0;
      for (let j = 0; j < taps; j++) {
        const d = frac + this.half - 1 - j; // distance from the output position to input tap j
        const x = d * cutoff;
        const sinc = x === 0 ? 1 : Math.sin(Math.PI * x) / (Math.PI * x);
        const window = Math.abs(d) >= this.half ? 0 : 0.5 + 0.5 * Math.cos(Math.PI * d / this.half);
        const c = sinc * window;
        this.table[p * taps + j] = c;
        sum += c;
      }
      // Unit gain at DC for every phase.
      for (let j = 0; j < taps; j++) {
        this.table[p * taps + j] /= sum;
      }
    }
    // Pending input; starts with silence so the first output has a full history.
    this.pending = new Float32Array(this.half);
    this.position = this.half - 1;
  }

  /** Resamples one block; returns the output it completes (the filter holds back `half` input samples). */
  process(input) {
    const merged = new Float32Array(this.pending.length + input.length);
    merged.set(this.pending);
    merged.set(input, this.pending.length);
    const taps = 2 * this.half;
    const last = merged.length - this.half - 1;
    const count = Math.max(0, Math.floor((last - this.position) / this.step) + 1);
    const output = new Float32Array(count);
    let position = this.position;
    for (let n = 0; n < count; n++) {
      const center = Math.floor(position);
      const phase = Math.round((position - center) * PHASES);
      const row = phase * taps;
      const first = center - this.half + 1;
      let acc = 0;
      for (let j = 0; j < taps; j++) {
        acc += merged[first + j] * this.table[row + j];
      }
      output[n] = acc;
      position += this.step;
    }
    const keepFrom = Math.max(0, Math.floor(position) - this.half + 1);
    this.pending = merged.slice(keepFrom);
    this.position = position - keepFrom;
    return output;
  }

  /** Output for the input held back, as if silence followed: call at the end of a stream. */
  flush() {
    return this.process(new Float32Array(this.half + Math.ceil(this.step)));
  }
}
