// The page's end of the relay protocol (README, "Relay protocol"): binary messages are PCM16 audio both ways, text
// messages are JSON events with a `type`.

const MAX_BUFFERED_BYTES = 1 << 20; // a stalled connection drops microphone audio rather than queue it forever

export class RelayClient {
  /**
   * @param {string} url ws(s)://host/relay
   * @param {{ onEvent: (e: object) => void, onAudio: (pcm: ArrayBuffer) => void, onClose: (e: CloseEvent, opened: boolean) => void }} handlers
   */
  constructor(url, handlers) {
    this.handlers = handlers;
    this.opened = false;
    this.closing = false;
    this.droppedFrames = 0;
    this.socket = new WebSocket(url);
    this.socket.binaryType = 'arraybuffer';
    this.socket.onopen = () => { this.opened = true; };
    this.socket.onmessage = (event) => {
      if (typeof event.data === 'string') {
        handlers.onEvent(JSON.parse(event.data));
      } else {
        handlers.onAudio(event.data);
      }
    };
    this.socket.onclose = (event) => {
      if (!this.closing) {
        handlers.onClose(event, this.opened);
      }
    };
  }

  get isOpen() {
    return this.socket.readyState === WebSocket.OPEN;
  }

  /** Sends one frame of microphone audio. */
  sendAudio(pcm) {
    if (!this.isOpen) {
      return false;
    }
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) {
      this.droppedFrames++;
      return false;
    }
    this.socket.send(pcm);
    return true;
  }

  /** Sends one JSON event. */
  send(event) {
    if (this.isOpen) {
      this.socket.send(JSON.stringify(event));
    }
  }

  /** Closes on the user's request (no "connection lost" report). */
  close() {
    this.closing = true;
    this.socket.close(1000, 'stopped by the user');
  }
}
